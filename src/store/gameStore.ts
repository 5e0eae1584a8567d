// One store per game: the engine's GameState plus presentational state of the war room only.
// The store never computes game rules itself; every game change goes through the engine's attempt().
import { createStore, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { attempt, createGame, type Action, type GameState, type Place } from '../engine';
import type { Scenario } from '../scenario/schema';

export const SPEEDS = [1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Toast {
  id: number;
  text: string;
  tone: 'error' | 'info';
}

export interface GameStoreState {
  game: GameState;
  /** Channel tab on screen. */
  tab: Place;
  /** Messages already seen per channel place (a count), for unread badges. */
  seen: Record<Place, number>;
  speed: Speed;
  paused: boolean;
  /** The last rejection (or notice) for the toast; null once dismissed. */
  toast: Toast | null;
  /** Applies one engine action; a rejection is kept for the toast. Returns the rejection message or null. */
  dispatch(action: Action): string | null;
  /** Applies several actions with a single store update (e.g. acknowledging a group of alerts). */
  dispatchMany(actions: readonly Action[]): string | null;
  /**
   * Publishes a state computed elsewhere from `base` (the game loop computes a clock advance between
   * frames and shows it on the next one). Refused (false) when the game has moved on since `base`.
   */
  adopt(base: GameState, next: GameState): boolean;
  setTab(tab: Place): void;
  setSpeed(speed: Speed): void;
  setPaused(paused: boolean): void;
  notify(text: string, tone?: Toast['tone']): void;
  dismissToast(): void;
}

export type GameStore = StoreApi<GameStoreState>;

const countIn = (game: GameState, place: Place) => {
  let n = 0;
  for (const m of game.messages) if (m.place === place) n++;
  return n;
};

export function createGameStore(scenario: Scenario, seed: number, initial?: GameState): GameStore {
  let toastSeq = 0;
  return createStore<GameStoreState>()(
    immer((set, get) => {
      // Plain (not immer) updates for the game: the engine returns a fresh, structurally shared state,
      // and handing it to immer would walk (and freeze) thousands of alerts on every tick.
      const publish = (game: GameState, rejection: string | null) => {
        const { tab, seen } = get();
        const read = countIn(game, tab);
        set({
          game,
          ...(rejection !== null ? { toast: { id: ++toastSeq, text: rejection, tone: 'error' as const } } : {}),
          // The channel on screen is read as it arrives.
          ...(seen[tab] !== read ? { seen: { ...seen, [tab]: read } } : {}),
        });
      };
      const run = (actions: readonly Action[]): string | null => {
        let game = get().game;
        let rejection: string | null = null;
        for (const action of actions) {
          const result = attempt(game, action);
          if (result.rejection) {
            rejection = result.rejection.message;
            break;
          }
          game = result.state;
        }
        if (game === get().game && rejection === null) return null;
        publish(game, rejection);
        return rejection;
      };
      return {
        game: initial ?? createGame(scenario, { seed }),
        tab: 'main',
        seen: { main: 0, thread: 0, stakeholders: 0 },
        speed: 1,
        paused: false,
        toast: null,
        dispatch: (action) => run([action]),
        dispatchMany: (actions) => run(actions),
        adopt: (base, next) => {
          if (get().game !== base) return false;
          if (next !== base) publish(next, null);
          return true;
        },
        setTab: (tab) =>
          set((draft) => {
            draft.seen[draft.tab] = countIn(draft.game as GameState, draft.tab);
            draft.seen[tab] = countIn(draft.game as GameState, tab);
            draft.tab = tab;
          }),
        setSpeed: (speed) =>
          set((draft) => {
            draft.speed = speed;
            draft.paused = false;
          }),
        setPaused: (paused) =>
          set((draft) => {
            draft.paused = paused;
          }),
        notify: (text, tone = 'info') =>
          set((draft) => {
            draft.toast = { id: ++toastSeq, text, tone };
          }),
        dismissToast: () =>
          set((draft) => {
            draft.toast = null;
          }),
      };
    }),
  );
}

/** Unread messages per place: nothing is unread in the tab on screen. */
export function unreadCounts(state: Pick<GameStoreState, 'game' | 'tab' | 'seen'>): Record<Place, number> {
  const counts: Record<Place, number> = { main: 0, thread: 0, stakeholders: 0 };
  for (const m of state.game.messages) counts[m.place]++;
  return {
    main: state.tab === 'main' ? 0 : Math.max(0, counts.main - state.seen.main),
    thread: state.tab === 'thread' ? 0 : Math.max(0, counts.thread - state.seen.thread),
    stakeholders: state.tab === 'stakeholders' ? 0 : Math.max(0, counts.stakeholders - state.seen.stakeholders),
  };
}
