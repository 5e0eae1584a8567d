// The adapter between the game-day client and the screens, over a stand-in client.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GamedayClient } from '../../../src/gameday/client';
import type { ErrorEvent } from '../../../src/gameday/protocol';
import { socketPort } from '../../../src/ui/gameday/socketPort';
import { roomSummary, seatGame, TOKEN } from './fakePort';

type Listener<T> = (value: T) => void;

function standIn() {
  const on = <T>() => {
    const set = new Set<Listener<T>>();
    return { set, add: (l: Listener<T>) => (set.add(l), () => set.delete(l)), fire: (v: T) => set.forEach((l) => l(v)) };
  };
  const connection = on<string>();
  const errors = on<ErrorEvent>();
  const client = {
    connection: 'connecting',
    code: null as string | null,
    token: null as string | null,
    role: null as string | null,
    room: roomSummary(),
    debrief: null,
    state: seatGame(),
    onConnection: connection.add,
    onRoom: () => () => undefined,
    onDebrief: () => () => undefined,
    onState: () => () => undefined,
    onError: errors.add,
    join: vi.fn(async () => ({ ok: false, error: { code: 'seat-taken', message: 'That seat is taken.' } })),
    rejoin: vi.fn(async () => ({ ok: true, role: 'ops', token: TOKEN, room: roomSummary() })),
    act: vi.fn(async () => ({ ok: false, rejection: { code: 'not-commander', message: 'Only the IC can.' } })),
    facilitate: vi.fn(async () => ({ ok: true })),
    close: vi.fn(),
  };
  return { client, fireConnection: connection.fire, fireError: errors.fire };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('socketPort', () => {
  it('says "rejoined" when the connection comes back after a drop, or after a reload rejoins the seat', async () => {
    const { client, fireConnection } = standIn();
    const port = socketPort(client as unknown as GamedayClient);
    expect(port.connection()).toBe('connecting');
    fireConnection('connected');
    expect(port.connection()).toBe('connected');
    await port.rejoin('ABC234', TOKEN);
    expect(port.connection()).toBe('rejoined');
    Object.assign(client, { code: 'ABC234', token: TOKEN, role: 'ops' });
    fireConnection('reconnecting');
    expect(port.connection()).toBe('reconnecting');
    fireConnection('connected');
    expect(port.connection()).toBe('rejoined');
    expect(port.identity()).toMatchObject({ code: 'ABC234', role: 'ops', name: 'Sam' });
    vi.advanceTimersByTime(10_000);
    expect(port.connection()).toBe('connected');
  });

  it('shows a failed request once: the form gets it, the matching error event is dropped', async () => {
    const { client, fireError } = standIn();
    const port = socketPort(client as unknown as GamedayClient);
    const shown: string[] = [];
    port.on('error', (e) => shown.push(e.message));
    fireError({ code: 'seat-taken', message: 'That seat is taken.' });
    await expect(port.join({ code: 'ABC234', name: 'Sam', seat: 'ops' })).rejects.toThrow('That seat is taken.');
    fireError({ code: 'rate-limited', message: 'Too many messages; slow down.' });
    vi.advanceTimersByTime(500);
    expect(shown).toEqual(['Too many messages; slow down.']);
  });

  it('turns an engine refusal into words for the toast', async () => {
    const { client } = standIn();
    const port = socketPort(client as unknown as GamedayClient);
    await expect(port.act({ type: 'command/claimed' })).resolves.toBe('Only the IC can.');
    await expect(port.command({ type: 'pause' })).resolves.toBeNull();
  });
});
