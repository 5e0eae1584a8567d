// The `drill` CLI: main(argv, io) with captured output, and once as the real command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drill, expectOneClearLine, linesOf, ROOT, type Captured } from '../helpers/cli';
import { DIMENSIONS } from '../../src/doctrine/pack';
import { SMALL_FILE_PATH } from '../helpers/play';

const CHECKOUT = join(ROOT, 'scenarios/checkout-bad-deploy.yaml');
const MALFORMED = join(ROOT, 'tests/fixtures/malformed');

const PROBLEM_LINE = /^(.+):(\d+):(\d+) (\S+) (.+)$/;

// Each run plays a whole drill (a --markdown run plays two): allow for a busy machine.
const RUN_TIMEOUT = 30_000;

describe('drill run --json', { timeout: RUN_TIMEOUT }, () => {
  let first: Captured = { code: -1, out: [], err: [] };
  beforeAll(() => {
    first = drill('run', CHECKOUT, '--bot', 'textbook', '--seed', '3', '--json');
  }, RUN_TIMEOUT);

  it('prints exactly one JSON object with the documented keys', () => {
    expect(first.code).toBe(0);
    expect(first.err).toEqual([]);
    expect(first.out).toHaveLength(1);
    expect(first.out[0]!.includes('\n')).toBe(false);
    const summary = JSON.parse(first.out[0]!) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['scenario', 'seed', 'bot', 'outcome', 'score', 'findings', 'logHash']);
    expect(summary).toMatchObject({ scenario: 'checkout-bad-deploy', seed: 3, bot: 'textbook' });
    expect(summary.logHash).toEqual(expect.any(String));

    const outcome = summary.outcome as Record<string, unknown>;
    expect(Object.keys(outcome)).toEqual(['resolved', 'mitigatedAt', 'userMinutesLost']);
    expect(outcome.resolved).toBe(true);
    expect(outcome.mitigatedAt).toEqual(expect.any(Number));
    expect(Number.isInteger(outcome.userMinutesLost)).toBe(true);

    const score = summary.score as { total: number; dimensions: Record<string, number> };
    expect(Object.keys(score)).toEqual(['total', 'dimensions']);
    expect(Object.keys(score.dimensions).sort()).toEqual([...DIMENSIONS].sort());
    expect(score.total).toBeGreaterThanOrEqual(85);

    const findings = summary.findings as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(['dimension', 'rule', 'at', 'points', 'message']);
      expect(DIMENSIONS).toContain(f.dimension);
      expect(f.rule).toMatch(/^[a-z]+\.[a-z_]+$/);
      expect(f.at).toEqual(expect.any(Number));
      expect(f.points).toEqual(expect.any(Number));
      expect(f.message).toEqual(expect.any(String));
    }
  });

  it('prints byte-identical output for the same seed', () => {
    const second = drill('run', CHECKOUT, '--bot', 'textbook', '--seed', '3', '--json');
    expect(second.out).toEqual(first.out);
    expect(second.code).toBe(0);
  });

  it('plays a different game for a different seed', () => {
    const other = drill('run', CHECKOUT, '--bot', 'random', '--seed', '4', '--json');
    const again = drill('run', CHECKOUT, '--bot', 'random', '--seed', '5', '--json');
    expect(JSON.parse(other.out[0]!).logHash).not.toBe(JSON.parse(again.out[0]!).logHash);
  });
});

describe('drill run, other outputs', { timeout: RUN_TIMEOUT }, () => {
  it('prints the postmortem with --markdown', () => {
    const result = drill('run', CHECKOUT, '--bot', 'hero', '--seed', '2', '--markdown');
    expect(result.code).toBe(0);
    const md = result.out.join('\n');
    expect(md.startsWith('# Postmortem (drill): The Friday afternoon checkout deploy')).toBe(true);
    for (const section of ['## Summary', '## Impact', '## Timeline', '## What went well', '## What went wrong', '## Action items']) expect(md).toContain(`\n${section}\n`);
    expect(md).toContain('a by-the-book response on the same seed scores');
    expect(md).toContain('`mitigation.first`');
  });

  it('prints a readable timeline, outcome, score and findings by default', () => {
    const result = drill('run', SMALL_FILE_PATH, '--bot', 'textbook');
    expect(result.code).toBe(0);
    const lines = linesOf(result.out);
    expect(lines[0]).toBe('The small shop drill (scoring-small), seed 1, played by the textbook bot');
    const timeline = lines.filter((l) => /^\d\d:\d\d( \[\w+\])? [^:]+: /.test(l));
    expect(timeline.length).toBeGreaterThan(10);
    expect(lines).toContain('01:15 You: I am the incident commander.');
    expect(lines.some((l) => /^Outcome: resolved, mitigated at \d\d:\d\d, [\d,]+ user-minutes lost$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Score: \d+\/100 {2}mitigation \d+ · command \d+ · escalation \d+ · severity \d+ · signal \d+ · blastRadius \d+$/.test(l))).toBe(true);
    expect(lines.some((l) => /^\d\d:\d\d {2}kept {2}command\.claim: /.test(l))).toBe(true);
  });
});

