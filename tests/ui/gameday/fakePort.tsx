// A fake game-day connection for the component tests: a real engine game and a room summary the
// test controls, and a record of everything the screens sent.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { attempt, createGame, type Action, type GameState } from '../../../src/engine';
import type { CreateRoomRequest, FacilitatorCommand, JoinRequest } from '../../../src/gameday/protocol';
import { createRoomStore, type FrameScheduler, type RoomStore } from '../../../src/store/gameDayStore';
import { SEATS, type Connection, type DebriefEvent, type GameDayPort, type Identity, type PortEvents, type RoomSummary, type Seat, type SeatSummary } from '../../../src/store/gameDayPort';
import { GameDayContext } from '../../../src/ui/gameday/useGameDay';
import { MotionProvider } from '../../../src/ui/motion';
import { loadScenario } from '../helpers/game';

export const TOKEN = 'tok_abcdefghijklmnop';

export function seats(held: Partial<Record<Seat, string>> = {}): SeatSummary[] {
  return SEATS.map((seat) => ({ seat, name: held[seat] ?? null, bot: held[seat] === undefined, connected: held[seat] !== undefined }));
}

export function roomSummary(patch: Partial<RoomSummary> = {}): RoomSummary {
  return {
    code: 'ABC234',
    scenarioId: 'checkout-bad-deploy',
    scenarioTitle: 'The Friday afternoon checkout deploy',
    mode: 'practice',
    seed: 7,
    seats: seats({ ic: 'Priya', ops: 'Sam' }),
    spectators: 1,
    facilitatorConnected: true,
    paused: false,
    speed: 1,
    phase: 'running',
    lastSeq: 0,
    ...patch,
  };
}

export function seatGame(id = 'checkout-bad-deploy'): GameState {
  return createGame(loadScenario(id), { seed: 7, players: [...SEATS] });
}

/** Applies actions as the server would (failing loudly on a refusal). */
export function applied(game: GameState, ...actions: Action[]): GameState {
  let state = game;
  for (const action of actions) {
    const result = attempt(state, action);
    if (result.rejection) throw new Error(`${action.type} refused: ${result.rejection.message}`);
    state = result.state;
  }
  return state;
}

export class FakePort implements GameDayPort {
  state: { connection: Connection; room: RoomSummary | null; identity: Identity | null; game: GameState | null; debrief: DebriefEvent | null };
  readonly sent: { acts: Action[]; commands: FacilitatorCommand[]; joins: JoinRequest[]; creates: CreateRoomRequest[]; rejoins: [string, string][] } = {
    acts: [],
    commands: [],
    joins: [],
    creates: [],
    rejoins: [],
  };
  /** What the next call answers: a refusal text (act/command) or an error (the promise rejects). */
  refuse: string | null = null;
  fail: string | null = null;
  peekAnswer: RoomSummary | null = null;
  private readonly listeners: { [E in keyof PortEvents]: Set<PortEvents[E]> } = { change: new Set(), log: new Set(), error: new Set() };

  constructor(init: Partial<FakePort['state']> = {}) {
    this.state = { connection: 'connected', room: roomSummary(), identity: null, game: seatGame(), debrief: null, ...init };
  }

  connection = () => this.state.connection;
  room = () => this.state.room;
  identity = () => this.state.identity;
  game = () => this.state.game;
  debrief = () => this.state.debrief;
  on<E extends keyof PortEvents>(event: E, listener: PortEvents[E]) {
    this.listeners[event].add(listener);
    return () => {
      this.listeners[event].delete(listener);
    };
  }

  /** Test side: change the state and tell the screens. */
  change(patch: Partial<FakePort['state']>) {
    Object.assign(this.state, patch);
    for (const l of this.listeners.change) l();
  }
  log(game: GameState) {
    this.state.game = game;
    for (const l of this.listeners.log) l();
  }
  error(code: string, message: string) {
    for (const l of this.listeners.error) l({ code: code as never, message });
  }

  private answer<T>(value: T): Promise<T> {
    if (this.fail) return Promise.reject(new Error(this.fail));
    return Promise.resolve(value);
  }
  createRoom(request: CreateRoomRequest) {
    this.sent.creates.push(request);
    return this.answer({ code: 'ABC234', token: TOKEN, link: `/#/gameday/ABC234/facilitator?token=${TOKEN}` });
  }
  peek = () => this.answer(this.peekAnswer);
  join(request: JoinRequest) {
    this.sent.joins.push(request);
    if (!this.fail) this.state.identity = { code: request.code, role: request.seat, name: request.name, token: TOKEN };
    return this.answer(undefined);
  }
  rejoin(code: string, token: string) {
    this.sent.rejoins.push([code, token]);
    return this.answer(undefined);
  }
  act(action: Action) {
    this.sent.acts.push(action);
    return Promise.resolve(this.refuse);
  }
  command(command: FacilitatorCommand) {
    this.sent.commands.push(command);
    return Promise.resolve(this.refuse);
  }
  close() {}
}

/** Frames the test runs by hand. */
export function manualFrames(): FrameScheduler & { run(): void; pending(): number } {
  let queue: (() => void)[] = [];
  return {
    request(callback) {
      queue.push(callback);
      return () => {
        queue = queue.filter((c) => c !== callback);
      };
    },
    run() {
      const now = queue;
      queue = [];
      for (const c of now) c();
    },
    pending: () => queue.length,
  };
}

/** Frames that run at once: the screens see every change straight away. */
export const instantFrames: FrameScheduler = {
  request(callback) {
    queueMicrotask(callback);
    return () => undefined;
  },
};

export function renderGameDay(ui: ReactNode, port: FakePort, store: RoomStore = createRoomStore(port, instantFrames)) {
  const result = render(
    <GameDayContext.Provider value={{ port, store }}>
      <MotionProvider>{ui}</MotionProvider>
    </GameDayContext.Provider>,
  );
  return { ...result, store, port };
}
