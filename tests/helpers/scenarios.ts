// Scenarios for tests: every file in scenarios/ parsed once (a file that does not parse fails the
// test run loudly, with file:line:col problems), and small scenarios built in a test from a minimal
// valid one plus overrides, parsed through the same door as the real files.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { formatProblem, parseScenario } from '../../src/scenario/parse';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** The scenario files, sorted by name (only *.yaml / *.yml). */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
}

let cache: Map<string, Scenario> | null = null;

/** Every scenario in scenarios/, keyed by its id; throws on the first file that does not parse. */
export function loadScenarios(): ReadonlyMap<string, Scenario> {
  if (cache) return cache;
  const loaded = new Map<string, Scenario>();
  for (const name of scenarioFiles()) {
    const file = `scenarios/${name}`;
    const result = parseScenario(readFileSync(`${SCENARIO_DIR}${name}`, 'utf8'), file);
    if (!result.ok) throw new Error(`${file} does not parse:\n${result.errors.map(formatProblem).join('\n')}`);
    if (loaded.has(result.scenario.id)) throw new Error(`${file}: scenario id "${result.scenario.id}" is used by two files`);
    loaded.set(result.scenario.id, result.scenario);
  }
  if (loaded.size === 0) throw new Error(`no scenarios found in ${SCENARIO_DIR}`);
  cache = loaded;
  return loaded;
}

/** All scenarios, in file order. */
export const allScenarios = (): Scenario[] => [...loadScenarios().values()];

export function loadScenario(id: string): Scenario {
  const scenario = loadScenarios().get(id);
  if (!scenario) throw new Error(`no scenario "${id}" in scenarios/ (have: ${[...loadScenarios().keys()].join(', ')})`);
  return scenario;
}

export const FIXTURE_DIR = fileURLToPath(new URL('../engine/fixtures/', import.meta.url));
const fixtures = new Map<string, Scenario>();

/** A scenario file frozen for the engine's unit tests (tests/engine/fixtures/<name>.yaml). */
export function loadFixture(name: string): Scenario {
  let scenario = fixtures.get(name);
  if (!scenario) {
    const file = `tests/engine/fixtures/${name}.yaml`;
    const result = parseScenario(readFileSync(`${FIXTURE_DIR}${name}.yaml`, 'utf8'), file);
    if (!result.ok) throw new Error(`${file} does not parse:\n${result.errors.map(formatProblem).join('\n')}`);
    scenario = result.scenario;
    fixtures.set(name, scenario);
  }
  return scenario;
}

/**
 * The checkout bad-deploy drill as the unit tests know it: Maya (checkout on-call, answers in 2m,
 * escalates to Dev), Arjun (present), Lena, Dev, Sam (support, present), Priya (VP), Tom (bystander);
 * the serializer fault from 1m over 2m; rollback-checkout (3m) works, scale-checkout fails,
 * flag-network-tokens leaves half, restart-checkout-all backfires into db-connection-churn.
 */
export const checkout = (): Scenario => loadFixture('checkout-bad-deploy');

/**
 * The smallest useful scenario: one user-facing service `api` whose bad deploy (`api-bug`) starts at
 * 1m and is fixed by `rollback-api` (2m delay); one responder `ana` on a pager. No alerts, no noise.
 */
export const MINIMAL_SCENARIO = {
  schemaVersion: 1,
  id: 'test-drill',
  title: 'A drill built in a test',
  summary: 'One service, one fault, one mitigation.',
  difficulty: 'intro',
  duration: '60m',
  references: [{ title: 'Google SRE book, chapter 14: Managing Incidents', url: 'https://sre.google/sre-book/managing-incidents/' }],
  briefing: { role: 'You are on call.', timeOfDay: '10:00', situation: 'Your pager went off.' },
  users: 1200,
  services: [{ id: 'api', name: 'API', team: 'core', userFacing: 1, dependsOn: [], baseline: { rps: 100, errorRate: 0.001, p99: 100, saturation: 0.3 } }],
  faults: [{ id: 'api-bug', kind: 'bad-deploy', service: 'api', description: 'A bad deploy.', onset: '1m', ramp: '1m', effect: { errorRate: 0.5 } }],
  mitigations: [{ id: 'rollback-api', kind: 'rollback', service: 'api', label: 'Roll back the API', delay: '2m', fixes: ['api-bug'] }],
  people: [{ id: 'ana', name: 'Ana Lima', handle: 'ana', role: 'responder', title: 'API on-call', team: 'core', behaviour: { ackDelay: '1m', workDelay: '1m' } }],
  truth: {
    rootCause: { id: 'bad-release', text: 'The release broke the API.' },
    severity: [{ at: 0, level: 2 }],
    severityAfterMitigation: 4,
    mitigations: ['rollback-api'],
    parMitigation: '10m',
  },
} satisfies ScenarioInput;

export type ScenarioOverrides = Partial<ScenarioInput>;

/**
 * MINIMAL_SCENARIO with top-level sections replaced (new mitigations also become the truth's right
 * one, unless the truth is given), written out as YAML and parsed with
 * parseScenario, so defaults and cross-reference checks apply as for a real file. Throws on problems.
 */
export function makeScenario(overrides: ScenarioOverrides = {}): Scenario {
  const input = { ...MINIMAL_SCENARIO, ...overrides };
  // New mitigations without a new truth: the first of them is the right one.
  if (overrides.mitigations && !overrides.truth && overrides.mitigations[0]) {
    input.truth = { ...MINIMAL_SCENARIO.truth, mitigations: [overrides.mitigations[0].id] };
  }
  const result = parseScenario(stringify(input), 'test-scenario.yaml');
  if (!result.ok) throw new Error(`test scenario does not parse:\n${result.errors.map(formatProblem).join('\n')}`);
  return result.scenario;
}
