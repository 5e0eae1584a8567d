import { describe, expect, it } from 'vitest';
import { botSeats, countConnection, newRoomMeta, roleOfToken, summarize, takeSeat } from '../../src/gameday/room';

const meta = () => newRoomMeta({ code: 'ABC234', scenarioId: 'checkout-bad-deploy', scenarioTitle: 'Checkout', mode: 'practice', seed: 3, facilitator: 'f-hash' });

describe('room rules', () => {
  it('a new room: bots in every seat, lobby, speed 1', () => {
    const m = meta();
    expect(botSeats(m)).toEqual(['ic', 'deputy', 'ops', 'comms', 'scribe', 'sme']);
    expect(summarize(m, 0)).toMatchObject({ code: 'ABC234', phase: 'lobby', paused: false, speed: 1, spectators: 0, facilitatorConnected: false, lastSeq: 0 });
  });

  it('a person takes a bot seat; the same person may take it again; another may not', () => {
    const taken = takeSeat(meta(), 'ops', 'Olu', 'olu-hash');
    if (!taken.ok) throw new Error('seat');
    expect(botSeats(taken.meta)).not.toContain('ops');
    expect(summarize(taken.meta, 0).seats.find((s) => s.seat === 'ops')).toEqual({ seat: 'ops', name: 'Olu', bot: false, connected: true });
    expect(takeSeat(taken.meta, 'ops', 'Olu', 'olu-hash').ok).toBe(true);
    expect(takeSeat(taken.meta, 'ops', 'Mallory', 'other')).toMatchObject({ ok: false, error: { code: 'seat-taken', message: expect.stringContaining('Olu') } });
  });

  it('tells roles apart by token and counts connections', () => {
    const taken = takeSeat(meta(), 'ic', 'Alex', 'alex-hash');
    if (!taken.ok) throw new Error('seat');
    const m = { ...taken.meta, spectators: { 'wall-hash': 'Wall' } };
    expect(roleOfToken(m, 'f-hash')).toBe('facilitator');
    expect(roleOfToken(m, 'alex-hash')).toBe('ic');
    expect(roleOfToken(m, 'wall-hash')).toBe('spectator');
    expect(roleOfToken(m, 'nobody')).toBeNull();
    const dropped = countConnection(m, 'ic', -1);
    expect(summarize(dropped, 0).seats[0]).toMatchObject({ name: 'Alex', bot: false, connected: false });
    expect(countConnection(dropped, 'ic', -1).seats.ic.connected).toBe(0);
    expect(summarize(countConnection(m, 'facilitator', 1), 0).facilitatorConnected).toBe(true);
  });
});
