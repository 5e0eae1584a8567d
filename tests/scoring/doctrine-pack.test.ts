// The scorer reads its numbers from the doctrine pack: a team's pack changes the findings for the
// same play, a broken pack is refused with file:line:col and a path, and `drill run --doctrine`
// loads one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/drill';
import { DEFAULT_DOCTRINE, parseDoctrinePack, type DoctrinePack } from '../../src/doctrine/pack';
import { scoreGame } from '../../src/scoring';
import { cadenceRules } from '../../src/scoring/signal';
import { contextOf, penalties, play, sev, small, SMALL_FILE_PATH, update, withRule } from '../helpers/play';

const tenMinuteCadence: DoctrinePack = { ...DEFAULT_DOCTRINE, id: 'team', name: 'A team that updates every 10 minutes', signal: { ...DEFAULT_DOCTRINE.signal, cadenceMinutes: 10 } };

/** Updates at 3m and 7m after declaring SEV1 at 2m, then silence until 45m. */
const quietPlay = () => play(small(), [['2m', sev(1)], ['3m', update()], ['7m', update()]], { until: '45m' });

/** The 1-based line of the first line containing `needle`, and the 1-based column where it starts. */
function lineOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return { line: index + 1, column: lines[index]!.indexOf(needle) + 1 };
}

describe('a custom doctrine pack', () => {
  it('changes the cadence findings for the same play', () => {
    const state = quietPlay();
    const byDefault = penalties(withRule(cadenceRules(contextOf(state)), 'signal.cadence'));
    const byTeam = penalties(withRule(cadenceRules(contextOf(state, tenMinuteCadence)), 'signal.cadence'));
    expect(byDefault).toEqual([
      { dimension: 'signal', rule: 'signal.cadence', at: 420 + 1800, points: -15, message: 'No stakeholder update between 07:00 and 45:00: the cadence is every 30 minutes.' },
    ]);
    // 38 minutes of silence is three missed 10-minute updates, the first due at 17:00.
    expect(byTeam).toEqual([
      { dimension: 'signal', rule: 'signal.cadence', at: 420 + 600, points: -45, message: 'No stakeholder update between 07:00 and 45:00: the cadence is every 10 minutes.' },
    ]);
    expect(scoreGame(state, tenMinuteCadence).dimensions.signal).toBeLessThan(scoreGame(state, DEFAULT_DOCTRINE).dimensions.signal);
  });

  it('is the game\'s own pack when the game was created with it', () => {
    const state = play(small(), [['2m', sev(1)], ['3m', update()], ['7m', update()]], { until: '45m', doctrine: tenMinuteCadence });
    expect(state.doctrine).toBe(tenMinuteCadence);
    expect(scoreGame(state).findings.filter((f) => f.rule === 'signal.cadence').map((f) => f.message)).toContain(
      'No stakeholder update between 07:00 and 45:00: the cadence is every 10 minutes.',
    );
  });

  it('is read from YAML or JSON text', () => {
    const yaml = parseDoctrinePack(stringify(tenMinuteCadence), 'team.yaml');
    expect(yaml).toEqual({ ok: true, pack: tenMinuteCadence });
    const json = parseDoctrinePack(JSON.stringify(tenMinuteCadence, null, 2), 'team.json');
    expect(json).toEqual({ ok: true, pack: tenMinuteCadence });
  });
});

describe('an invalid doctrine pack', () => {
  const text = stringify(DEFAULT_DOCTRINE);

  it('is refused for a value of the wrong type, at the value', () => {
    const broken = text.replace('cadenceMinutes: 30', 'cadenceMinutes: often');
    const result = parseDoctrinePack(broken, 'team.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = lineOf(broken, 'often');
    expect(result.errors).toEqual([{ file: 'team.yaml', line: at.line, column: at.column, path: 'signal.cadenceMinutes', message: expect.stringMatching(/number/) }]);
  });

  it('is refused for a missing field, at the section that lacks it', () => {
    const broken = text.replace(/\n {2}cadenceMinutes: 30/, '');
    const result = parseDoctrinePack(broken, 'team.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'team.yaml', line: lineOf(broken, 'signal:').line, path: 'signal.cadenceMinutes' });
    expect(result.errors[0]!.message.length).toBeGreaterThan(0);
  });

  it('is refused when every weight is 0', () => {
    const zero = stringify({ ...DEFAULT_DOCTRINE, weights: { mitigation: 0, command: 0, escalation: 0, severity: 0, signal: 0, blastRadius: 0 } });
    const result = parseDoctrinePack(zero, 'team.yaml');
    expect(result).toEqual({ ok: false, errors: [{ file: 'team.yaml', line: lineOf(zero, 'weights:').line, column: 1, path: 'weights', message: 'expected at least one weight above 0' }] });
  });

  it('is refused, not thrown, when the text is not YAML at all', () => {
    const result = parseDoctrinePack('id: [', 'team.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ file: 'team.yaml', line: 1 });
  });
});

describe('drill run --doctrine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const cadenceMessages = (json: string): string[] =>
    (JSON.parse(json) as { findings: { rule: string; message: string }[] }).findings.filter((f) => f.rule === 'signal.cadence').map((f) => f.message);

  it('scores with the pack it is given', () => {
    const file = join(dir, 'team.yaml');
    writeFileSync(file, stringify(tenMinuteCadence));
    const team = run(['run', SMALL_FILE_PATH, '--bot', 'textbook', '--seed', '2', '--doctrine', file, '--json']);
    const standard = run(['run', SMALL_FILE_PATH, '--bot', 'textbook', '--seed', '2', '--json']);
    expect(team.code).toBe(0);
    expect(team.err).toBe('');
    expect(cadenceMessages(team.out).join('\n')).toContain('every 10 minutes');
    expect(cadenceMessages(standard.out).join('\n')).toContain('every 30 minutes');
  });

  it('prints file:line:col path message for a bad pack and exits 1', () => {
    const file = join(dir, 'broken.yaml');
    const broken = stringify(DEFAULT_DOCTRINE).replace('cadenceMinutes: 30', 'cadenceMinutes: often');
    writeFileSync(file, broken);
    const result = run(['run', SMALL_FILE_PATH, '--bot', 'textbook', '--doctrine', file, '--json']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    const at = lineOf(broken, 'often');
    const lines = result.err.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${at.line}:${at.column} signal\\.cadenceMinutes \\S.*$`));
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with one line when the pack file does not exist', () => {
    const result = run(['run', SMALL_FILE_PATH, '--doctrine', join(dir, 'missing.yaml')]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`drill: ${join(dir, 'missing.yaml')}: no such file`);
  });
});
