// The states each action's options() are checked in: seeded random walks over every scenario in
// scenarios/. States are immutable, so one set is built per worker and shared by the test files
// (the engine project runs without per-file isolation; see vite.config.ts).
import type { GameState } from '../../src/engine';
import { allScenarios } from './scenarios';
import { sampleStates } from './walk';

let cached: GameState[] | null = null;

export function walkStates(): GameState[] {
  cached ??= sampleStates(allScenarios(), [1, 2], 25);
  return cached;
}
