// `npm run bench`: how fast the engine and the textbook bot play a drill, on this machine.
//
//   npm run bench                      a table, then the target check on the last line
//   npm run bench -- --json            the same numbers as JSON
//   npm run bench -- --runs 25 --warmup 8 --seed 3
//
// Each scenario is parsed once, then played many times: untimed warm-up runs (at least --warmup of
// them and at least a second's worth, so V8 has finished optimising), then N timed runs, each timed
// with performance.now(). No forced GC between runs: it made runs slower, not steadier (V8 shrinks
// the young generation after a full GC). Machines are shared and noisy, so medians are what to
// quote; p90 and min show the spread. Timings live here only, never in the tests.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { textbook } from '../src/bots/textbook';
import { simulate } from '../src/bots/simulate';
import { attempt, createGame, formatClock, type Action, type GameState } from '../src/engine';
import { formatProblem, parseScenario } from '../src/scenario/parse';
import type { Scenario } from '../src/scenario/schema';

const TARGET_MS = 20;
const STORM_ALERTS_EXPECTED = 5_000;
/** Warm-up goes on until both this many milliseconds and --warmup runs have passed. */
const WARMUP_MIN_MS = 1_000;

const CHECKOUT_FILE = 'scenarios/checkout-bad-deploy.yaml';
const STORM_FILE = 'tests/fixtures/bench/alert-storm.yaml';

interface Options {
  runs: number;
  warmup: number;
  seed: number;
  json: boolean;
}

const USAGE = 'Usage: npm run bench -- [--json] [--runs <n>] [--warmup <n>] [--seed <n>]';

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 15, warmup: 10, seed: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') {
      options.json = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const key = arg === '--runs' ? 'runs' : arg === '--warmup' ? 'warmup' : arg === '--seed' ? 'seed' : null;
    const value = Number(argv[++i]);
    if (key === null || !Number.isInteger(value) || (key !== 'seed' && value < (key === 'runs' ? 1 : 0))) {
      console.error(`bench: bad argument "${arg}"\n${USAGE}`);
      process.exit(2);
    }
    options[key] = value;
  }
  return options;
}

