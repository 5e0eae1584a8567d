// A room's metadata and the pure rules over it: who sits where, who may do what, what everyone is
// shown. The server stores RoomMeta (in memory or Redis) and changes it only through these functions.
import type { PlayMode } from '../engine/types';
import { SEATS, type ErrorEvent, type Role, type RoomPhase, type RoomSummary, type Seat, type SeatSummary, type Speed } from './protocol';

export interface SeatState {
  name: string | null;
  /** Hash of the token of the person holding the seat; null while a bot plays it. */
  holder: string | null;
  /** Connections currently open for this seat (on any server process). */
  connected: number;
}

export interface RoomMeta {
  code: string;
  scenarioId: string;
  scenarioTitle: string;
  mode: PlayMode;
  seed: number;
  facilitator: string;
  facilitatorConnected: number;
  seats: Record<Seat, SeatState>;
  /** Token hash -> spectator name, so a dropped projector view can come back. */
  spectators: Record<string, string>;
  spectatorsConnected: number;
  paused: boolean;
  speed: Speed;
  phase: RoomPhase;
  /** Bumped on every change: a cheap way to tell two versions apart. */
  version: number;
}

export function newRoomMeta(init: { code: string; scenarioId: string; scenarioTitle: string; mode: PlayMode; seed: number; facilitator: string }): RoomMeta {
  const seats = Object.fromEntries(SEATS.map((seat) => [seat, { name: null, holder: null, connected: 0 }])) as Record<Seat, SeatState>;
  return { ...init, facilitatorConnected: 0, seats, spectators: {}, spectatorsConnected: 0, paused: false, speed: 1, phase: 'lobby', version: 1 };
}

export const bump = (meta: RoomMeta, change: Partial<RoomMeta>): RoomMeta => ({ ...meta, ...change, version: meta.version + 1 });

export function summarize(meta: RoomMeta, lastSeq: number): RoomSummary {
  const seats: SeatSummary[] = SEATS.map((seat) => {
    const s = meta.seats[seat];
    return { seat, name: s.name, bot: s.holder === null, connected: s.connected > 0 };
  });
  return {
    code: meta.code,
    scenarioId: meta.scenarioId,
    scenarioTitle: meta.scenarioTitle,
    mode: meta.mode,
    seed: meta.seed,
    seats,
    spectators: meta.spectatorsConnected,
    facilitatorConnected: meta.facilitatorConnected > 0,
    paused: meta.paused,
    speed: meta.speed,
    phase: meta.phase,
    lastSeq,
  };
}

export type SeatResult = { ok: true; meta: RoomMeta } | { ok: false; error: ErrorEvent };

/** A person takes a seat: free seats and bot seats can be taken; a seat another person holds cannot. */
export function takeSeat(meta: RoomMeta, seat: Seat, name: string, holder: string): SeatResult {
  const current = meta.seats[seat];
  if (current.holder !== null && current.holder !== holder) return { ok: false, error: { code: 'seat-taken', message: `${current.name ?? 'Someone'} already sits in the ${seat} seat; pick another seat.` } };
  return { ok: true, meta: bump(meta, { seats: { ...meta.seats, [seat]: { name, holder, connected: current.connected + 1 } } }) };
}

/** Which role a token holder has in the room, or null for an unknown token. */
export function roleOfToken(meta: RoomMeta, holder: string): Role | null {
  if (holder === meta.facilitator) return 'facilitator';
  for (const seat of SEATS) if (meta.seats[seat].holder === holder) return seat;
  if (Object.hasOwn(meta.spectators, holder)) return 'spectator';
  return null;
}

/** A connection of this role opened (+1) or closed (-1). */
export function countConnection(meta: RoomMeta, role: Role, delta: 1 | -1): RoomMeta {
  if (role === 'facilitator') return bump(meta, { facilitatorConnected: Math.max(0, meta.facilitatorConnected + delta) });
  if (role === 'spectator') return bump(meta, { spectatorsConnected: Math.max(0, meta.spectatorsConnected + delta) });
  const seat = meta.seats[role];
  return bump(meta, { seats: { ...meta.seats, [role]: { ...seat, connected: Math.max(0, seat.connected + delta) } } });
}

/** Seats no person holds: the bots play them. */
export const botSeats = (meta: RoomMeta): Seat[] => SEATS.filter((seat) => meta.seats[seat].holder === null);
