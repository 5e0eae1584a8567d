// Runs a bot headless to the end of the drill, with a cap on steps so a bad bot cannot spin.
import { attempt, createGame, type GameState } from '../engine';
import type { DoctrinePack } from '../doctrine/pack';
import type { Scenario } from '../scenario/schema';
import type { Bot } from './bot';

export interface SimulateOptions {
  seed: number;
  doctrine?: DoctrinePack;
  /** Seconds of game time to let pass when the bot has nothing to do. */
  idle?: number;
  maxSteps?: number;
}

export function simulate(scenario: Scenario, bot: Bot, options: SimulateOptions): GameState {
  let state = createGame(scenario, { seed: options.seed, ...(options.doctrine ? { doctrine: options.doctrine } : {}) });
  const idle = options.idle ?? 30;
  const maxSteps = options.maxSteps ?? 20_000;
  let rejectedInARow = 0;
  for (let steps = 0; steps < maxSteps && state.phase === 'running'; steps++) {
    const action = rejectedInARow >= 3 ? null : bot.play(state);
    const result = attempt(state, action ?? { type: 'clock/advanced', seconds: idle });
    if (result.rejection) {
      rejectedInARow += 1;
      continue;
    }
    rejectedInARow = 0;
    state = result.state;
  }
  // A bot that stopped early still plays out the clock, so every run ends the same way.
  while (state.phase === 'running') state = attempt(state, { type: 'clock/advanced', seconds: 3600 }).state;
  return state;
}
