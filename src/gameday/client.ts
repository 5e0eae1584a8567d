// The game-day client: a typed wrapper over socket.io-client for the browser and for Node (tests,
// load test). It keeps a local engine state by applying the room's ordered log with the engine's
// step (lockstep), rejoins its seat by itself after a dropped connection, and exposes a state hash
// for desync checks.
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Action, FacilitatorInject, GameState, InjectCondition } from '../engine/types';
import { LockstepGame, type Desync } from './lockstep';
import {
  CLIENT_EVENTS,
  SERVER_EVENTS,
  type ActAck,
  type ClientToServerEvents,
  type CreateRoomAck,
  type CreateRoomRequest,
  type DebriefEvent,
  type ErrorEvent,
  type FacilitateAck,
  type FacilitatorCommand,
  type GameSetup,
  type JoinAck,
  type LogEntry,
  type Role,
  type RoomSummary,
  type Seat,
  type ServerToClientEvents,
  type Speed,
  type SyncAck,
} from './protocol';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export interface GamedayClientOptions {
  /** Extra socket.io-client options (transports, auth, ...). */
  socket?: Partial<ManagerOptions & SocketOptions>;
  /** How long to wait for the server's acknowledgement; 10 s by default. */
  ackTimeoutMs?: number;
}

type Listener<T> = (value: T) => void;

class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  on(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
}

const noAnswer = (event: string): { ok: false; error: ErrorEvent } => ({ ok: false, error: { code: 'server-error', message: `The server did not answer ${event} in time.` } });

