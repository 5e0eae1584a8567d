// The `drill` command: play scenarios with bots, validate scenario files, list bots.
// Every failure is one clear line on stderr and a non-zero exit, never a stack trace.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOTS, botByName, simulate } from '../bots';
import { DEFAULT_DOCTRINE, parseDoctrinePack, type DoctrinePack } from '../doctrine/pack';
import { exportReplay, formatClock, nameOf, type GameState } from '../engine';
import { parseScenario, formatProblem, type ScenarioProblem } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { scoreGame, type ScoreReport } from '../scoring';
import { buildDebrief, debriefMarkdown } from '../scoring/debrief';
import { isScenarioId, scenarioTemplate } from '../scenario/template';
import { lintSource } from './lint-play';

const USAGE = `Usage:
  drill run <scenario.yaml> --bot <name> [--seed <n>] [--doctrine <pack.yaml>] [--json | --markdown]
  drill validate <file or folder>...
  drill lint <file or folder>...
  drill new <id> [--dir <folder>]
  drill bots`;

class UsageError extends Error {}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs the CLI and returns the exit code (kept separate from process for tests). */
export function main(argv: string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'run':
        return run(rest, io);
      case 'validate':
        return validate(rest, io);
      case 'lint':
        return lint(rest, io);
      case 'new':
        return newScenario(rest, io);
      case 'bots':
        for (const bot of BOTS) io.out(`${bot.name}\t${bot.description}`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`drill: ${error.message} (run "drill help" for usage)`);
      return 2;
    }
    io.err(`drill: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function parseFlags(args: string[], known: Record<string, 'value' | 'switch'>): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const kind = known[name];
    if (!kind) throw new UsageError(`unknown option "${arg}"`);
    if (kind === 'switch') flags[name] = true;
    else {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`option "${arg}" needs a value`);
      flags[name] = value;
    }
  }
  return { positional, flags };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a folder, expected a file` : `${file}: cannot be read (${code ?? 'error'})`);
  }
}

export function loadScenario(file: string): { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioProblem[] } {
  return parseScenario(readText(file), file);
}

function loadDoctrine(file: string | undefined): DoctrinePack | ScenarioProblem[] {
  if (file === undefined) return DEFAULT_DOCTRINE;
  const result = parseDoctrinePack(readText(file), file);
  return result.ok ? result.pack : result.errors;
}

function run(args: string[], io: Io): number {
  const { positional, flags } = parseFlags(args, { bot: 'value', seed: 'value', doctrine: 'value', json: 'switch', markdown: 'switch' });
  if (positional.length !== 1) throw new UsageError('run takes exactly one scenario file');
  const botName = typeof flags.bot === 'string' ? flags.bot : 'textbook';
  const bot = botByName(botName);
  if (!bot) throw new UsageError(`unknown bot "${botName}" (try: ${BOTS.map((b) => b.name).join(', ')})`);
  const seedText = typeof flags.seed === 'string' ? flags.seed : '1';
  if (!/^-?\d+$/.test(seedText)) throw new UsageError(`--seed expects a whole number, got "${seedText}"`);
  const seed = Number(seedText);
  const loaded = loadScenario(positional[0]!);
  if (!loaded.ok) {
    for (const problem of loaded.errors) io.err(formatProblem(problem));
    return 1;
  }
  const doctrine = loadDoctrine(typeof flags.doctrine === 'string' ? flags.doctrine : undefined);
  if (Array.isArray(doctrine)) {
    for (const problem of doctrine) io.err(formatProblem(problem));
    return 1;
  }
  const state = simulate(loaded.scenario, bot, { seed, doctrine });
  const score = scoreGame(state, doctrine);
  if (flags.json) io.out(JSON.stringify(runSummary(state, bot.name, score)));
  else if (flags.markdown) io.out(debriefMarkdown(buildDebrief(state, score, { ghost: simulate(loaded.scenario, botByName('textbook')!, { seed, doctrine }) })));
  else io.out(readableRun(state, bot.name, score));
  return 0;
}

/** The JSON interface of `drill run --json`. */
export function runSummary(state: GameState, bot: string, score: ScoreReport) {
  return {
    scenario: state.scenario.id,
    seed: state.seed,
    bot,
    outcome: {
      resolved: state.endReason === 'resolved',
      mitigatedAt: state.mitigatedAt,
      userMinutesLost: Math.round(state.userMinutesLost),
    },
    score: { total: score.total, dimensions: score.dimensions },
    findings: score.findings.map((f) => ({ dimension: f.dimension, rule: f.rule, at: f.at, points: f.points, message: f.message })),
    logHash: exportReplay(state).logHash,
  };
}

