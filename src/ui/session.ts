// The game being played: one store per game, kept across the war room and the debrief screens.
import { createGameStore, type GameStore } from '../store';
import type { Scenario } from '../scenario/schema';

interface Session {
  key: string;
  store: GameStore;
}

let current: Session | null = null;

const keyOf = (scenario: Scenario, seed: number) => `${scenario.id}:${seed}`;

/** A fresh game (Start on the briefing, Play again). */
export function startSession(scenario: Scenario, seed: number): GameStore {
  current = { key: keyOf(scenario, seed), store: createGameStore(scenario, seed) };
  return current.store;
}

/** The game for this scenario and seed: the one in progress, or a fresh one (a shared link). */
export function sessionFor(scenario: Scenario, seed: number): GameStore {
  if (current?.key === keyOf(scenario, seed)) return current.store;
  return startSession(scenario, seed);
}

/** The game for this scenario and seed if one exists (the debrief needs a played game). */
export function existingSession(scenarioId: string, seed: number): GameStore | null {
  return current?.key === `${scenarioId}:${seed}` ? current.store : null;
}

export function clearSession(): void {
  current = null;
}
