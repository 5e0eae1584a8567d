// The alert-storm fixture that `npm run bench` times: it must stay a valid 60-minute drill, and the
// textbook bot playing it must really face a 5,000-alert storm. Timings live in the bench only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/bots';
import { textbook } from '../../src/bots/textbook';
import { formatProblem, parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';

const FILE = 'tests/fixtures/bench/alert-storm.yaml';
const PATH = fileURLToPath(new URL(`../../${FILE}`, import.meta.url));
const STORM_ALERTS = 5_000;
// Whole games on a busy machine: generous, and not a performance check.
const GAME_TIMEOUT = 60_000;

const text = readFileSync(PATH, 'utf8');

function load(): Scenario {
  const result = parseScenario(text, FILE);
  if (!result.ok) throw new Error(`${FILE} does not parse:\n${result.errors.map(formatProblem).join('\n')}`);
  return result.scenario;
}

describe('the alert-storm bench fixture', () => {
  it('parses as a 60-minute drill with storm noise', () => {
    const scenario = load();
    expect(scenario.duration).toBe(3600);
    expect(scenario.noise.filter((n) => n.kind === 'storm').length).toBeGreaterThan(0);
  });

  it('points editors at the real scenario schema', () => {
    const schema = '../../../scenarios/scenario.schema.json';
    expect(text).toContain(`# yaml-language-server: $schema=${schema}`);
    expect(load().$schema).toBe(schema);
    expect(existsSync(fileURLToPath(new URL(schema, pathToFileURL(PATH))))).toBe(true);
  });

  it(
    'gives the textbook bot at least 5,000 alerts over the full hour',
    () => {
      const scenario = load();
      const state = simulate(scenario, textbook, { seed: 1 });
      expect(state.phase).toBe('ended');
      expect(state.time).toBe(scenario.duration);
      expect(state.alerts.length).toBeGreaterThanOrEqual(STORM_ALERTS);
      // The noise generators, not the threshold rules, make the storm.
      const noiseIds = new Set(scenario.noise.map((n) => n.id));
      expect(state.alerts.filter((a) => noiseIds.has(a.source)).length).toBeGreaterThanOrEqual(STORM_ALERTS);
      // A storm's alerts resolve when its window closes; none are left firing at the end.
      const storms = new Set(scenario.noise.filter((n) => n.kind === 'storm').map((n) => n.id));
      expect(state.alerts.filter((a) => storms.has(a.source) && a.status === 'firing')).toEqual([]);
    },
    GAME_TIMEOUT,
  );
});
