import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FACILITATOR_ID } from '../../../src/engine';
import { createRoomStore } from '../../../src/store/gameDayStore';
import { ProjectorView } from '../../../src/ui/gameday/ProjectorView';
import { applied, FakePort, instantFrames, renderGameDay, TOKEN } from './fakePort';

function renderProjector(port: FakePort) {
  const store = createRoomStore(port, instantFrames);
  return renderGameDay(<ProjectorView store={store.getState().game!} room={port.state.room!} />, port, store);
}

describe('ProjectorView', () => {
  it('shows the clock, the impact, the severity in words, the IC, the seats and the key events', () => {
    const port = new FakePort({ identity: { code: 'ABC234', role: 'spectator', name: 'Wall', token: TOKEN } });
    port.state.game = applied(port.state.game!, { type: 'clock/advanced', seconds: 125 }, { type: 'command/claimed', by: 'ic' }, { type: 'severity/declared', by: 'ic', level: 1 });
    renderProjector(port);
    expect(screen.getByTestId('projector-time')).toHaveTextContent('02:05');
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', expect.stringMatching(/% of users affected/));
    const severity = screen.getByRole('region', { name: 'Severity' });
    expect(within(severity).getByText('SEV1')).toBeInTheDocument();
    const command = screen.getByRole('region', { name: 'Command' });
    expect(within(command).getByText('Incident commander', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Priya');
    const events = screen.getByRole('region', { name: 'Key events' });
    expect(within(events).getByText('Priya claimed command')).toBeInTheDocument();
    expect(within(events).getByText('SEV1 declared by Priya')).toBeInTheDocument();
  });

  it('says plainly when no severity is declared (not by colour alone)', () => {
    renderProjector(new FakePort({ identity: { code: 'ABC234', role: 'spectator', name: 'Wall', token: TOKEN } }));
    expect(within(screen.getByRole('region', { name: 'Severity' })).getByText('No severity declared')).toBeInTheDocument();
  });

  it('shows what others typed as text, never as markup', () => {
    const port = new FakePort({ identity: { code: 'ABC234', role: 'spectator', name: 'Wall', token: TOKEN } });
    const text = '<img src=x onerror="alert(1)"> <b>bold</b>';
    port.state.game = applied(port.state.game!, { type: 'message/posted', by: 'ops', place: 'main', kind: 'chatter', text }, { type: 'facilitator/injected', by: FACILITATOR_ID, inject: { kind: 'message', from: 'maya', place: 'main', text } });
    const { container } = renderProjector(port);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Main channel' })).getAllByText(text).length).toBeGreaterThan(0);
  });
});