function readableRun(state: GameState, bot: string, score: ScoreReport): string {
  const lines: string[] = [];
  lines.push(`${state.scenario.title} (${state.scenario.id}), seed ${state.seed}, played by the ${bot} bot`);
  lines.push('');
  for (const m of state.messages) {
    const where = m.place === 'main' ? '' : ` [${m.place}]`;
    lines.push(`${formatClock(m.at)}${where} ${nameOf({ scenario: state.scenario, s: state }, m.from)}: ${m.text}`);
  }
  lines.push('');
  const mitigated = state.mitigatedAt === null ? 'never mitigated' : `mitigated at ${formatClock(state.mitigatedAt)}`;
  lines.push(`Outcome: ${state.endReason === 'resolved' ? 'resolved' : 'not resolved'}, ${mitigated}, ${Math.round(state.userMinutesLost).toLocaleString('en-US')} user-minutes lost`);
  lines.push(`Score: ${score.total}/100  ${Object.entries(score.dimensions).map(([d, v]) => `${d} ${v}`).join(' · ')}`);
  lines.push('');
  for (const f of score.findings) lines.push(`${formatClock(f.at)} ${f.points >= 0 ? ' kept ' : String(f.points).padStart(6)} ${f.rule}: ${f.message}`);
  return lines.join('\n');
}

function scenarioFiles(target: string): string[] {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    throw new Error(`${target}: no such file or folder`);
  }
  if (!stats.isDirectory()) return [target];
  return readdirSync(target)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(target, name));
}

function validate(args: string[], io: Io): number {
  const { positional } = parseFlags(args, {});
  if (positional.length === 0) throw new UsageError('validate takes at least one file or folder');
  let failed = false;
  let count = 0;
  for (const target of positional) {
    for (const file of scenarioFiles(target)) {
      count++;
      const result = loadScenario(file);
      if (!result.ok) {
        failed = true;
        for (const problem of result.errors) io.out(formatProblem(problem));
      }
    }
  }
  if (count === 0) {
    io.err('drill: no scenario files found');
    return 1;
  }
  return failed ? 1 : 0;
}

/** Authoring checks on top of validate: parse errors, or every lint problem; exit 1 on any. */
function lint(args: string[], io: Io): number {
  const { positional } = parseFlags(args, {});
  if (positional.length === 0) throw new UsageError('lint takes at least one file or folder');
  let failed = false;
  let count = 0;
  for (const target of positional) {
    for (const file of scenarioFiles(target)) {
      count++;
      const problems = lintSource(readText(file), file);
      if (problems.length > 0) failed = true;
      for (const problem of problems) io.out(formatProblem(problem));
    }
  }
  if (count === 0) {
    io.err('drill: no scenario files found');
    return 1;
  }
  return failed ? 1 : 0;
}

/** Writes a commented template for a new scenario: <dir>/<id>.yaml (dir defaults to scenarios). */
function newScenario(args: string[], io: Io): number {
  const { positional, flags } = parseFlags(args, { dir: 'value' });
  if (positional.length !== 1) throw new UsageError('new takes exactly one scenario id, like "cache-stampede"');
  const id = positional[0]!;
  if (!isScenarioId(id)) throw new Error(`"${id}" is not a scenario id: use lower-case letters, digits and single dashes, like "cache-stampede"`);
  const dir = typeof flags.dir === 'string' ? flags.dir : 'scenarios';
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new Error(`${dir}: no such folder`);
  const file = join(dir, `${id}.yaml`);
  try {
    // 'wx': never overwrite, even if the file appears between a check and the write.
    writeFileSync(file, scenarioTemplate(id), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Error(`${file} already exists; pick another id or edit that file`);
    throw new Error(`${file}: cannot be written (${code ?? 'error'})`);
  }
  io.out(`Wrote ${file}: a small playable drill to rewrite into yours. Then check it with`);
  io.out(`  npm run --silent drill -- lint ${file}`);
  io.out(`  npm run --silent drill -- run ${file} --bot textbook`);
  io.out('See docs/authoring-scenarios.md for a walk-through.');
  return 0;
}

const isEntry = process.argv[1] !== undefined && /drill\.ts$/.test(process.argv[1]);
if (isEntry) {
  // Piping into `head` closes stdout early: stop quietly instead of printing a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const code = main(process.argv.slice(2), { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) });
  process.exitCode = code;
}