function load(file: string): Scenario {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  const result = parseScenario(readFileSync(path, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not parse:\n${result.errors.map(formatProblem).join('\n')}`);
  return result.scenario;
}

interface Stats {
  medianMs: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
}

/** Nearest-rank percentile of sorted samples. */
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { medianMs: median, p90Ms: percentile(sorted, 0.9), minMs: sorted[0]!, maxMs: sorted[sorted.length - 1]! };
}

/** Warm-ups, then timed runs; every run must end in the same state (the engine is deterministic). */
function measure<T>(options: Options, run: () => T, fingerprint: (result: T) => string): { stats: Stats; last: T } {
  let last: T | undefined;
  let expected: string | undefined;
  const check = (result: T) => {
    const print = fingerprint(result);
    if (expected === undefined) expected = print;
    else if (print !== expected) throw new Error(`two runs of the same game differed: ${expected} vs ${print}`);
    last = result;
  };
  const warmupStart = performance.now();
  for (let i = 0; i < options.warmup || (options.warmup > 0 && performance.now() - warmupStart < WARMUP_MIN_MS); i++) check(run());
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    const result = run();
    samples.push(performance.now() - start);
    check(result);
  }
  return { stats: stats(samples), last: last! };
}

interface GameRow extends Stats {
  name: string;
  file: string;
  scenario: string;
  durationSeconds: number;
  gameSeconds: number;
  endReason: string | null;
  /** Accepted actions, clock advances included: the engine steps the run took. */
  steps: number;
  alerts: number;
}

const gameFingerprint = (s: GameState) => `${s.time}/${s.endReason}/${s.log.length}/${s.alerts.length}/${s.messages.length}/${s.rng}`;

function benchTextbook(name: string, file: string, options: Options): GameRow {
  const scenario = load(file);
  const { stats: timing, last } = measure(options, () => simulate(scenario, textbook, { seed: options.seed }), gameFingerprint);
  return {
    name,
    file,
    scenario: scenario.id,
    durationSeconds: scenario.duration,
    gameSeconds: last.time,
    endReason: last.endReason,
    steps: last.log.length,
    alerts: last.alerts.length,
    ...timing,
  };
}

interface StepsRow extends Stats {
  name: string;
  file: string;
  steps: number;
  gameSeconds: number;
  stepsPerSecond: number;
}

/**
 * The engine alone, no bot: the checkout drill to its end in 1-second clock advances, with an action
 * every tenth step (a chat message, a status update, an alert acknowledgement, in turn).
 */
function benchEngineSteps(file: string, options: Options): StepsRow {
  const scenario = load(file);
  const actionFor = (state: GameState, i: number): Action => {
    if (i % 10 !== 9) return { type: 'clock/advanced', seconds: 1 };
    const turn = (i / 10) % 3;
    if (turn < 1) return { type: 'message/posted', place: 'main', kind: 'chatter', text: `step ${i}: watching the graphs` };
    if (turn < 2) return { type: 'message/posted', place: 'stakeholders', kind: 'status', text: 'Investigating.', fields: { impact: 'some users', status: 'investigating', next: 1800 } };
    const firing = state.alerts.findIndex((a) => a.status === 'firing' && a.ackedAt === null);
    return firing >= 0 ? { type: 'alert/acknowledged', alert: firing } : { type: 'clock/advanced', seconds: 1 };
  };
  const play = () => {
    let state = createGame(scenario, { seed: options.seed });
    let steps = 0;
    while (state.phase === 'running') {
      const result = attempt(state, actionFor(state, steps));
      if (result.rejection) throw new Error(`engine bench: step ${steps} refused: ${result.rejection.message}`);
      state = result.state;
      steps += 1;
    }
    return { state, steps };
  };
  const { stats: timing, last } = measure(options, play, (r) => `${r.steps}/${gameFingerprint(r.state)}`);
  return { name: 'engine steps (no bot)', file, steps: last.steps, gameSeconds: last.state.time, stepsPerSecond: (last.steps / timing.medianMs) * 1000, ...timing };
}

function cpuInfo() {
  const cpus = os.cpus();
  return { count: os.availableParallelism?.() ?? cpus.length, model: cpus[0]?.model.trim() ?? 'unknown' };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const count = (value: number) => Math.round(value).toLocaleString('en-US');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const cpu = cpuInfo();
  const checkout = benchTextbook('textbook, 60m drill', CHECKOUT_FILE, options);
  const storm = benchTextbook('textbook, 60m alert storm', STORM_FILE, options);
  const engine = benchEngineSteps(CHECKOUT_FILE, options);
  const textbookStepsPerSecond = (storm.steps / storm.medianMs) * 1000;
  const target = { label: '60-minute storm run', medianMs: storm.medianMs, limitMs: TARGET_MS, met: storm.medianMs <= TARGET_MS };

  if (options.json) {
    const json = {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpu.count,
      cpuModel: cpu.model,
      warmup: options.warmup,
      warmupMinMs: WARMUP_MIN_MS,
      runs: options.runs,
      seed: options.seed,
      games: [checkout, storm],
      engine,
      textbookStormStepsPerSecond: textbookStepsPerSecond,
      stormAlerts: storm.alerts,
      target,
    };
    console.log(JSON.stringify(json, null, 2));
    return;
  }

  const game = (r: GameRow) => `${formatClock(r.gameSeconds)} of ${formatClock(r.durationSeconds)} (${r.endReason ?? 'running'})`;
  console.log(`Firedrill bench: node ${process.version}, ${cpu.count} CPUs (${cpu.model}), seed ${options.seed}`);
  console.log(`${options.runs} timed runs, after >= ${options.warmup} warm-ups (>= ${WARMUP_MIN_MS / 1000}s) each; quote medians (shared, noisy machine)`);
  console.log('');
  console.log(
    table([
      ['run', 'median', 'p90', 'min', 'game played', 'steps', 'alerts', 'file'],
      ...[checkout, storm].map((r) => [r.name, ms(r.medianMs), ms(r.p90Ms), ms(r.minMs), game(r), count(r.steps), count(r.alerts), r.file]),
      [engine.name, ms(engine.medianMs), ms(engine.p90Ms), ms(engine.minMs), `${formatClock(engine.gameSeconds)} in 1s steps`, count(engine.steps), '', engine.file],
    ]),
  );
  const enough = storm.alerts >= STORM_ALERTS_EXPECTED ? 'ok' : `TOO FEW, expected >= ${count(STORM_ALERTS_EXPECTED)}`;
  const facts: [string, string][] = [
    ['engine steps/s (no bot, median run)', count(engine.stepsPerSecond)],
    ['steps/s in the storm run (bot + engine)', count(textbookStepsPerSecond)],
    ['alerts in the storm run', `${count(storm.alerts)} (${enough})`],
    ['timed runs per row', String(options.runs)],
    ['CPUs', String(cpu.count)],
    ['target met', target.met ? 'yes' : 'NO'],
  ];
  console.log('');
  for (const [label, value] of facts) console.log(`${`${label}:`.padEnd(42)}${value}`);
  console.log(`${target.label}: ${target.medianMs.toFixed(1)} ms median (target <= ${TARGET_MS} ms)`);
}

main();