export class GamedayClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  role: Role | null = null;
  code: string | null = null;
  token: string | null = null;
  room: RoomSummary | null = null;
  debrief: DebriefEvent | null = null;
  connection: ConnectionState = 'connecting';
  private game: LockstepGame | null = null;
  private readonly ackTimeoutMs: number;
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly logs = new Emitter<LogEntry>();
  private readonly rooms = new Emitter<RoomSummary>();
  private readonly errors = new Emitter<ErrorEvent>();
  private readonly debriefs = new Emitter<DebriefEvent>();
  private readonly connections = new Emitter<ConnectionState>();
  private readonly states = new Emitter<GameState>();

  constructor(url: string, options: GamedayClientOptions = {}) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    const socketOptions = { transports: ['websocket'], ...options.socket };
    // An empty URL means the page's own origin (the server serves the game).
    this.socket = url === '' ? io(socketOptions) : io(url, socketOptions);
    this.socket.on('connect', () => {
      this.setConnection('connected');
      // Back in the seat after a drop, resuming the log where it left off.
      if (this.code && this.token) void this.rejoin();
    });
    this.socket.on('disconnect', (reason) => this.setConnection(reason === 'io client disconnect' ? 'disconnected' : 'reconnecting'));
    this.socket.io.on('reconnect_attempt', () => this.setConnection('reconnecting'));
    this.socket.on(SERVER_EVENTS.log, (entry) => this.receive([entry]));
    this.socket.on(SERVER_EVENTS.room, (room) => {
      this.room = room;
      this.rooms.emit(room);
    });
    this.socket.on(SERVER_EVENTS.error, (error) => this.errors.emit(error));
    this.socket.on(SERVER_EVENTS.debrief, (debrief) => {
      this.debrief = debrief;
      this.debriefs.emit(debrief);
    });
  }

  /** The local engine state (null until joined). */
  get state(): GameState | null {
    return this.game?.state ?? null;
  }

  /** The seq of the last log entry applied locally. */
  get lastSeq(): number {
    return this.game?.lastSeq ?? 0;
  }

  /** The local state's hash, to compare with the server's (each log entry carries it). */
  stateHash(): string | null {
    return this.game?.hash() ?? null;
  }

  /** Set when the local game stopped matching the server's (it should never happen). */
  get desync(): Desync | null {
    return this.game?.desync ?? null;
  }

  // ---- rooms ---------------------------------------------------------------------------------

  /** Creates a room as its facilitator; this connection becomes the facilitator console. */
  async createRoom(request: CreateRoomRequest): Promise<CreateRoomAck> {
    const ack = await this.request<CreateRoomAck>(CLIENT_EVENTS.createRoom, request);
    if (ack.ok) this.adopt(ack.code, ack.facilitatorToken, 'facilitator', ack, true);
    return ack;
  }

  /** Takes a seat (or watches as a spectator) in a room by its join code. */
  async join(code: string, name: string, seat: Seat | 'spectator'): Promise<JoinAck> {
    const ack = await this.request<JoinAck>(CLIENT_EVENTS.join, { code, name, seat });
    if (ack.ok) this.adopt(ack.room.code, ack.token, ack.role, ack, true);
    return ack;
  }

  /**
   * Back into a seat or the facilitator console with a token (from join, or a facilitator link).
   * With no arguments: the room and token this client already holds, from its last applied entry.
   */
  async rejoin(code = this.code, token = this.token): Promise<JoinAck> {
    if (!code || !token) return { ok: false, error: { code: 'not-joined', message: 'Nothing to rejoin: join a room first.' } };
    const sameRoom = this.game !== null && code === this.code;
    const ack = await this.request<JoinAck>(CLIENT_EVENTS.rejoin, { code, token, lastSeq: sameRoom ? this.lastSeq : 0 });
    if (ack.ok) this.adopt(ack.room.code, token, ack.role, ack, !sameRoom);
    return ack;
  }

  private adopt(code: string, token: string, role: Role, setup: GameSetup, fresh: boolean): void {
    this.code = code;
    this.token = token;
    this.role = role;
    this.room = setup.room;
    if (fresh || !this.game) {
      const built = LockstepGame.fromSource(setup.scenarioSource, { seed: setup.room.seed, mode: setup.room.mode, players: setup.players });
      if (!built.ok) {
        this.errors.emit({ code: 'server-error', message: built.message });
        return;
      }
      this.game = built.game;
    }
    this.rooms.emit(setup.room);
    this.receive(setup.log);
    if (setup.debrief) {
      this.debrief = setup.debrief;
      this.debriefs.emit(setup.debrief);
    }
  }

  // ---- playing -------------------------------------------------------------------------------

  /** Sends an action as this seat (the server sets `by`). An engine refusal comes back as data. */
  act(action: Action): Promise<ActAck> {
    if (this.connection !== 'connected' || !this.code) return Promise.resolve({ ok: false, error: { code: 'not-joined', message: 'Not connected to a room right now.' } });
    return this.request<ActAck>(CLIENT_EVENTS.act, { action });
  }

  start = () => this.facilitate({ type: 'start' });
  pause = () => this.facilitate({ type: 'pause' });
  resume = () => this.facilitate({ type: 'resume' });
  speed = (speed: Speed) => this.facilitate({ type: 'speed', speed });
  inject = (inject: FacilitatorInject) => this.facilitate({ type: 'inject', inject });
  armFallback = (inject: FacilitatorInject, when: Pick<InjectCondition, 'kind'> & Partial<InjectCondition>) => this.facilitate({ type: 'armFallback', inject, when });
  hint = (seat: Seat, text: string) => this.facilitate({ type: 'hint', seat, text });
  end = () => this.facilitate({ type: 'end' });

  facilitate(command: FacilitatorCommand): Promise<FacilitateAck> {
    return this.request<FacilitateAck>(CLIENT_EVENTS.facilitate, command);
  }

  // ---- subscriptions (each returns its unsubscribe) -----------------------------------------

  onLog = (listener: Listener<LogEntry>) => this.logs.on(listener);
  onRoom = (listener: Listener<RoomSummary>) => this.rooms.on(listener);
  onError = (listener: Listener<ErrorEvent>) => this.errors.on(listener);
  onDebrief = (listener: Listener<DebriefEvent>) => this.debriefs.on(listener);
  onConnection = (listener: Listener<ConnectionState>) => this.connections.on(listener);
  /** The local engine state after each batch of applied entries. */
  onState = (listener: Listener<GameState>) => this.states.on(listener);

  close(): void {
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.socket.disconnect();
  }

  // ---- internals -----------------------------------------------------------------------------

  private setConnection(state: ConnectionState): void {
    if (this.connection === state) return;
    this.connection = state;
    this.connections.emit(state);
  }

  private receive(entries: readonly LogEntry[]): void {
    const game = this.game;
    if (!game || entries.length === 0) return;
    const before = game.lastSeq;
    const hadDesync = game.desync !== null;
    const outcome = game.receive(entries);
    if (outcome.applied > 0) {
      for (const entry of entries) if (entry.seq > before && entry.seq <= game.lastSeq) this.logs.emit(entry);
      this.states.emit(game.state);
    }
    if (outcome.desync && !hadDesync) this.errors.emit({ code: 'server-error', message: `This screen fell out of step with the room: ${outcome.desync.message}` });
    // Entries from several server processes may arrive out of order; a gap that does not fill
    // itself quickly is asked for.
    if (outcome.waiting > 0 && !this.gapTimer) {
      this.gapTimer = setTimeout(() => {
        this.gapTimer = null;
        if (this.game?.gap) void this.sync();
      }, 250);
    }
  }

  /** Fetches the entries after the last applied one. */
  async sync(): Promise<SyncAck> {
    const ack = await this.request<SyncAck>(CLIENT_EVENTS.sync, { lastSeq: this.lastSeq });
    if (ack.ok) this.receive(ack.log);
    return ack;
  }

  private async request<T>(event: (typeof CLIENT_EVENTS)[keyof typeof CLIENT_EVENTS], payload: unknown): Promise<T> {
    try {
      // The event map types each event's payload; one generic path serves them all.
      const timed = this.socket.timeout(this.ackTimeoutMs) as unknown as { emitWithAck(event: string, payload: unknown): Promise<T> };
      return await timed.emitWithAck(event, payload);
    } catch {
      // The server reports its own refusals with an error event; a silence is reported here.
      const silence = noAnswer(event);
      this.errors.emit(silence.error);
      return silence as T;
    }
  }
}

/** Connects to a game-day server (a URL like http://127.0.0.1:8787, or '' for the page's own origin). */
export function connectGameday(url: string, options?: GamedayClientOptions): GamedayClient {
  return new GamedayClient(url, options);
}
