// The game being played: one store per game, kept across the war room and the debrief screens.
import { createGame, type PlayMode } from '../engine';
import type { GameState } from '../engine/types';
import { createGameStore, type GameStore } from '../store';
import { levelForMode, type Level } from '../store/ladder';
import { progressStore } from '../store/progress';
import type { Scenario } from '../scenario/schema';

interface Session {
  key: string;
  store: GameStore;
  level: Level;
}

let current: Session | null = null;

const keyOf = (scenarioId: string, seed: number, mode: PlayMode, level: Level = levelForMode(mode)) => `${scenarioId}:${seed}:${mode}:${level}`;

/** Training levels of the games in play (the coach and the progress record read it). */
const levels = new WeakMap<GameStore, Level>();

/** The training level a game is played at (its engine mode's level when started elsewhere). */
export const levelOf = (store: GameStore): Level => levels.get(store) ?? levelForMode(store.getState().game.mode);

/** A fresh game (Start on the briefing, Play again). Shadow starts at 1x; the others at the chosen speed. */
export function startSession(scenario: Scenario, seed: number, mode: PlayMode = 'practice', level: Level = levelForMode(mode)): GameStore {
  const store = createGameStore(scenario, seed, createGame(scenario, { seed, mode }));
  const speed = mode === 'shadow' ? 1 : progressStore.getState().settings.defaultSpeed;
  if (speed !== store.getState().speed) store.getState().setSpeed(speed);
  levels.set(store, level);
  current = { key: keyOf(scenario.id, seed, mode, level), store, level };
  return current.store;
}

/** The game for this scenario, seed and mode: the one in progress, or a fresh one (a shared link). */
export function sessionFor(scenario: Scenario, seed: number, mode: PlayMode = 'practice', level: Level = levelForMode(mode)): GameStore {
  if (current?.key === keyOf(scenario.id, seed, mode, level)) return current.store;
  return startSession(scenario, seed, mode, level);
}

/** The game for this scenario, seed and mode if one exists (the debrief needs a played game). */
export function existingSession(scenarioId: string, seed: number, mode: PlayMode = 'practice', level: Level = levelForMode(mode)): GameStore | null {
  return current?.key === keyOf(scenarioId, seed, mode, level) ? current.store : null;
}

export function clearSession(): void {
  current = null;
}

/** A game picked up at a moment of an earlier one (the debrief's "Retry from"): same scenario, seed and mode. */
export function resumeSession(state: GameState, level: Level = levelForMode(state.mode)): GameStore {
  const store = createGameStore(state.scenario, state.seed, state);
  levels.set(store, level);
  current = { key: keyOf(state.scenario.id, state.seed, state.mode, level), store, level };
  return store;
}
