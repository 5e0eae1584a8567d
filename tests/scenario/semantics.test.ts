import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema';
import { checkScenario } from '../../src/scenario/semantics';
import { formatPath } from '../../src/scenario/yaml-source';

// A small scenario that uses every section the semantic checks look at. Each case below breaks one
// rule in a copy of it (times are in seconds once parsed) and says which problems must come back.
const BASE: ScenarioInput = {
  schemaVersion: 1,
  id: 'semantics-base',
  title: 'Semantic checks',
  summary: 'Uses every cross-reference.',
  difficulty: 'standard',
  duration: '30m',
  references: [{ title: 'SRE book', url: 'https://sre.google/sre-book/managing-incidents/' }],
  briefing: { role: 'On call', timeOfDay: '10:00', situation: 'Paged.' },
  users: 500,
  services: [
    { id: 'web', name: 'Web', team: 'front', userFacing: 1, dependsOn: [{ service: 'api', weight: 0.5 }], baseline: { rps: 10, errorRate: 0, p99: 100, saturation: 0.1 } },
    { id: 'api', name: 'API', team: 'back', dependsOn: ['db'], baseline: { rps: 10, errorRate: 0, p99: 100, saturation: 0.1 } },
    { id: 'db', name: 'DB', team: 'data', baseline: { rps: 10, errorRate: 0, p99: 10, saturation: 0.1 } },
  ],
  faults: [
    { id: 'bad-release', kind: 'bad-deploy', service: 'api', description: 'Broken release.', onset: '1m', effect: { errorRate: 0.5 } },
    { id: 'pool-storm', kind: 'resource-exhaustion', service: 'db', description: 'Restart storm.', effect: { saturation: 1 } },
  ],
  alerts: [
    { id: 'api-errors', alertname: 'ApiErrors', service: 'api', metric: 'errorRate', above: 0.05, severity: 'critical', summary: 'API errors', truth: 'cause' },
  ],
  noise: [{ id: 'flap', kind: 'flapping', alertname: 'DiskFull', service: 'db', severity: 'warning', summary: 'Disk', from: '2m', until: '20m', every: '5m' }],
  people: [
    { id: 'ana', name: 'Ana', handle: 'ana', role: 'responder', title: 'API on-call', team: 'back', escalatesTo: 'ben' },
    { id: 'ben', name: 'Ben', handle: 'ben', role: 'manager', title: 'Manager', team: 'back' },
  ],
  timeline: [
    { at: '5m', type: 'message', from: 'ben', text: 'Is the API down?' },
    { when: { kind: 'mitigation-applied', mitigation: 'restart-all' }, type: 'fault', fault: 'pool-storm' },
    { when: { kind: 'person-paged', person: 'ana' }, type: 'alert', alertname: 'Paged', service: 'api', severity: 'info', summary: 'Paged', truth: 'notification-only' },
    { at: '10m', type: 'metric-shift', service: 'web', baseline: { rps: 20 } },
  ],
  clues: [
    { id: 'deploys', source: 'deploys', service: 'api', text: 'A release went out.', from: '1m', supports: ['release-bug', 'rollback'], contradicts: ['db-overload'] },
  ],
  mitigations: [
    { id: 'rollback', kind: 'rollback', service: 'api', label: 'Roll back', fixes: ['bad-release'] },
    { id: 'restart-all', kind: 'restart-all', service: 'api', label: 'Restart all', outcome: 'backfires', triggers: 'pool-storm' },
  ],
  repair: { service: 'api', fixes: ['bad-release'] },
  truth: {
    rootCause: { id: 'release-bug', text: 'The release.' },
    severity: [{ at: '0s', level: 2 }],
    severityAfterMitigation: 4,
    mitigations: ['rollback'],
    redHerrings: [{ id: 'db-overload', text: 'The database is overloaded.' }],
    parMitigation: '10m',
  },
  escalation: [{ person: 'ben', earliest: '5m', latest: '20m', why: 'Manager for an outage.' }],
};

const base = (): Scenario => scenarioSchema.parse(structuredClone(BASE));

/** The problems checkScenario finds in a changed copy of BASE, as "path: message". */
function problemsAfter(change: (s: Scenario) => void): string[] {
  const scenario = base();
  change(scenario);
  return checkScenario(scenario).map((p) => `${formatPath(p.path)}: ${p.message}`);
}

