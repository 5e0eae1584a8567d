// Playing without a script: every action the registry offers the player, and seeded random walks
// over them, for checks that must hold in any reachable state.
import { expect } from 'vitest';
import { ACTION_LIST, attempt, createGame, PLAYER_ID, type Action, type ActionDefinition, type ActionType, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';

/** Every concrete action the registry offers this actor now. */
export const allOptions = (state: GameState, actor: string = PLAYER_ID): Action[] => ACTION_LIST.flatMap((d) => d.options(state, actor));

/** A tiny seeded PRNG for the test's own choices (kept apart from the game's). */
export function testRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface WalkOptions {
  steps: number;
  /** Chance that a step only lets time pass. */
  idle?: number;
  /** Leave incident/resolved out, so the walk reaches deep into the drill. */
  keepRunning?: boolean;
}

/**
 * A seeded random playthrough: at each step the test picks an action type among those with options,
 * then one of its options (or lets 10s to 5m pass). Returns every state visited, the first included.
 */
export function randomWalk(scenario: Scenario, seed: number, options: WalkOptions): GameState[] {
  const random = testRandom(seed * 7919 + 13);
  let state = createGame(scenario, { seed });
  const states = [state];
  for (let i = 0; i < options.steps && state.phase === 'running'; i++) {
    let action: Action;
    if (random() < (options.idle ?? 0.3)) {
      action = { type: 'clock/advanced', seconds: 10 + Math.floor(random() * 290) };
    } else {
      const groups = ACTION_LIST.filter((d) => !(options.keepRunning && d.type === 'incident/resolved'))
        .map((d) => d.options(state, PLAYER_ID))
        .filter((group) => group.length > 0);
      const group = groups[Math.floor(random() * groups.length)]!;
      action = group[Math.floor(random() * group.length)]!;
    }
    const result = attempt(state, action);
    if (result.rejection) throw new Error(`random walk (seed ${seed}, step ${i}): ${JSON.stringify(action)} was rejected: ${result.rejection.message}`);
    state = result.state;
    states.push(state);
  }
  return states;
}

/** States worth checking options in: random walks on every given scenario, several seeds each. */
export function sampleStates(scenarios: readonly Scenario[], seeds: readonly number[] = [1, 2, 3], steps = 60): GameState[] {
  return scenarios.flatMap((scenario) => seeds.flatMap((seed) => randomWalk(scenario, seed, { steps, keepRunning: true })));
}

/**
 * options() lists only actions that check() accepts (and that attempt() accepts as they are), and
 * isAvailable() agrees whenever it lists any. Returns how many options were checked.
 */
export function expectOptionsAccepted<T extends ActionType>(definition: ActionDefinition<T>, states: readonly GameState[], actor: string = PLAYER_ID): number {
  let checked = 0;
  for (const state of states) {
    if (state.phase !== 'running') continue;
    const options = definition.options(state, actor);
    if (options.length > 0) expect(definition.isAvailable(state, actor), `${definition.type} offers options at ${state.time}s, so it is available`).toBe(true);
    for (const option of options) {
      expect(option.type).toBe(definition.type);
      expect(definition.check(state, option, actor), `check() of option ${JSON.stringify(option)} at ${state.time}s`).toBeNull();
      expect(attempt(state, option).rejection, `attempt() of option ${JSON.stringify(option)} at ${state.time}s`).toBeNull();
      checked++;
    }
  }
  return checked;
}
