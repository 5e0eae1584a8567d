// Hand-built plays for the scoring tests: the real engine driven by an explicit list of timed
// actions, each asserted to be accepted.
//
//   const state = play(small(), [
//     ['2m', claim()],
//     ['2m', sev(1)],
//     ['2m', delegate('rita', { kind: 'mitigate', mitigation: 'rollback-shop' })],
//   ], { until: '10m' });
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { DoctrinePack } from '../../src/doctrine/pack';
import { MAX_ADVANCE } from '../../src/engine/actions/advanceClock';
import { attempt, createGame, formatClock } from '../../src/engine';
import type { Action, GameState, InvestigationSource, MessageKind, Place, RootCauseStep, StatusFields, TaskWork } from '../../src/engine';
import { parseDuration } from '../../src/scenario/duration';
import { formatProblem, parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { buildContext, type ScoringContext } from '../../src/scoring';
import type { Finding } from '../../src/scoring/types';

/** "4m", "1m30s", or a number of seconds. */
export type Duration = string | number;

export function secondsOf(duration: Duration): number {
  const value = parseDuration(duration);
  if (value === null) throw new Error(`not a duration: ${JSON.stringify(duration)}`);
  return value;
}

/** An action, or a function that builds it from the state at that moment (e.g. to find an alert's id). */
export type PlannedAction = Action | ((state: GameState) => Action);
export type Step = readonly [at: Duration, action: PlannedAction];

export interface PlayOptions {
  seed?: number;
  doctrine?: DoctrinePack;
  /** Where to leave the clock after the last action: a game time, or 'end' to play the drill out. */
  until?: Duration | 'end';
}

/** Moves the clock forward to a game time (never backward: a step in the past is a mistake in the test). */
export function advanceTo(state: GameState, target: number): GameState {
  if (target < state.time) throw new Error(`the clock is already at ${formatClock(state.time)}, cannot go back to ${formatClock(target)}`);
  let s = state;
  while (s.time < target && s.phase === 'running') {
    const result = attempt(s, { type: 'clock/advanced', seconds: Math.min(MAX_ADVANCE, target - s.time) });
    expect(result.rejection, `advancing to ${formatClock(target)}`).toBeNull();
    s = result.state;
  }
  return s;
}

/** Plays the steps in order (their times must not go backward) and returns the final state. */
export function play(scenario: Scenario, steps: readonly Step[], options: PlayOptions = {}): GameState {
  let state = createGame(scenario, { seed: options.seed ?? 1, ...(options.doctrine ? { doctrine: options.doctrine } : {}) });
  for (const [at, planned] of steps) {
    state = advanceTo(state, secondsOf(at));
    const action = typeof planned === 'function' ? planned(state) : planned;
    const result = attempt(state, action);
    expect(result.rejection, `${JSON.stringify(action)} at ${formatClock(state.time)} should be accepted`).toBeNull();
    state = result.state;
  }
  if (options.until === 'end') {
    while (state.phase === 'running') state = attempt(state, { type: 'clock/advanced', seconds: MAX_ADVANCE }).state;
  } else if (options.until !== undefined) {
    state = advanceTo(state, secondsOf(options.until));
  }
  return state;
}

/** The scoring context of a play, with the game's own doctrine unless another is given. */
export const contextOf = (state: GameState, doctrine?: DoctrinePack): ScoringContext => buildContext(state, doctrine);

// ---- the fixture -----------------------------------------------------------------------------

const SMALL_FILE = fileURLToPath(new URL('../fixtures/scoring/small.yaml', import.meta.url));
let smallScenario: Scenario | null = null;

/** tests/fixtures/scoring/small.yaml, parsed once. */
export function small(): Scenario {
  if (!smallScenario) {
    const result = parseScenario(readFileSync(SMALL_FILE, 'utf8'), 'tests/fixtures/scoring/small.yaml');
    if (!result.ok) throw new Error(`small.yaml does not parse:\n${result.errors.map(formatProblem).join('\n')}`);
    smallScenario = result.scenario;
  }
  return smallScenario;
}

export const SMALL_FILE_PATH = SMALL_FILE;

// ---- actions, as a player sends them ---------------------------------------------------------

export const claim = (): Action => ({ type: 'command/claimed' });
export const handOff = (to: string): Action => ({ type: 'command/handedOff', to });
export const sev = (level: number): Action => ({ type: 'severity/declared', level });
export const page = (to: string): Action => ({ type: 'page/sent', to });
export const delegate = (to: string, work: TaskWork, timebox: Duration = '10m'): Action => ({ type: 'task/delegated', to, work, timebox: secondsOf(timebox) });
export const mitigate = (mitigation: string): Action => ({ type: 'mitigation/applied', mitigation });
export const investigate = (source: InvestigationSource, service: string): Action => ({ type: 'investigation/started', source, service });
export const rootCause = (step: RootCauseStep, service: string): Action => ({ type: 'rootCause/worked', step, service });
export const markMitigated = (): Action => ({ type: 'incident/mitigated' });
export const resolve = (): Action => ({ type: 'incident/resolved' });

export const say = (text: string, kind: MessageKind = 'status', place: Place = 'main', fields?: StatusFields): Action => ({
  type: 'message/posted',
  place,
  kind,
  text,
  ...(fields ? { fields } : {}),
});

/** A stakeholder update in the doctrine's shape: impact, status, actions, next update. */
export const update = (text = 'Impact: about half of shop users cannot check out. Status: rolling back. Next update in 30 minutes.', fields?: StatusFields): Action =>
  say(text, 'status', 'stakeholders', fields ?? { impact: 'about half of shop users', status: 'rolling back', actions: 'rollback in flight', next: 1800 });

/** Silences the newest alert with this name (looked up when the step runs). */
export const silence =
  (alertname: string, duration: Duration = '1h'): PlannedAction =>
  (state) => {
    const alert = [...state.alerts].reverse().find((a) => a.alertname === alertname);
    if (!alert) throw new Error(`no alert ${alertname} at ${formatClock(state.time)}`);
    return { type: 'alert/silenced', alert: alert.id, seconds: secondsOf(duration) };
  };

/** The rollback, handed to Rita at `at`: applied 1m30s later (ack, work), effective 2m after that. */
export const ROLLBACK = delegate('rita', { kind: 'mitigate', mitigation: 'rollback-shop' });

// ---- looking at findings ---------------------------------------------------------------------

export const withRule = (findings: readonly Finding[], rule: string): Finding[] => findings.filter((f) => f.rule === rule);
export const penalties = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.points < 0);
export const kept = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.points >= 0);

/** The one finding with this rule; fails when there are none or several. */
export function only(findings: readonly Finding[], rule: string): Finding {
  const matching = withRule(findings, rule);
  expect(matching, `exactly one ${rule} finding in ${JSON.stringify(findings, null, 1)}`).toHaveLength(1);
  return matching[0]!;
}