describe('checkScenario', () => {
  it('finds nothing wrong in the base scenario', () => {
    expect(checkScenario(base())).toEqual([]);
  });

  describe('breaks', () => {
    const cases: [string, (s: Scenario) => void, string[]][] = [
      // ids
      ['duplicate service id', (s) => void s.services.push({ ...s.services[2]! }), ['services[3].id: duplicate id "db" (first used at services[2])']],
      ['duplicate fault id', (s) => void s.faults.push({ ...s.faults[1]! }), ['faults[2].id: duplicate id "pool-storm" (first used at faults[1])']],
      ['duplicate person (id and handle)', (s) => void s.people.push({ ...s.people[1]! }), [
        'people[2].id: duplicate id "ben" (first used at people[1])',
        'people[2].handle: duplicate handle "ben" (first used at people[1])',
      ]],
      ['duplicate handle', (s) => void (s.people[1]!.handle = 'ana'), ['people[1].handle: duplicate handle "ana" (first used at people[0])']],
      ['duplicate mitigation id', (s) => void s.mitigations.push({ ...s.mitigations[0]! }), ['mitigations[2].id: duplicate id "rollback" (first used at mitigations[0])']],
      ['duplicate clue id', (s) => void s.clues.push({ ...s.clues[0]! }), ['clues[1].id: duplicate id "deploys" (first used at clues[0])']],
      ['duplicate alert id', (s) => void s.alerts.push({ ...s.alerts[0]! }), ['alerts[1].id: duplicate id "api-errors" (first used at alerts[0])']],
      ['duplicate noise id', (s) => void s.noise.push({ ...s.noise[0]! }), ['noise[1].id: duplicate id "flap" (first used at noise[0])']],
      // services
      ['dependency on an unknown service', (s) => void (s.services[1]!.dependsOn = ['dbb']), ['services[1].dependsOn[0]: unknown service "dbb" (did you mean "db"?)']],
      ['weighted dependency on an unknown service', (s) => void (s.services[0]!.dependsOn = [{ service: 'nope', weight: 1 }]), ['services[0].dependsOn[0]: unknown service "nope"']],
      ['service depending on itself', (s) => void s.services[2]!.dependsOn.push('db'), ['services[2].dependsOn[0]: a service cannot depend on itself']],
      ['dependency cycle', (s) => void s.services[2]!.dependsOn.push({ service: 'web', weight: 1 }), ['services[2].dependsOn[0]: dependencies form a cycle: web -> api -> db -> web']],
      ['no user-facing service', (s) => void delete s.services[0]!.userFacing, ['services: expected at least one service with userFacing (the share of users who need it)']],
      // faults, alerts, noise
      ['fault on an unknown service', (s) => void (s.faults[0]!.service = 'apu'), ['faults[0].service: unknown service "apu" (did you mean "api"?)']],
      ['fault onset after the end', (s) => void (s.faults[0]!.onset = 1801), ['faults[0].onset: 30m1s is after the end of the drill (30m)']],
      ['alert on an unknown service', (s) => void (s.alerts[0]!.service = 'cache'), ['alerts[0].service: unknown service "cache"']],
      ['alert without a threshold', (s) => void delete s.alerts[0]!.above, ['alerts[0]: expected a threshold: above or below']],
      ['noise on an unknown service', (s) => void (s.noise[0]!.service = 'dbs'), ['noise[0].service: unknown service "dbs" (did you mean "db"?)']],
      ['noise starting after the end', (s) => void Object.assign(s.noise[0]!, { from: 2400, until: 2500 }), ['noise[0].from: 40m is after the end of the drill (30m)']],
      ['noise ending before it starts', (s) => void (s.noise[0]!.until = 60), ['noise[0].until: ends before it starts (until is before from)']],
      ['noise with no gap between bursts', (s) => void (s.noise[0]!.every = 0), ['noise[0].every: expected a gap of at least 1s between bursts']],
      // people
      ['escalation to an unknown person', (s) => void (s.people[0]!.escalatesTo = 'bob'), ['people[0].escalatesTo: unknown person "bob"']],
      ['escalation to oneself', (s) => void (s.people[0]!.escalatesTo = 'ana'), ['people[0].escalatesTo: a person cannot escalate to themselves']],
      // timeline
      ['inject with neither at nor when', (s) => void delete s.timeline[0]!.at, ['timeline[0]: expected "at" (a time) or "when" (a condition)']],
      ['inject with both at and when', (s) => void (s.timeline[0]!.when = { kind: 'no-commander', for: 0 }), ['timeline[0]: expected either "at" or "when", not both']],
      ['inject after the end', (s) => void (s.timeline[3]!.at = 3600), ['timeline[3].at: 1h is after the end of the drill (30m)']],
      ['mitigation-applied without its mitigation', (s) => void delete s.timeline[1]!.when!.mitigation, ['timeline[1].when: a mitigation-applied condition names its mitigation']],
      ['mitigation-applied with an unknown mitigation', (s) => void (s.timeline[1]!.when!.mitigation = 'restart'), ['timeline[1].when.mitigation: unknown mitigation "restart"']],
      ['person-paged without its person', (s) => void delete s.timeline[2]!.when!.person, ['timeline[2].when: a person-paged condition names its person']],
      ['person-paged with an unknown person', (s) => void (s.timeline[2]!.when!.person = 'anna'), ['timeline[2].when.person: unknown person "anna" (did you mean "ana"?)']],
      ['message from an unknown person', (s) => void Object.assign(s.timeline[0]!, { from: 'boss' }), ['timeline[0].from: unknown person "boss"']],
      ['fault inject of an unknown fault', (s) => void Object.assign(s.timeline[1]!, { fault: 'pool' }), ['timeline[1].fault: unknown fault "pool"']],
      ['alert inject on an unknown service', (s) => void Object.assign(s.timeline[2]!, { service: 'apis' }), ['timeline[2].service: unknown service "apis" (did you mean "api"?)']],
      ['metric shift on an unknown service', (s) => void Object.assign(s.timeline[3]!, { service: 'www' }), ['timeline[3].service: unknown service "www"']],
      // clues
      ['clue on an unknown service', (s) => void (s.clues[0]!.service = 'ap'), ['clues[0].service: unknown service "ap" (did you mean "api"?)']],
      ['clue showing after the end', (s) => void (s.clues[0]!.from = 1860), ['clues[0].from: 31m is after the end of the drill (30m)']],
      ['clue supporting an unknown conclusion', (s) => void s.clues[0]!.supports.push('db-overload'), ['clues[0].supports[2]: unknown conclusion "db-overload" (expected the root cause id or a mitigation id)']],
      ['clue contradicting an unknown red herring', (s) => void s.clues[0]!.contradicts.push('release-bug'), ['clues[0].contradicts[1]: unknown red herring "release-bug"']],
      // mitigations and repair
      ['mitigation on an unknown service', (s) => void (s.mitigations[0]!.service = 'app'), ['mitigations[0].service: unknown service "app" (did you mean "api"?)']],
      ['mitigation fixing an unknown fault', (s) => void (s.mitigations[0]!.fixes = ['bad-releases']), ['mitigations[0].fixes[0]: unknown fault "bad-releases" (did you mean "bad-release"?)']],
      ['mitigation triggering an unknown fault', (s) => void (s.mitigations[1]!.triggers = 'storm'), ['mitigations[1].triggers: unknown fault "storm"']],
      ['backfiring mitigation without a fault', (s) => void delete s.mitigations[1]!.triggers, ['mitigations[1]: a mitigation that backfires names the fault it triggers']],
      ['repair of an unknown service', (s) => void (s.repair!.service = 'ui'), ['repair.service: unknown service "ui"']],
      ['repair fixing an unknown fault', (s) => void (s.repair!.fixes = ['oops']), ['repair.fixes[0]: unknown fault "oops"']],
      // truth
      ['right mitigation that does not exist', (s) => void (s.truth.mitigations = ['rollbak']), ['truth.mitigations[0]: unknown mitigation "rollbak" (did you mean "rollback"?)']],
      ['severity step after the end', (s) => void s.truth.severity.push({ at: 2000, level: 1 }), ['truth.severity[1].at: 33m20s is after the end of the drill (30m)']],
      ['par mitigation after the end', (s) => void (s.truth.parMitigation = 1900), ['truth.parMitigation: 31m40s is after the end of the drill (30m)']],
      // escalation
      ['escalation window for an unknown person', (s) => void (s.escalation[0]!.person = 'carol'), ['escalation[0].person: unknown person "carol"']],
      ['escalation window closing before it opens', (s) => void (s.escalation[0]!.latest = 60), ['escalation[0].latest: the window closes before it opens (latest is before earliest)']],
      ['escalation window opening after the end', (s) => void Object.assign(s.escalation[0]!, { earliest: 1900, latest: 2000 }), ['escalation[0].earliest: 31m40s is after the end of the drill (30m)']],
    ];

    it.each(cases)('%s', (_name, change, expected) => {
      expect(problemsAfter(change)).toEqual(expected);
    });
  });

  describe('keeps', () => {
    const cases: [string, (s: Scenario) => void][] = [
      ['times exactly at the end of the drill', (s) => {
        s.faults[0]!.onset = 1800;
        s.timeline[0]!.at = 1800;
        s.clues[0]!.from = 1800;
        s.truth.parMitigation = 1800;
        s.escalation[0]!.earliest = 1800;
        s.escalation[0]!.latest = 1800;
      }],
      ['noise that ends when it starts', (s) => void (s.noise[0]!.until = s.noise[0]!.from)],
      ['noise without an end', (s) => void delete s.noise[0]!.until],
      ['a fault with no onset (started by an inject or a backfire)', (s) => void delete s.faults[0]!.onset],
      ['an alert with only a lower threshold', (s) => void Object.assign(s.alerts[0]!, { above: undefined, below: 10 })],
      ['a diamond of dependencies (not a cycle)', (s) => void s.services[0]!.dependsOn.push('db')],
      ['nobody escalated to', (s) => void delete s.people[0]!.escalatesTo],
      ['a clue supporting a mitigation id', (s) => void (s.clues[0]!.supports = ['restart-all'])],
      ['a condition of another kind with no mitigation or person', (s) => void (s.timeline[1]!.when = { kind: 'not-mitigated', for: 600 })],
      ['no repair section', (s) => void delete s.repair],
      ['a mitigation that fails without triggering anything', (s) => void Object.assign(s.mitigations[1]!, { outcome: 'fails', triggers: undefined })],
    ];

    it.each(cases)('%s', (_name, change) => {
      expect(problemsAfter(change)).toEqual([]);
    });
  });

  it('reports every problem it finds, not just the first', () => {
    const problems = problemsAfter((s) => {
      s.faults[0]!.service = 'nope';
      s.mitigations[0]!.fixes = ['nope'];
      s.escalation[0]!.person = 'nope';
    });
    expect(problems).toHaveLength(3);
  });
});
