// The incident-commander training path: shadow -> scribe -> deputy -> IC. The level decides how much
// the coach says, what is unlocked and the pass mark (the doctrine pack's `ladder`); the engine's play
// mode, derived from the level, keeps deciding the noise (IC drills are exams: double noise, no pause).
import { DIMENSIONS, type Dimension, type DoctrinePack } from '../doctrine/pack';
import type { Scenario } from '../scenario/schema';
import { RULES, isRuleId } from '../scoring/ruleCatalog';
import { LEVEL_TITLES, LEVELS, type Level } from './levels';

export * from './levels';

/** What the coach does at each level (the hints fade as the trainee climbs). */
export const LEVEL_COACHING: Record<Level, string> = {
  shadow: 'The coach explains what is happening and points to the next move; you make it.',
  scribe: 'The coach only reminds you of timers: no commander yet, severity not declared, an update due.',
  deputy: 'The coach only reminds you of timers, with a higher pass mark.',
  ic: 'The coach is silent. Twice the alert noise and no pause: you run the incident alone.',
};

/** The coached first drill every new trainee is steered to. */
export const FIRST_DRILL_ID = 'coached-first-drill';

/** Distinct drills to pass at a level before the next one unlocks. */
export const DRILLS_TO_PASS: Record<Exclude<Level, 'ic'>, number> = { shadow: 1, scribe: 2, deputy: 2 };

/** One finished drill, as the ladder and the report read it. */
export interface LadderRun {
  scenarioId: string;
  level: Level;
  at: number;
  score: number;
  dimensions?: Partial<Record<Dimension, number>>;
  broken?: string[];
}

export interface LevelStanding {
  level: Level;
  passMark: number;
  unlocked: boolean;
  /** Distinct drills passed at this level. */
  passed: string[];
  /** Drills to pass here to unlock the next level (0 for IC). */
  toPass: number;
}

export interface Standing {
  /** The highest unlocked level: where the trainee stands. */
  current: Level;
  levels: LevelStanding[];
}

export const passes = (run: { score: number }, level: Level, pack: DoctrinePack): boolean => run.score >= pack.ladder[level];

export function standing(runs: readonly LadderRun[], pack: DoctrinePack): Standing {
  const levels: LevelStanding[] = [];
  let current: Level = 'shadow';
  for (const level of LEVELS) {
    const passed = [...new Set(runs.filter((r) => r.level === level && passes(r, level, pack)).map((r) => r.scenarioId))];
    const below = levels[levels.length - 1];
    const unlocked = !below || (below.unlocked && below.passed.length >= below.toPass);
    if (unlocked) current = level;
    levels.push({ level, passMark: pack.ladder[level], unlocked, passed, toPass: level === 'ic' ? 0 : DRILLS_TO_PASS[level] });
  }
  return { current, levels };
}

/** Mean score per tenet over the most recent runs that carry tenet scores. */
export function tenetAverages(runs: readonly LadderRun[], recent = 10): Partial<Record<Dimension, number>> {
  const scored = [...runs].filter((r) => r.dimensions).sort((a, b) => a.at - b.at).slice(-recent);
  const out: Partial<Record<Dimension, number>> = {};
  for (const dimension of DIMENSIONS) {
    const values = scored.flatMap((r) => (r.dimensions?.[dimension] === undefined ? [] : [r.dimensions[dimension]!]));
    if (values.length > 0) out[dimension] = Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  }
  return out;
}

export function weakestTenet(runs: readonly LadderRun[]): { dimension: Dimension; score: number } | null {
  let weakest: { dimension: Dimension; score: number } | null = null;
  for (const [dimension, score] of Object.entries(tenetAverages(runs)) as [Dimension, number][]) {
    if (!weakest || score < weakest.score) weakest = { dimension, score };
  }
  return weakest;
}

/** Tenets a scenario trains, from its `trains` rule ids. */
export const tenetsTrained = (scenario: Pick<Scenario, 'trains'>): Dimension[] => [
  ...new Set(scenario.trains.flatMap((rule) => (isRuleId(rule) && RULES[rule].dimension ? [RULES[rule].dimension] : []))),
];

export interface Suggestion {
  scenario: Scenario;
  level: Level;
  /** Why this drill, in a sentence. */
  reason: string;
  weakest: { dimension: Dimension; score: number } | null;
}

const DIFFICULTY_ORDER: Record<Scenario['difficulty'], number> = { intro: 0, standard: 1, advanced: 2 };

/**
 * The next drill: the coached first drill for a new trainee; otherwise a drill not yet passed at the
 * trainee's level, favouring the ones that train the tenet they score lowest on, then the less played.
 */
export function suggestNext(runs: readonly LadderRun[], scenarios: readonly Scenario[], pack: DoctrinePack, titles: Record<Dimension, string>): Suggestion | null {
  if (scenarios.length === 0) return null;
  const { current, levels } = standing(runs, pack);
  const first = scenarios.find((s) => s.id === FIRST_DRILL_ID);
  if (runs.length === 0 && first) return { scenario: first, level: 'shadow', reason: 'Start here: a short outage with a coach at your side.', weakest: null };
  const weakest = weakestTenet(runs);
  const passedHere = new Set(levels.find((l) => l.level === current)?.passed ?? []);
  const playedHere = (id: string) => runs.filter((r) => r.scenarioId === id && r.level === current).length;
  const candidates = scenarios.filter((s) => !passedHere.has(s.id) && (s.id !== FIRST_DRILL_ID || current === 'shadow'));
  const pool = candidates.length > 0 ? candidates : scenarios.filter((s) => s.id !== FIRST_DRILL_ID);
  const trainsWeakest = (s: Scenario) => (weakest && tenetsTrained(s).includes(weakest.dimension) ? 0 : 1);
  const ranked = [...(pool.length > 0 ? pool : scenarios)].sort(
    (a, b) => trainsWeakest(a) - trainsWeakest(b) || playedHere(a.id) - playedHere(b.id) || DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty],
  );
  const scenario = ranked[0]!;
  const reason =
    weakest && trainsWeakest(scenario) === 0
      ? `It trains ${titles[weakest.dimension].toLowerCase()}, your lowest tenet so far (${weakest.score}/100).`
      : `A drill you have not passed yet at ${LEVEL_TITLES[current].toLowerCase()} level.`;
  return { scenario, level: current, reason, weakest };
}
