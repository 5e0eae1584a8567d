// The game-day wire contract: every message a client sends (checked with zod on the server before
// anything reads it), every event the server sends, and the acknowledgements. Shared by the server,
// the browser and the Node clients (tests, load test).
import { z } from 'zod';
import { actionSchema, facilitatorInjectSchema } from '../engine/actions/schema';
import { PLAY_MODES, type Action, type EndReason, type FacilitatorInject, type InjectCondition, type PlayMode, type Rejection } from '../engine/types';
import type { Finding, ScoreReport } from '../scoring/types';
import { injectConditionSchema } from '../scenario/schema';

/** The seats at a game day; each is an engine player with this id (actions carry it as `by`). */
export const SEATS = ['ic', 'deputy', 'ops', 'comms', 'scribe', 'sme'] as const;
export type Seat = (typeof SEATS)[number];

export const SEAT_TITLES: Record<Seat, string> = {
  ic: 'Incident commander',
  deputy: 'Deputy',
  ops: 'Operations lead',
  comms: 'Communications lead',
  scribe: 'Scribe',
  sme: 'Subject matter expert',
};

/** Who a connection is: a seat's player, a spectator (projector view) or the facilitator. */
export type Role = Seat | 'spectator' | 'facilitator';

export const SPEEDS = [1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

/** lobby: created, clock not started; running; ended: the debrief is out. */
export type RoomPhase = 'lobby' | 'running' | 'ended';

export interface SeatSummary {
  seat: Seat;
  /** The player's display name, or null while a bot plays the seat. */
  name: string | null;
  bot: boolean;
  connected: boolean;
}

export interface RoomSummary {
  code: string;
  scenarioId: string;
  scenarioTitle: string;
  mode: PlayMode;
  seed: number;
  seats: SeatSummary[];
  spectators: number;
  facilitatorConnected: boolean;
  paused: boolean;
  speed: Speed;
  phase: RoomPhase;
  /** The sequence number of the last entry in the room's ordered log (0: none yet). */
  lastSeq: number;
}

/** One entry of a room's ordered log: every client applies them in seq order with the engine's step. */
export interface LogEntry {
  seq: number;
  action: Action;
  /** The server's state hash after applying this entry (see stateHash): a client compares its own. */
  hash: string;
}

export interface ErrorEvent {
  code: ErrorCode;
  message: string;
}

export const ERROR_CODES = [
  'bad-message',
  'rate-limited',
  'unknown-room',
  'bad-token',
  'seat-taken',
  'not-joined',
  'not-allowed',
  'room-ended',
  'unknown-scenario',
  'server-error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

// ---- client -> server ---------------------------------------------------------------------------

const code = z.string().trim().toUpperCase().regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/, 'expected a six-character join code');
const token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'expected a room token');
const lastSeq = z.number().int().min(0);

export const createRoomSchema = z.strictObject({
  scenarioId: z.string().min(1).max(100),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  mode: z.enum(PLAY_MODES).optional(),
});
export type CreateRoomRequest = z.infer<typeof createRoomSchema>;

export const joinSchema = z.strictObject({
  code,
  name: z.string().trim().min(1, 'expected a display name').max(40),
  seat: z.enum([...SEATS, 'spectator']),
});
export type JoinRequest = z.input<typeof joinSchema>;

/** Back into the same seat (or the facilitator console) after a drop; the log resumes after lastSeq. */
export const rejoinSchema = z.strictObject({ code, token, lastSeq });
export type RejoinRequest = z.input<typeof rejoinSchema>;

export const actSchema = z.strictObject({ action: actionSchema });
export interface ActRequest {
  action: Action;
}

export const syncSchema = z.strictObject({ lastSeq });
export type SyncRequest = z.infer<typeof syncSchema>;

