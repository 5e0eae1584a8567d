// The game-day adapter between a server connection (a GameDayPort) and React.
//
// `RoomStore` holds what the lobby, the console and the banners show (connection, room, identity,
// errors, debrief). Its `game` is a store with exactly the solo store's interface (GameStoreState), so
// the war-room panels run unchanged: the state is the lockstep engine state from the server's ordered
// log, and dispatch sends the action to the server as this seat. No local clock ticks: the log carries
// `clock/advanced`. However many log entries arrive, the game store updates once per frame.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { attempt, type Action, type GameState, type Place } from '../engine';
import type { Connection, DebriefEvent, GameDayPort, Identity, RoomSummary, ServerError, Seat } from './gameDayPort';
import { isSeat } from './gameDayPort';
import { nextFrame } from './frames';
import type { GameStore, GameStoreState, Speed, Toast } from './gameStore';

export interface Notice extends ServerError {
  id: number;
}

export interface RoomStoreState {
  connection: Connection;
  room: RoomSummary | null;
  identity: Identity | null;
  debrief: DebriefEvent | null;
  /** Server errors on screen, newest last; each is dismissed on its own. */
  errors: Notice[];
  /** The war room's store, once the first game state has arrived. */
  game: GameStore | null;
  dismissError(id: number): void;
}

export type RoomStore = StoreApi<RoomStoreState> & { destroy(): void };

export interface FrameScheduler {
  request(callback: () => void): () => void;
}

/** One flush per animation frame; a background tab (no frames) still catches up within a quarter second. */
export const browserFrames: FrameScheduler = { request: nextFrame };

/** Errors kept on screen at once; older ones give way. */
const MAX_ERRORS = 4;

/** The seat this device plays (its engine player id), or null for the facilitator and spectators. */
export const mySeat = (identity: Identity | null): Seat | null => (identity && isSeat(identity.role) ? identity.role : null);

const countIn = (game: GameState, place: Place) => {
  let n = 0;
  for (const m of game.messages) if (m.place === place) n++;
  return n;
};

function createRemoteGameStore(port: GameDayPort, initial: GameState): GameStore {
  let toastSeq = 0;
  const room = port.room();
  return createStore<GameStoreState>()((set, get) => {
    const toast = (text: string, tone: Toast['tone']) => set({ toast: { id: ++toastSeq, text, tone } });
    const send = (actions: readonly Action[]): string | null => {
      const seat = mySeat(port.identity());
      if (seat === null) {
        const message = 'Only a seated player can act; you are watching this game day.';
        toast(message, 'error');
        return message;
      }
      // The engine check the server makes, so a refusal shows at once; the server still decides.
      let game = get().game;
      const stamped: Action[] = [];
      for (const action of actions) {
        const mine = { ...action, by: seat } as Action;
        const result = attempt(game, mine);
        if (result.rejection) {
          toast(result.rejection.message, 'error');
          return result.rejection.message;
        }
        game = result.state;
        stamped.push(mine);
      }
      for (const action of stamped) {
        void port.act(action).then((refusal) => {
          if (refusal !== null) toast(refusal, 'error');
        });
      }
      return null;
    };
    const facilitator = () => port.identity()?.role === 'facilitator';
    return {
      game: initial,
      tab: 'main',
      seen: { main: 0, thread: 0, stakeholders: 0 },
      speed: room?.speed ?? 1,
      paused: room?.paused ?? false,
      toast: null,
      dispatch: (action) => send([action]),
      dispatchMany: (actions) => send(actions),
      // The server's ordered log is the only source of a game day's state.
      adopt: () => false,
      setTab: (tab) => {
        const { game, seen, tab: current } = get();
        set({ tab, seen: { ...seen, [current]: countIn(game, current), [tab]: countIn(game, tab) } });
      },
      // Speed and pause belong to the facilitator; seats only see them.
      setSpeed: (speed: Speed) => {
        if (facilitator()) void port.command({ type: 'speed', speed });
      },
      setPaused: (paused) => {
        if (facilitator()) void port.command({ type: paused ? 'pause' : 'resume' });
      },
      notify: (text, tone = 'info') => toast(text, tone),
      dismissToast: () => set({ toast: null }),
    };
  });
}

export function createRoomStore(port: GameDayPort, frames: FrameScheduler = browserFrames): RoomStore {
  let errorSeq = 0;
  let cancelFrame: (() => void) | null = null;
  const store = createStore<RoomStoreState>()((set) => ({
    connection: port.connection(),
    room: port.room(),
    identity: port.identity(),
    debrief: port.debrief(),
    errors: [],
    game: null,
    dismissError: (id) => set((s) => ({ errors: s.errors.filter((e) => e.id !== id) })),
  }));

  const syncRoom = () => {
    store.setState({ connection: port.connection(), room: port.room(), identity: port.identity(), debrief: port.debrief() });
  };

  const flush = () => {
    cancelFrame = null;
    const next = port.game();
    if (!next) return;
    const { game } = store.getState();
    if (!game) {
      store.setState({ game: createRemoteGameStore(port, next) });
      return;
    }
    const current = game.getState();
    const room = port.room();
    const paused = room?.paused ?? current.paused;
    const speed = room?.speed ?? current.speed;
    if (current.game === next && current.paused === paused && current.speed === speed) return;
    // The channel on screen is read as it arrives (as in the solo store).
    game.setState({ game: next, paused, speed, seen: { ...current.seen, [current.tab]: countIn(next, current.tab) } });
  };

  const schedule = () => {
    if (cancelFrame === null) cancelFrame = frames.request(flush);
  };

  const offChange = port.on('change', () => {
    syncRoom();
    schedule();
  });
  const offLog = port.on('log', schedule);
  const offError = port.on('error', (error) => {
    store.setState((s) => ({ errors: [...s.errors, { ...error, id: ++errorSeq }].slice(-MAX_ERRORS) }));
  });
  // A port that already holds a game (a rejoin, a test's fake) shows it without waiting for news.
  if (port.game()) flush();

  return Object.assign(store, {
    destroy() {
      cancelFrame?.();
      cancelFrame = null;
      offChange();
      offLog();
      offError();
    },
  });
}
