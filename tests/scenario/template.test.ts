// The template `drill new` writes: a commented, small, playable drill that validates and lints clean
// as written, for any id it accepts.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/cli/lint-play';
import { formatProblem, parseScenario } from '../../src/scenario/parse';
import { scenarioSchema } from '../../src/scenario/schema';
import { isScenarioId, scenarioTemplate, titleFromId } from '../../src/scenario/template';

// Each template lint plays a whole drill with the textbook bot.
const PLAY_TIMEOUT = 30_000;

describe('scenarioTemplate', () => {
  it('validates as written', () => {
    const result = parseScenario(scenarioTemplate('cache-stampede'), 'scenarios/cache-stampede.yaml');
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
  });

  it.each(['cache-stampede', 'a', 'dns-change-2021', 'x1-y2-z3'])('lints clean as written for the id "%s"', (id) => {
    const problems = lintSource(scenarioTemplate(id), `scenarios/${id}.yaml`);
    expect(problems.map(formatProblem)).toEqual([]);
  }, PLAY_TIMEOUT);

  it('puts the id and a title made from it in the file', () => {
    const data = parse(scenarioTemplate('cache-stampede')) as { id: string; title: string };
    expect(data.id).toBe('cache-stampede');
    expect(data.title).toBe('Cache stampede');
    expect(titleFromId('dns-change-2021')).toBe('Dns change 2021');
  });

  it('uses every section of the format, and explains each in a comment just above it', () => {
    const text = scenarioTemplate('cache-stampede');
    const lines = text.split('\n');
    const sections = Object.keys(scenarioSchema.shape);
    for (const section of sections) {
      // shift is optional and shown commented out; every other section is in the file.
      const at = lines.findIndex((l) => l.startsWith(`${section}:`) || l.startsWith(`# ${section}:`));
      expect(at, `section ${section}`).toBeGreaterThan(0);
      expect(lines[at - 1], `the line above ${section}`).toMatch(/^#/);
    }
    // The optional parts a new author should know about are shown, commented out.
    expect(text).toMatch(/^ {4}# locksOut: /m);
    expect(text).toMatch(/^# shift:$/m);
  });

  it('refuses an id that is not lower-case words joined by dashes', () => {
    expect(() => scenarioTemplate('Cache_Stampede')).toThrow('not a scenario id');
  });
});

describe('isScenarioId', () => {
  it.each(['cache-stampede', 'a', 'dns-2021', '2021-dns'])('accepts "%s"', (id) => expect(isScenarioId(id)).toBe(true));
  it.each(['', 'Cache', 'cache_stampede', '-cache', 'cache-', 'cache--stampede', 'cache stampede', '../evil', 'café', 'a'.repeat(65)])('refuses "%s"', (id) =>
    expect(isScenarioId(id)).toBe(false),
  );
});
