import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FACILITATOR_ID } from '../../../src/engine';
import { scoreGame } from '../../../src/scoring';
import { ConnectionBanner } from '../../../src/ui/gameday/ConnectionBanner';
import { saveIdentity } from '../../../src/ui/gameday/identity';
import { RoomScreen } from '../../../src/ui/gameday/RoomScreen';
import { ServerErrors } from '../../../src/ui/gameday/ServerErrors';
import { applied, FakePort, renderGameDay, roomSummary, TOKEN } from './fakePort';

beforeEach(() => {
  window.sessionStorage.clear();
  window.location.hash = '#/gameday/room/ABC234';
});

const ic = { code: 'ABC234', role: 'ic' as const, name: 'Priya', token: TOKEN };

describe('RoomScreen', () => {
  it('rejoins the kept seat after a reload', async () => {
    saveIdentity(ic);
    const port = new FakePort({ identity: null });
    renderGameDay(<RoomScreen code="ABC234" />, port);
    expect(screen.getByRole('status')).toHaveTextContent('Rejoining room ABC234');
    await waitFor(() => expect(port.sent.rejoins).toEqual([['ABC234', TOKEN]]));
    act(() => port.change({ identity: ic }));
    expect(await screen.findByRole('heading', { name: 'Incident channel' })).toBeInTheDocument();
  });

  it('sends a newcomer with no kept seat to the join form with the code filled in', async () => {
    renderGameDay(<RoomScreen code="ABC234" />, new FakePort({ identity: null }));
    await waitFor(() => expect(window.location.hash).toBe('#/gameday/join?code=ABC234'));
  });

  it('explains a failed rejoin and offers to join again', async () => {
    saveIdentity(ic);
    const port = new FakePort({ identity: null });
    port.fail = 'That room has ended.';
    renderGameDay(<RoomScreen code="ABC234" />, port);
    expect(await screen.findByRole('heading', { name: 'Could not get back into room ABC234' })).toBeInTheDocument();
    expect(screen.getByText('That room has ended.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join again' })).toHaveAttribute('href', '#/gameday/join?code=ABC234');
  });

  it('keeps a seated player in the lobby until the facilitator starts the clock', () => {
    renderGameDay(<RoomScreen code="ABC234" />, new FakePort({ identity: ic, room: roomSummary({ phase: 'lobby' }) }));
    expect(screen.getByText('You are in. The drill starts when the facilitator starts the clock.')).toBeInTheDocument();
    expect(screen.getByText('Priya (you)')).toBeInTheDocument();
  });

  it('shows the join code large on the wall screen before the start', () => {
    renderGameDay(<RoomScreen code="ABC234" />, new FakePort({ identity: { ...ic, role: 'spectator', name: 'Wall' }, room: roomSummary({ phase: 'lobby' }) }));
    expect(screen.getByRole('region', { name: 'How to join' })).toHaveTextContent('ABC 234');
    expect(screen.getByText(/Waiting for the facilitator to start the clock/)).toBeInTheDocument();
  });

  it('shows the spectator view to a spectator and the console to the facilitator', () => {
    const { unmount } = renderGameDay(<RoomScreen code="ABC234" />, new FakePort({ identity: { ...ic, role: 'spectator', name: 'Wall' } }));
    expect(screen.getByText(/spectator view/)).toBeInTheDocument();
    unmount();
    renderGameDay(<RoomScreen code="ABC234" />, new FakePort({ identity: { ...ic, role: 'facilitator', name: 'Facilitator' } }));
    expect(screen.getByText(/facilitator console/)).toBeInTheDocument();
  });

  it('shows everybody the debrief with the findings attributed to seats', async () => {
    const port = new FakePort({ identity: ic });
    const ended = applied(port.state.game!, { type: 'clock/advanced', seconds: 60 }, { type: 'command/claimed', by: 'ic' }, { type: 'facilitator/ended', by: FACILITATOR_ID });
    const score = scoreGame(ended);
    port.state.game = ended;
    port.state.room = roomSummary({ phase: 'ended' });
    port.state.debrief = {
      score,
      findings: score.findings.map((f, i) => ({ ...f, seat: i === 0 ? 'ic' : null })),
      seats: port.state.room.seats,
      endReason: 'ended-early',
      endedAt: ended.time,
      finalHash: 'x',
      lastSeq: 3,
    };
    renderGameDay(<RoomScreen code="ABC234" />, port);
    expect(await screen.findByText(/Game day ABC234 · debrief/)).toBeInTheDocument();
    expect(screen.getByText(/The facilitator ended the game at 01:00/)).toBeInTheDocument();
    expect(screen.getByTestId('total-score')).toHaveTextContent(String(score.total));
    const findings = within(screen.getByRole('region', { name: 'Findings' }));
    expect(findings.getByText('Priya (Incident commander)')).toBeInTheDocument();
    if (score.findings.length > 1) expect(findings.getAllByText('The team').length).toBe(score.findings.length - 1);
    expect(screen.queryByRole('button', { name: /Play again/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave the game day' })).toBeInTheDocument();
    expect(screen.getByText('The team’s response')).toBeInTheDocument();
  });
});

describe('ConnectionBanner and ServerErrors', () => {
  it('says how the connection is, in words, as it changes', () => {
    const port = new FakePort({ identity: ic });
    renderGameDay(<ConnectionBanner />, port);
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
    act(() => port.change({ connection: 'reconnecting' }));
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting');
    act(() => port.change({ connection: 'rejoined' }));
    expect(screen.getByRole('status')).toHaveTextContent('Rejoined');
    expect(screen.getByRole('status')).toHaveTextContent('Back in your seat');
  });

  it('shows each server error as text that can be dismissed, without blocking the screen', async () => {
    const user = userEvent.setup();
    const port = new FakePort({ identity: ic });
    renderGameDay(<ServerErrors />, port);
    act(() => port.error('not-allowed', 'A spectator cannot act. <b>no</b>'));
    expect(screen.getByText('A spectator cannot act. <b>no</b>')).toBeInTheDocument();
    expect(document.querySelector('.gd-errors b')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByText(/A spectator cannot act/)).not.toBeInTheDocument();
  });
});
