import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CreateRoomScreen } from '../../../src/ui/gameday/CreateRoomScreen';
import { savedIdentity } from '../../../src/ui/gameday/identity';
import { loadScenario } from '../helpers/game';
import { FakePort, renderGameDay, TOKEN } from './fakePort';

const library = { scenarios: [loadScenario('checkout-bad-deploy'), loadScenario('db-pool-exhaustion')], problems: [] };

beforeEach(() => {
  window.sessionStorage.clear();
  window.location.hash = '#/gameday/new';
});

describe('CreateRoomScreen', () => {
  it('creates a room from a scenario, a mode and a seed, then opens the console as its facilitator', async () => {
    const user = userEvent.setup();
    const port = new FakePort({ identity: null });
    renderGameDay(<CreateRoomScreen library={library} />, port);
    await user.selectOptions(screen.getByLabelText('Scenario'), 'db-pool-exhaustion');
    await user.click(screen.getByRole('radio', { name: /Exam/ }));
    await user.clear(screen.getByLabelText('Seed'));
    await user.type(screen.getByLabelText('Seed'), '42');
    await user.click(screen.getByRole('button', { name: 'Create the room' }));
    await waitFor(() => expect(window.location.hash).toBe('#/gameday/room/ABC234'));
    expect(port.sent.creates).toEqual([{ scenarioId: 'db-pool-exhaustion', mode: 'exam', seed: 42 }]);
    expect(savedIdentity('ABC234')).toMatchObject({ role: 'facilitator', token: TOKEN });
  });

  it('refuses a seed that is not a number, and shows a server error without leaving the form', async () => {
    const user = userEvent.setup();
    const port = new FakePort({ identity: null });
    port.fail = 'No scenario called "db-pool-exhaustion" on this server.';
    renderGameDay(<CreateRoomScreen library={library} />, port);
    await user.clear(screen.getByLabelText('Seed'));
    await user.type(screen.getByLabelText('Seed'), 'seven');
    await user.click(screen.getByRole('button', { name: 'Create the room' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The seed must be a whole number');
    expect(port.sent.creates).toHaveLength(0);
    await user.clear(screen.getByLabelText('Seed'));
    await user.type(screen.getByLabelText('Seed'), '7');
    await user.click(screen.getByRole('button', { name: 'Create the room' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No scenario called');
    expect(window.location.hash).toBe('#/gameday/new');
  });

  it('offers only the bundled drills the server runs, not files loaded in this browser', () => {
    const port = new FakePort({ identity: null });
    renderGameDay(<CreateRoomScreen library={{ ...library, yours: ['db-pool-exhaustion'] }} />, port);
    const options = screen.getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(options).toEqual(['checkout-bad-deploy']);
  });
});