describe('drill validate', { timeout: RUN_TIMEOUT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 for the shipped scenarios', () => {
    const result = drill('validate', join(ROOT, 'scenarios'));
    expect(result).toEqual({ code: 0, out: [], err: [] });
    expect(drill('validate', join(ROOT, 'scenarios'), SMALL_FILE_PATH).code).toBe(0);
  });

  it('exits 1 with file:line:col path message for a malformed file', () => {
    const file = join(dir, 'wrong-type.yaml');
    const source = readFileSync(SMALL_FILE_PATH, 'utf8').replace('users: 10000', 'users: ten thousand');
    writeFileSync(file, source);
    const result = drill('validate', file);
    expect(result.code).toBe(1);
    const line = source.split('\n').findIndex((l) => l.startsWith('users:')) + 1;
    expect(linesOf(result.out)).toEqual([`${file}:${line}:8 users expected a number, got text "ten thousand"`]);
  });

  it('exits 1 with a located line for YAML that does not parse', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'id: scoring-small\ntitle: "never closed\nsummary: x\n');
    const result = drill('validate', file);
    expect(result.code).toBe(1);
    for (const line of linesOf(result.out)) expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ \\(yaml\\) invalid YAML: `));
  });

  it('reports every file of the malformed corpus as file:line:col lines, with no stack trace', () => {
    const files = readdirSync(MALFORMED).filter((n) => n.endsWith('.yaml'));
    const result = drill('validate', MALFORMED);
    expect(result.code).toBe(1);
    const lines = linesOf(result.out);
    for (const line of lines) expect(line).toMatch(PROBLEM_LINE);
    expect(lines.join('\n')).not.toMatch(/^\s+at /m);
    const reported = new Set(lines.map((l) => PROBLEM_LINE.exec(l)![1]));
    expect(reported).toEqual(new Set(files.map((n) => join(MALFORMED, n))));
  });

  it('exits 1 with one line when the file or folder does not exist', () => {
    const result = drill('validate', join(dir, 'nope.yaml'));
    expect(result.code).toBe(1);
    expectOneClearLine(result, /nope\.yaml: no such file or folder$/);
  });
});

describe('drill errors', { timeout: RUN_TIMEOUT }, () => {
  it('refuses an unknown bot', () => {
    const result = drill('run', CHECKOUT, '--bot', 'superhero');
    expect(result.code).toBe(2);
    expectOneClearLine(result, /unknown bot "superhero" \(try: textbook, hero, /);
  });

  it('refuses an unknown option', () => {
    const result = drill('run', CHECKOUT, '--fast');
    expect(result.code).toBe(2);
    expectOneClearLine(result, /unknown option "--fast"/);
  });

  it('refuses an option without its value', () => {
    const result = drill('run', CHECKOUT, '--seed');
    expect(result.code).toBe(2);
    expectOneClearLine(result, /option "--seed" needs a value/);
  });

  it('refuses a seed that is not a whole number', () => {
    for (const seed of ['abc', '1.5', '3x']) {
      const result = drill('run', CHECKOUT, '--seed', seed);
      expect(result.code, seed).toBe(2);
      expectOneClearLine(result, new RegExp(`--seed expects a whole number, got "${seed.replace('.', '\\.')}"`));
    }
  });

  it('refuses a missing scenario file', () => {
    const result = drill('run', 'no/such/scenario.yaml', '--bot', 'textbook');
    expect(result.code).toBe(1);
    expectOneClearLine(result, /^drill: no\/such\/scenario\.yaml: no such file$/);
  });

  it('refuses a folder where a scenario file is expected', () => {
    const result = drill('run', join(ROOT, 'scenarios'));
    expect(result.code).toBe(1);
    expectOneClearLine(result, /is a folder, expected a file$/);
  });

  it('refuses an unknown command, and run without a file', () => {
    const unknown = drill('play', CHECKOUT);
    expect(unknown.code).toBe(2);
    expectOneClearLine(unknown, /unknown command "play"/);
    const noFile = drill('run', '--bot', 'textbook');
    expect(noFile.code).toBe(2);
    expectOneClearLine(noFile, /run takes exactly one scenario file/);
  });

  it('prints the usage for help, and exits 2 without a command', () => {
    const help = drill('help');
    expect(help.code).toBe(0);
    expect(help.out.join('\n')).toMatch(/^Usage:\n {2}drill run /);
    expect(drill().code).toBe(2);
  });
});

describe('drill bots', () => {
  it('lists every bot, one per line', () => {
    const result = drill('bots');
    expect(result.code).toBe(0);
    const lines = linesOf(result.out);
    const names = lines.map((l) => l.split('\t')[0]);
    for (const name of ['textbook', 'hero', 'lone-wolf', 'panic', 'chatterbox', 'under-classifier', 'cowboy', 'random']) expect(names).toContain(name);
    expect(new Set(names).size).toBe(lines.length);
    for (const line of lines) expect(line).toMatch(/^[a-z-]+\t\S.+$/);
  });
});

describe('the real command', () => {
  it('runs through npm and prints the same JSON as main()', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'drill', '--', 'run', 'scenarios/checkout-bad-deploy.yaml', '--bot', 'textbook', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const summary = JSON.parse(stdout) as { scenario: string; bot: string; seed: number; score: { total: number } };
    expect(summary).toMatchObject({ scenario: 'checkout-bad-deploy', bot: 'textbook', seed: 1 });
    expect(summary.score.total).toBeGreaterThanOrEqual(85);
    const inProcess = drill('run', CHECKOUT, '--bot', 'textbook', '--json');
    expect(stdout).toBe(`${inProcess.out[0]}\n`);
  }, 120_000);
});
