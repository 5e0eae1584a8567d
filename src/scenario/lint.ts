// Authoring checks for a scenario that already parses: is it a fair, playable drill? Every red
// herring can be ruled out, the truth is backed by evidence, nothing fires after the end, the noise
// is varied, there is a safe way out and a tempting risky one. Pure: the one check that needs a game
// played (does the textbook bot make par?) takes the played result as input, so this module imports
// no engine; src/cli/lint-play.ts plays the game and passes it in.
import { formatDuration } from './duration';
import type { MitigationKind, Scenario } from './schema';
import { formatPath, type Locate, type ProblemPath, type ScenarioProblem } from './yaml-source';

/** The authoring rules, by name. Each problem says which rule found it. */
export const LINT_RULES = [
  'red-herring-disprovable',
  'red-herring-id',
  'clue-support',
  'right-mitigation-works',
  'generic-mitigation',
  'risky-option',
  'noise-kinds',
  'ignored-field',
  'escalation-loop',
  'fault-never-starts',
  'after-end',
  'shift-relief-window',
  'textbook-par',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export interface LintProblem extends ScenarioProblem {
  rule: LintRule;
}

/** How the textbook bot fared on the drill: when it mitigated (null: never) and when the incident became visible. */
export interface TextbookRun {
  seed: number;
  mitigatedAt: number | null;
  incidentStart: number;
}

export interface LintOptions {
  /** The textbook bot's game; without it the par check is skipped. */
  textbook?: TextbookRun;
}

/** Clues that must back the root cause and each right mitigation. */
export const MIN_SUPPORTING_CLUES = 3;
/** Noise generators of at least this many different kinds. */
export const MIN_NOISE_KINDS = 3;
/** Mitigations that stop the bleeding without knowing the root cause (doctrine `mitigation.first`). */
export const GENERIC_MITIGATION_KINDS: readonly MitigationKind[] = ['rollback', 'scale-out', 'shed-load', 'failover', 'feature-flag', 'pause-job'];

const CONDITION_FIELDS = { mitigation: 'mitigation-applied', person: 'person-paged' } as const;

export function lintScenario(scenario: Scenario, locate: Locate, file: string, options: LintOptions = {}): LintProblem[] {
  const problems: LintProblem[] = [];
  const report = (rule: LintRule, path: ProblemPath, message: string) => problems.push({ file, ...locate(path), path: formatPath(path), message, rule });
  const end = scenario.duration;
  const { truth } = scenario;
  const list = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

  // ---- red herrings: unique, and each one disproved by some clue -----------------------------
  const herringSeen = new Map<string, number>();
  const mitigationIds = new Set(scenario.mitigations.map((m) => m.id));
  truth.redHerrings.forEach((herring, i) => {
    const path = ['truth', 'redHerrings', i, 'id'];
    const first = herringSeen.get(herring.id);
    if (first !== undefined) report('red-herring-id', path, `duplicate red herring id "${herring.id}" (first used at truth.redHerrings[${first}])`);
    else herringSeen.set(herring.id, i);
    if (herring.id === truth.rootCause.id) report('red-herring-id', path, `red herring id "${herring.id}" is also the root cause id; give it its own id`);
    if (mitigationIds.has(herring.id)) report('red-herring-id', path, `red herring id "${herring.id}" is also a mitigation id; give it its own id`);
    if (first === undefined && !scenario.clues.some((clue) => clue.contradicts.includes(herring.id))) {
      report('red-herring-disprovable', path, `red herring "${herring.id}" is never disproved: add it to the contradicts list of a clue that rules it out`);
    }
  });

  // ---- the truth is backed by evidence -------------------------------------------------------
  const supporters = (id: string) => scenario.clues.filter((clue) => clue.supports.includes(id)).map((clue) => clue.id);
  const needSupport = (path: ProblemPath, what: string, id: string) => {
    const found = supporters(id);
    if (found.length >= MIN_SUPPORTING_CLUES) return;
    const which = found.length === 0 ? 'no clue supports it' : `only ${found.length} clue${found.length === 1 ? '' : 's'} support${found.length === 1 ? 's' : ''} it (${list(found)})`;
    report('clue-support', path, `${what} "${id}": ${which}; expected at least ${MIN_SUPPORTING_CLUES} (list it in the supports of more clues)`);
  };
  needSupport(['truth', 'rootCause', 'id'], 'root cause', truth.rootCause.id);
  truth.mitigations.forEach((id, i) => needSupport(['truth', 'mitigations', i], 'right mitigation', id));

  // ---- the right mitigations work, and one of them is generic ---------------------------------
  const rightOnes = truth.mitigations.map((id) => scenario.mitigations.find((m) => m.id === id)).filter((m) => m !== undefined);
  truth.mitigations.forEach((id, i) => {
    const mitigation = scenario.mitigations.find((m) => m.id === id);
    if (!mitigation) return; // the parser reports unknown ids
    if (mitigation.outcome !== 'works') report('right-mitigation-works', ['truth', 'mitigations', i], `right mitigation "${id}" has outcome "${mitigation.outcome}"; a right mitigation works`);
    else if (mitigation.fixes.length === 0) report('right-mitigation-works', ['truth', 'mitigations', i], `right mitigation "${id}" fixes no fault; list the faults it neutralises in its fixes`);
  });
  if (rightOnes.length > 0 && !rightOnes.some((m) => GENERIC_MITIGATION_KINDS.includes(m.kind))) {
    report(
      'generic-mitigation',
      ['truth', 'mitigations'],
      `no right mitigation is generic (${GENERIC_MITIGATION_KINDS.join(', ')}); the drill trains mitigation before root cause, so one right answer should be one of these`,
    );
  }
  // A right answer is exempt from the blast-radius findings, so the tempting risky option must be a wrong one.
  const right = new Set(truth.mitigations);
  if (!scenario.mitigations.some((m) => (m.destructive || m.untested) && !right.has(m.id))) {
    report(
      'risky-option',
      ['mitigations'],
      'no wrong mitigation is destructive or untested; add a tempting risky option (restart everything at once, an untested config push) so the drill tests blast radius',
    );
  }

  // ---- noise ---------------------------------------------------------------------------------
  const kinds = [...new Set(scenario.noise.map((n) => n.kind))];
  if (kinds.length < MIN_NOISE_KINDS) {
    const have = kinds.length === 0 ? 'no noise' : `noise of ${kinds.length} kind${kinds.length === 1 ? '' : 's'} (${kinds.join(', ')})`;
    report('noise-kinds', ['noise'], `${have}; expected at least ${MIN_NOISE_KINDS} kinds of flapping, duplicate, unrelated, storm, notification`);
  }
  scenario.noise.forEach((gen, i) => {
    if (gen.until !== undefined && gen.until > end) report('after-end', ['noise', i, 'until'], `${formatDuration(gen.until)} is after the end of the drill (${formatDuration(end)})`);
  });

  // ---- timeline: conditions read the fields they are given; nothing fires at or after the end --
  scenario.timeline.forEach((inject, i) => {
    if (inject.at !== undefined && inject.at >= end) report('after-end', ['timeline', i, 'at'], `${formatDuration(inject.at)} is the very end of the drill; nobody will see this inject`);
    const when = inject.when;
    if (!when) return;
    for (const field of ['mitigation', 'person'] as const) {
      const reader = CONDITION_FIELDS[field];
      if (when[field] !== undefined && when.kind !== reader) {
        report('ignored-field', ['timeline', i, 'when', field], `a "${when.kind}" condition ignores ${field}; only "${reader}" reads it`);
      }
    }
    if (when.for >= end) report('after-end', ['timeline', i, 'when', 'for'], `${formatDuration(when.for)} is not shorter than the drill (${formatDuration(end)}); this inject can never fire`);
  });

  // ---- mitigations' fields that only some outcomes read; faults that never start --------------
  scenario.mitigations.forEach((mitigation, i) => {
    if (mitigation.triggers !== undefined && mitigation.outcome !== 'backfires') {
      report('ignored-field', ['mitigations', i, 'triggers'], `triggers is ignored unless the outcome is "backfires" (this one ${mitigation.outcome === 'works' ? 'works' : 'fails'})`);
    }
  });
  const started = new Set<string>();
  for (const inject of scenario.timeline) if (inject.type === 'fault') started.add(inject.fault);
  for (const mitigation of scenario.mitigations) if (mitigation.outcome === 'backfires' && mitigation.triggers !== undefined) started.add(mitigation.triggers);
  scenario.faults.forEach((fault, i) => {
    if (fault.onset === undefined && !started.has(fault.id)) {
      report('fault-never-starts', ['faults', i, 'id'], `fault "${fault.id}" never starts: give it an onset, start it from a timeline inject, or name it in a backfiring mitigation's triggers`);
    }
  });

  // ---- people: escalation chains end somewhere ------------------------------------------------
  for (const cycle of escalationLoops(scenario)) {
    const last = cycle[cycle.length - 2]!;
    const index = scenario.people.findIndex((p) => p.id === last);
    report('escalation-loop', ['people', index, 'escalatesTo'], `escalation goes round in a loop: ${cycle.join(' -> ')}; an unanswered page must end with someone`);
  }

  // ---- escalation windows and the shift -------------------------------------------------------
  scenario.escalation.forEach((window, i) => {
    if (window.latest > end) report('after-end', ['escalation', i, 'latest'], `${formatDuration(window.latest)} is after the end of the drill (${formatDuration(end)})`);
  });
  if (scenario.shift) {
    const { endsAt, relief } = scenario.shift;
    const windows = scenario.escalation.map((w, i) => ({ w, i })).filter(({ w }) => w.person === relief);
    if (windows.length === 0) {
      report('shift-relief-window', ['shift', 'relief'], `the shift ends at ${formatDuration(endsAt)} but "${relief}" has no escalation window; add one that opens before the shift ends so the relief is paged in time`);
    } else if (!windows.some(({ w }) => w.earliest <= endsAt)) {
      const { w, i } = windows[0]!;
      report('shift-relief-window', ['escalation', i, 'earliest'], `the relief's window opens at ${formatDuration(w.earliest)}, after the shift ends (${formatDuration(endsAt)})`);
    }
  }

  // ---- the textbook bot makes par --------------------------------------------------------------
  if (options.textbook) {
    const run = options.textbook;
    const par = truth.parMitigation;
    const path = ['truth', 'parMitigation'];
    if (run.mitigatedAt === null) {
      report('textbook-par', path, `the textbook bot (seed ${run.seed}) never mitigates; par is ${formatDuration(par)}. Check that the right mitigations fix the faults and that a responder can apply them`);
    } else {
      const took = Math.max(0, run.mitigatedAt - run.incidentStart);
      if (took > par) {
        report(
          'textbook-par',
          path,
          `the textbook bot (seed ${run.seed}) mitigates ${formatDuration(took)} after the incident became visible, over par (${formatDuration(par)}); raise par or make the right mitigation easier to find`,
        );
      }
    }
  }

  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Loops of two or more people in escalatesTo, each once, as [a, b, ..., a] in file order. */
function escalationLoops(scenario: Scenario): string[][] {
  const next = new Map(scenario.people.map((p) => [p.id, p.escalatesTo]));
  const inLoop = new Set<string>();
  const done = new Set<string>();
  const loops: string[][] = [];
  for (const person of scenario.people) {
    const path: string[] = [];
    let at: string | undefined = person.id;
    while (at !== undefined && next.has(at) && !done.has(at) && !path.includes(at)) {
      path.push(at);
      at = next.get(at);
    }
    if (at !== undefined && path.includes(at) && !inLoop.has(at)) {
      const cycle = path.slice(path.indexOf(at));
      // A person escalating to themselves is the parser's problem.
      if (cycle.length >= 2) {
        loops.push([...cycle, at]);
        cycle.forEach((id) => inLoop.add(id));
      }
    }
    path.forEach((id) => done.add(id));
  }
  return loops;
}
