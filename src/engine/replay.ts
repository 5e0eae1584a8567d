// Every accepted action is logged with its game time; re-running the log from the same scenario
// and seed rebuilds the game exactly.
import type { DoctrinePack } from '../doctrine/pack';
import type { Scenario } from '../scenario/schema';
import { hashString } from './hash';
import { attempt, createGame } from './step';
import type { GameState, LoggedAction, PlayMode } from './types';

export interface ReplayFile {
  format: 'firedrill-replay';
  version: 1;
  scenario: string;
  seed: number;
  mode: PlayMode;
  players: string[];
  log: LoggedAction[];
  logHash: string;
}

export function logHash(log: readonly LoggedAction[]): string {
  return hashString(JSON.stringify(log));
}

export function exportReplay(state: GameState): ReplayFile {
  return { format: 'firedrill-replay', version: 1, scenario: state.scenario.id, seed: state.seed, mode: state.mode, players: state.players, log: state.log, logHash: logHash(state.log) };
}

export type ReplayResult = { ok: true; state: GameState } | { ok: false; index: number; message: string };

/** Re-runs a log. A log that does not fit the scenario (edited, or from another version) is refused with the entry at fault. */
export function replay(scenario: Scenario, seed: number, log: readonly LoggedAction[], options: { doctrine?: DoctrinePack; players?: string[]; mode?: PlayMode; upTo?: number } = {}): ReplayResult {
  let state = createGame(scenario, { seed, ...(options.doctrine ? { doctrine: options.doctrine } : {}), ...(options.players ? { players: options.players } : {}), ...(options.mode ? { mode: options.mode } : {}) });
  const count = Math.min(log.length, options.upTo ?? log.length);
  for (let i = 0; i < count; i++) {
    const entry = log[i]!;
    if (entry.at !== state.time) return { ok: false, index: i, message: `log[${i}] was taken at ${entry.at}s but the replay is at ${state.time}s` };
    const result = attempt(state, entry.action);
    if (result.rejection) return { ok: false, index: i, message: `log[${i}] (${entry.action.type}) was refused: ${result.rejection.message}` };
    state = result.state;
  }
  return { ok: true, state };
}
