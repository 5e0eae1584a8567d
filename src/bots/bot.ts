// A bot is a player made of code: it reads the state and returns its next action. Bots are
// generic: they read the scenario's structure and never name a scenario.
import type { Action, GameState } from '../engine';

export interface Bot {
  name: string;
  description: string;
  /** The next action, or null to let a little time pass. */
  play(state: GameState): Action | null;
}
