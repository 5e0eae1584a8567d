// What the game-day screens need from a connection to the game-day server. The screens and the
// game-day store only know this interface; `src/ui/gameday/socketPort.ts` adapts the Socket.IO client
// to it, and the component tests hand in a fake. The wire shapes come from src/gameday/protocol.ts.
import type { Action, GameState } from '../engine';
import type { CreateRoomRequest, DebriefEvent, ErrorEvent, FacilitatorCommand, JoinRequest, Role, RoomSummary } from '../gameday/protocol';

export { SEATS, SEAT_TITLES, isSeat, type Seat, type Role, type RoomSummary, type SeatSummary, type DebriefEvent, type FacilitatorCommand } from '../gameday/protocol';

/** The link to the server: a first connection, a working one, one trying again, one back after a drop, none. */
export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'rejoined' | 'offline';

/** Who this device is in the room, and the token that takes it back there after a drop or a reload. */
export interface Identity {
  code: string;
  role: Role;
  name: string;
  token: string;
}

export interface PortEvents {
  /** Connection, room summary, identity or debrief changed. */
  change(): void;
  /** Log entries were applied to the lockstep game (may fire many times in a burst). */
  log(): void;
  error(error: ErrorEvent): void;
}

export interface CreatedRoom {
  code: string;
  token: string;
  /** Path + query of the facilitator console (carries the secret token). */
  link: string;
}

export interface GameDayPort {
  connection(): Connection;
  room(): RoomSummary | null;
  identity(): Identity | null;
  /** The lockstep engine state built from the server's ordered log; null before the first setup. */
  game(): GameState | null;
  /** The server's debrief (the authority on the score), once the room has ended. */
  debrief(): DebriefEvent | null;
  on<E extends keyof PortEvents>(event: E, listener: PortEvents[E]): () => void;

  createRoom(request: CreateRoomRequest): Promise<CreatedRoom>;
  /** The room's summary before joining (who sits where); null when the server does not say. Rejects for an unknown code. */
  peek(code: string): Promise<RoomSummary | null>;
  join(request: JoinRequest): Promise<void>;
  /** Back into a seat, the spectators or the console with the kept token. */
  rejoin(code: string, token: string): Promise<void>;
  /** Sends an engine action as this seat; resolves with the server's refusal, or null once it is in the log. */
  act(action: Action): Promise<string | null>;
  command(command: FacilitatorCommand): Promise<string | null>;
  close(): void;
}

export type { ErrorEvent as ServerError };
