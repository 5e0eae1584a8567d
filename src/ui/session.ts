// The game being played: one store per game, kept across the war room and the debrief screens.
import { createGame, type PlayMode } from '../engine';
import type { GameState } from '../engine/types';
import { createGameStore, type GameStore } from '../store';
import { progressStore } from '../store/progress';
import type { Scenario } from '../scenario/schema';

interface Session {
  key: string;
  store: GameStore;
}

let current: Session | null = null;

const keyOf = (scenarioId: string, seed: number, mode: PlayMode) => `${scenarioId}:${seed}:${mode}`;

/** A fresh game (Start on the briefing, Play again). Shadow starts at 1x; the others at the chosen speed. */
export function startSession(scenario: Scenario, seed: number, mode: PlayMode = 'practice'): GameStore {
  const store = createGameStore(scenario, seed, createGame(scenario, { seed, mode }));
  const speed = mode === 'shadow' ? 1 : progressStore.getState().settings.defaultSpeed;
  if (speed !== store.getState().speed) store.getState().setSpeed(speed);
  current = { key: keyOf(scenario.id, seed, mode), store };
  return current.store;
}

/** The game for this scenario, seed and mode: the one in progress, or a fresh one (a shared link). */
export function sessionFor(scenario: Scenario, seed: number, mode: PlayMode = 'practice'): GameStore {
  if (current?.key === keyOf(scenario.id, seed, mode)) return current.store;
  return startSession(scenario, seed, mode);
}

/** The game for this scenario, seed and mode if one exists (the debrief needs a played game). */
export function existingSession(scenarioId: string, seed: number, mode: PlayMode = 'practice'): GameStore | null {
  return current?.key === keyOf(scenarioId, seed, mode) ? current.store : null;
}

export function clearSession(): void {
  current = null;
}

/** A game picked up at a moment of an earlier one (the debrief's "Retry from"): same scenario, seed and mode. */
export function resumeSession(state: GameState): GameStore {
  const store = createGameStore(state.scenario, state.seed, state);
  current = { key: keyOf(state.scenario.id, state.seed, state.mode), store };
  return store;
}
