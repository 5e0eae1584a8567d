// The authoring commands of the `drill` CLI: `lint` and `new`, through main(argv, io) with captured
// output, and once each as the real command.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drill, expectOneClearLine, linesOf, ROOT } from '../helpers/cli';
import { scenarioTemplate } from '../../src/scenario/template';

const SCENARIOS = join(ROOT, 'scenarios');

// Lint plays each file once with the textbook bot.
const PLAY_TIMEOUT = 60_000;

describe('drill lint', { timeout: PLAY_TIMEOUT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('exits 0 with no output for a clean file', () => {
    const file = write('clean.yaml', scenarioTemplate('clean'));
    expect(drill('lint', file)).toEqual({ code: 0, out: [], err: [] });
  });

  it('exits 1 with one file:line:col path message line per problem', () => {
    const source = scenarioTemplate('herring').replace('    contradicts: [traffic-spike]\n', '');
    const file = write('herring.yaml', source);
    const result = drill('lint', file);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([]);
    const line = source.split('\n').findIndex((l) => l === '    - id: traffic-spike') + 1;
    expect(linesOf(result.out)).toEqual([
      `${file}:${line}:11 truth.redHerrings[1].id red herring "traffic-spike" is never disproved: add it to the contradicts list of a clue that rules it out`,
    ]);
  });

  it('reports a textbook game over par', () => {
    const source = scenarioTemplate('tight-par').replace('  parMitigation: 15m', '  parMitigation: 2m');
    const file = write('tight-par.yaml', source);
    const result = drill('lint', file);
    expect(result.code).toBe(1);
    const line = source.split('\n').findIndex((l) => l === '  parMitigation: 2m') + 1;
    expect(linesOf(result.out)).toEqual([
      expect.stringMatching(
        new RegExp(`^${escape(file)}:${line}:18 truth\\.parMitigation the textbook bot \\(seed 1\\) mitigates \\S+ after the incident became visible, over par \\(2m\\); `),
      ),
    ]);
  });

  it('reports the parse errors of a file that does not parse, and lints the others', () => {
    const broken = write('broken.yaml', scenarioTemplate('broken').replace('users: 20000', 'users: many'));
    const clean = write('fine.yaml', scenarioTemplate('fine'));
    const result = drill('lint', broken, clean);
    expect(result.code).toBe(1);
    expect(linesOf(result.out)).toEqual([expect.stringMatching(new RegExp(`^${escape(broken)}:\\d+:8 users expected a number, got text "many"$`))]);
    const yaml = write('not-yaml.yaml', 'id: x\ntitle: "never closed\n');
    const bad = drill('lint', yaml);
    expect(bad.code).toBe(1);
    for (const line of linesOf(bad.out)) expect(line).toMatch(new RegExp(`^${escape(yaml)}:\\d+:\\d+ \\(yaml\\) invalid YAML: `));
  });

  it('lints every scenario in a folder', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.yaml'), scenarioTemplate('one'));
    writeFileSync(join(folder, 'two.yml'), scenarioTemplate('two').replace('  - id: backup-disk\n    kind: unrelated', '  - id: backup-disk\n    kind: flapping').replace('    kind: notification', '    kind: flapping'));
    writeFileSync(join(folder, 'notes.txt'), 'not a scenario');
    const result = drill('lint', folder);
    expect(result.code).toBe(1);
    expect(linesOf(result.out)).toEqual([expect.stringMatching(/two\.yml:\d+:1 noise noise of 2 kinds \(flapping, duplicate\); expected at least 3 kinds/)]);
  });

  it('lints the shipped scenarios clean', () => {
    const result = drill('lint', SCENARIOS);
    expect(result.err).toEqual([]);
    expect(result.out).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('says clearly what is wrong with the arguments', () => {
    expectOneClearLine(drill('lint'), /lint takes at least one file or folder/);
    expect(drill('lint').code).toBe(2);
    const missing = drill('lint', join(dir, 'nope.yaml'));
    expect(missing.code).toBe(1);
    expectOneClearLine(missing, /nope\.yaml: no such file or folder$/);
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    const none = drill('lint', empty);
    expect(none.code).toBe(1);
    expectOneClearLine(none, /no scenario files found/);
    expectOneClearLine(drill('lint', '--fix', SCENARIOS), /unknown option "--fix"/);
  });
});

describe('drill new', { timeout: PLAY_TIMEOUT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-new-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes <dir>/<id>.yaml from the template, says where, and the file lints clean', () => {
    const result = drill('new', 'cache-stampede', '--dir', dir);
    const file = join(dir, 'cache-stampede.yaml');
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    expect(result.out[0]).toBe(`Wrote ${file}: a small playable drill to rewrite into yours. Then check it with`);
    expect(result.out.join('\n')).toContain(`npm run --silent drill -- lint ${file}`);
    expect(result.out.join('\n')).toContain('docs/authoring-scenarios.md');
    expect(readFileSync(file, 'utf8')).toBe(scenarioTemplate('cache-stampede'));
    expect(drill('validate', file)).toEqual({ code: 0, out: [], err: [] });
    expect(drill('lint', file)).toEqual({ code: 0, out: [], err: [] });
  });

  it('refuses an id that is not lower-case words joined by dashes, and writes nothing', () => {
    for (const id of ['Cache', 'cache_stampede', 'cache--stampede', '-x', '../escape']) {
      const result = drill('new', id, '--dir', dir);
      expect(result.code, id).toBe(1);
      expectOneClearLine(result, /is not a scenario id: use lower-case letters, digits and single dashes, like "cache-stampede"$/);
      expect(existsSync(join(dir, `${id}.yaml`))).toBe(false);
    }
  });

  it('refuses to overwrite a file that exists, and leaves it as it was', () => {
    const file = join(dir, 'taken.yaml');
    writeFileSync(file, 'mine\n');
    const result = drill('new', 'taken', '--dir', dir);
    expect(result.code).toBe(1);
    expectOneClearLine(result, /taken\.yaml already exists; pick another id or edit that file$/);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });

  it('says clearly what is wrong with the arguments', () => {
    const none = drill('new');
    expect(none.code).toBe(2);
    expectOneClearLine(none, /new takes exactly one scenario id/);
    expect(drill('new', 'a', 'b', '--dir', dir).code).toBe(2);
    const noDir = drill('new', 'fine', '--dir', join(dir, 'missing'));
    expect(noDir.code).toBe(1);
    expectOneClearLine(noDir, /missing: no such folder$/);
    expectOneClearLine(drill('new', 'fine', '--dir'), /option "--dir" needs a value/);
  });

  it('is in the usage text, with lint', () => {
    const help = drill('help');
    expect(help.out.join('\n')).toContain('drill lint <file or folder>...');
    expect(help.out.join('\n')).toContain('drill new <id> [--dir <folder>]');
  });
});

describe('the real command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-real-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const npm = (...args: string[]) => {
    try {
      const stdout = execFileSync('npm', ['run', '--silent', 'drill', '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
      return { code: 0, stdout, stderr: '' };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('creates with new, then lints clean; refuses a second new with exit 1 and one line', () => {
    const created = npm('new', 'from-shell', '--dir', dir);
    expect(created.code).toBe(0);
    const file = join(dir, 'from-shell.yaml');
    expect(existsSync(file)).toBe(true);
    expect(npm('lint', file)).toEqual({ code: 0, stdout: '', stderr: '' });
    const again = npm('new', 'from-shell', '--dir', dir);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(`drill: ${file} already exists; pick another id or edit that file\n`);
  }, 120_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