export const facilitatorCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('speed'), speed: z.union(SPEEDS.map((s) => z.literal(s))) }),
  z.strictObject({ type: z.literal('inject'), inject: facilitatorInjectSchema }),
  z.strictObject({ type: z.literal('armFallback'), inject: facilitatorInjectSchema, when: injectConditionSchema }),
  z.strictObject({ type: z.literal('hint'), seat: z.enum(SEATS), text: z.string().trim().min(1).max(2_000) }),
  z.strictObject({ type: z.literal('end') }),
]);
export type FacilitatorCommand =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'speed'; speed: Speed }
  | { type: 'inject'; inject: FacilitatorInject }
  | { type: 'armFallback'; inject: FacilitatorInject; when: Partial<InjectCondition> & Pick<InjectCondition, 'kind'> }
  | { type: 'hint'; seat: Seat; text: string }
  | { type: 'end' };

/** Event names, client -> server. Every one takes a payload and an acknowledgement callback. */
export const CLIENT_EVENTS = {
  createRoom: 'room:create',
  join: 'room:join',
  rejoin: 'room:rejoin',
  act: 'game:act',
  sync: 'game:sync',
  facilitate: 'facilitator:command',
} as const;

/** Event names, server -> client. */
export const SERVER_EVENTS = {
  log: 'game:log',
  room: 'room:summary',
  error: 'room:error',
  debrief: 'game:debrief',
} as const;

// ---- acknowledgements ---------------------------------------------------------------------------

export type Fail = { ok: false; error: ErrorEvent };

/** What a client needs to build its engine state: the scenario text, the options and the log so far. */
export interface GameSetup {
  room: RoomSummary;
  /** The scenario's YAML source; the client parses it with parseScenario (the same text the server runs). */
  scenarioSource: string;
  /** Engine players, in order (the seats). */
  players: string[];
  /** Entries after the lastSeq the client sent (all of them on a first join). */
  log: LogEntry[];
  /** Present once the room has ended. */
  debrief?: DebriefEvent;
}

export type CreateRoomAck =
  | ({ ok: true; role: 'facilitator'; code: string; facilitatorToken: string; /** Path + query for the console, e.g. /?gameday=ABC234&token=... */ facilitatorLink: string } & GameSetup)
  | Fail;

export type JoinAck = ({ ok: true; role: Role; /** Keep it to rejoin the same seat after a drop. */ token: string } & GameSetup) | Fail;

export type ActAck = { ok: true; seq: number } | { ok: false; rejection: Rejection } | Fail;

export type SyncAck = { ok: true; log: LogEntry[] } | Fail;

export type FacilitateAck = { ok: true; seq?: number } | { ok: false; rejection: Rejection } | Fail;

// ---- debrief ------------------------------------------------------------------------------------

/** A scoring finding with the seat whose action it is about (null: the team as a whole, or no one acted). */
export interface SeatFinding extends Finding {
  seat: Seat | null;
}

export interface DebriefEvent {
  /** The server's score (the authority); a client's own scoreGame over the same log gives the same numbers. */
  score: ScoreReport;
  findings: SeatFinding[];
  /** Who sat where, for the debrief header. */
  seats: SeatSummary[];
  endReason: EndReason | null;
  endedAt: number;
  /** The server's state hash at the end, and the log's last seq. */
  finalHash: string;
  lastSeq: number;
}

export interface ServerToClientEvents {
  'game:log': (entry: LogEntry) => void;
  'room:summary': (room: RoomSummary) => void;
  'room:error': (error: ErrorEvent) => void;
  'game:debrief': (debrief: DebriefEvent) => void;
}

export interface ClientToServerEvents {
  'room:create': (request: CreateRoomRequest, ack: (result: CreateRoomAck) => void) => void;
  'room:join': (request: JoinRequest, ack: (result: JoinAck) => void) => void;
  'room:rejoin': (request: RejoinRequest, ack: (result: JoinAck) => void) => void;
  'game:act': (request: ActRequest, ack: (result: ActAck) => void) => void;
  'game:sync': (request: SyncRequest, ack: (result: SyncAck) => void) => void;
  'facilitator:command': (request: FacilitatorCommand, ack: (result: FacilitateAck) => void) => void;
}

/** Join codes use letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const isSeat = (value: string): value is Seat => (SEATS as readonly string[]).includes(value);
