import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { JoinScreen } from '../../../src/ui/gameday/JoinScreen';
import { savedIdentity } from '../../../src/ui/gameday/identity';
import { FakePort, renderGameDay, roomSummary, seats } from './fakePort';

beforeEach(() => {
  window.sessionStorage.clear();
  window.location.hash = '#/gameday/join';
});

describe('JoinScreen', () => {
  it('joins with the code, a name and a seat, keeps the rejoin token and opens the room', async () => {
    const user = userEvent.setup();
    const port = new FakePort({ identity: null });
    renderGameDay(<JoinScreen />, port);
    await user.type(screen.getByLabelText('Join code'), 'abc234');
    await user.type(screen.getByLabelText('Your name'), 'Priya');
    await user.click(screen.getByRole('radio', { name: /Incident commander/ }));
    await user.click(screen.getByRole('button', { name: 'Take the seat' }));
    await waitFor(() => expect(window.location.hash).toBe('#/gameday/room/ABC234'));
    expect(port.sent.joins).toEqual([{ code: 'ABC234', name: 'Priya', seat: 'ic' }]);
    expect(savedIdentity('ABC234')).toMatchObject({ role: 'ic', name: 'Priya' });
  });

  it('says what is missing instead of sending an incomplete form', async () => {
    const user = userEvent.setup();
    const port = new FakePort({ identity: null });
    renderGameDay(<JoinScreen />, port);
    await user.click(screen.getByRole('button', { name: 'Take the seat' }));
    expect(screen.getByRole('alert')).toHaveTextContent('six-character join code');
    expect(screen.getByRole('alert')).toHaveTextContent('name');
    expect(screen.getByRole('alert')).toHaveTextContent('Pick a seat');
    expect(port.sent.joins).toHaveLength(0);
  });

  it('shows taken seats (disabled, with the holder) and empty ones as played by a bot', async () => {
    const port = new FakePort({ identity: null });
    port.peekAnswer = roomSummary({ seats: seats({ ic: 'Priya' }) });
    renderGameDay(<JoinScreen code="ABC234" />, port);
    expect(await screen.findByText('Taken by Priya')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Incident commander/ })).toBeDisabled();
    expect(screen.getByRole('radio', { name: /Operations lead/ })).toBeEnabled();
    expect(screen.getAllByText('Empty: a bot plays it until you sit')).toHaveLength(5);
  });

  it('shows the server refusal (a seat taken meanwhile) and stays on the form', async () => {
    const user = userEvent.setup();
    const port = new FakePort({ identity: null });
    port.fail = 'Somebody already sits in that seat.';
    renderGameDay(<JoinScreen code="ABC234" />, port);
    await user.type(screen.getByLabelText('Your name'), 'Sam');
    await user.click(screen.getByRole('radio', { name: /Spectator/ }));
    await user.click(screen.getByRole('button', { name: 'Watch the game day' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Somebody already sits in that seat.');
    expect(window.location.hash).toBe('#/gameday/join');
  });
});
