// The scenario format: a zod schema for the YAML files in scenarios/.
// Durations are written "5m" in files and become seconds once parsed.
import { z } from 'zod';
import { parseDuration } from './duration';
import { describeValue } from './wording';

export const SCENARIO_SCHEMA_VERSION = 1;

const DURATION_MESSAGE = 'expected a duration like "5m"';

/**
 * A schema's own message for a value of the wrong kind. A missing value gets no message here, so it
 * falls through to the parse-wide error map and reads "is required".
 */
const unlessMissing = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? undefined : `${message}, got ${describeValue(issue.input)}`;

/** What a duration looks like as text ("90s", "5m", "1h30m"); for editors, via the JSON Schema. */
const DURATION_TEXT = /^\s*(?=\d)(?:\d+h)?(?:\d+m)?(?:\d+s)?\s*$/;
const durationMessage = (issue: { input?: unknown }) => `${DURATION_MESSAGE}, got ${describeValue(issue.input)}`;

export const duration = z
  .union([z.string().regex(DURATION_TEXT, { error: durationMessage }), z.number().int({ error: durationMessage }).nonnegative({ error: durationMessage })], {
    error: unlessMissing(DURATION_MESSAGE),
  })
  // parseDuration has the last word (it also refuses numbers too large to be exact).
  .transform((value, ctx) => {
    const seconds = parseDuration(value);
    if (seconds === null) {
      ctx.addIssue({ code: 'custom', message: `${DURATION_MESSAGE}, got ${describeValue(value)}`, input: value });
      return z.NEVER;
    }
    return seconds;
  })
  .meta({ description: 'A duration such as "90s", "5m" or "1h30m", or a number of seconds' });

const id = z
  .string({ error: unlessMissing('expected an id (letters, digits and dashes)') })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes, like "checkout-db"');
const text = z.string({ error: unlessMissing('expected text') }).min(1, 'expected some text');
const share = z.number({ error: unlessMissing('expected a number from 0 to 1') }).min(0, 'expected a number from 0 to 1').max(1, 'expected a number from 0 to 1');
const severityLevel = z
  .number({ error: unlessMissing('expected a severity level from 1 to 4') })
  .int('expected a severity level from 1 to 4')
  .min(1, 'expected a severity level from 1 to 4')
  .max(4, 'expected a severity level from 1 to 4');

export const METRICS = ['rps', 'errorRate', 'p99', 'saturation'] as const;
export type MetricName = (typeof METRICS)[number];

const metrics = z.strictObject({
  rps: z.number().nonnegative().describe('requests per second'),
  errorRate: share.describe('share of requests that fail'),
  p99: z.number().positive().describe('99th percentile latency in milliseconds'),
  saturation: share.describe('share of capacity in use (CPU, connections, ...)'),
});
const partialMetrics = metrics.partial();
/** A metric shift's new baseline: some of a service's metrics. */
export const partialMetricsSchema = partialMetrics;

export const FAULT_KINDS = [
  'bad-deploy',
  'resource-exhaustion',
  'dependency-failure',
  'config-push',
  'certificate-expiry',
  'region-loss',
  'traffic-spike',
  'memory-leak',
  'replication-lag',
  'provider-degradation',
  'dns-change',
  'cache-flush',
  'data-loss',
] as const;

export const MITIGATION_KINDS = [
  'rollback',
  'scale-out',
  'shed-load',
  'failover',
  'feature-flag',
  'restart-one',
  'restart-all',
  'config-push',
  'data-fix',
  'renew-certificate',
  'pause-job',
] as const;
export type MitigationKind = (typeof MITIGATION_KINDS)[number];

export const INVESTIGATION_SOURCES = ['dashboard', 'logs', 'deploys', 'traces', 'runbook'] as const;
export type InvestigationSource = (typeof INVESTIGATION_SOURCES)[number];

export const PERSON_ROLES = ['responder', 'manager', 'executive', 'vendor', 'support', 'bystander'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PLACES = ['main', 'thread', 'stakeholders'] as const;
export type Place = (typeof PLACES)[number];

export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export const ALERT_TRUTHS = ['cause', 'symptom', 'duplicate', 'flapping', 'unrelated', 'notification-only'] as const;
export type AlertTruth = (typeof ALERT_TRUTHS)[number];

const reference = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/, error: unlessMissing('expected a web address like "https://..."') }),
});

const dependency = z.union([
  id,
  z.strictObject({
    service: id,
    weight: share.default(1).describe('how much of the dependency’s failure shows here (1 = hard dependency)'),
  }),
]);

const service = z.strictObject({
  id,
  name: text,
  team: text,
  userFacing: share.optional().describe('share of users who need this service; omit for internal services'),
  sloP99: z.number().positive().optional().describe('latency above this p99 (ms) counts as failing requests'),
  dependsOn: z.array(dependency).default([]),
  baseline: metrics,
});

const fault = z.strictObject({
  id,
  kind: z.enum(FAULT_KINDS),
  service: id,
  description: text,
  onset: duration.optional().describe('when the fault starts; omit for a fault only an inject or a backfire starts'),
  ramp: duration.default(60).describe('how long the fault takes to reach full effect'),
  effect: partialMetrics.describe('metric values at full effect'),
  locksOut: z
    .strictObject({
      sources: z.array(z.enum(INVESTIGATION_SOURCES)).default([...INVESTIGATION_SOURCES]).describe('tools responders cannot reach while the fault lasts'),
      pageDelay: duration.default(0).describe('extra time pages take to get through while the fault lasts'),
    })
    .optional()
    .describe('the outage also locks responders out of their own tools (a DNS or BGP change, an SSO outage)'),
});

const noise = z.strictObject({
  id,
  kind: z.enum(['flapping', 'duplicate', 'unrelated', 'storm', 'notification']),
  alertname: text,
  service: id,
  severity: z.enum(ALERT_SEVERITIES),
  summary: text,
  from: duration.default(0),
  until: duration.optional(),
  every: duration.describe('time between bursts'),
  burst: z.number().int().positive().default(1).describe('alerts per burst (a storm fires many at once)'),
  truth: z.enum(ALERT_TRUTHS).optional().describe('hidden label; defaults from kind'),
});

const alertRule = z.strictObject({
  id,
  alertname: text,
  service: id,
  metric: z.enum(METRICS),
  above: z.number().optional(),
  below: z.number().optional(),
  for: duration.default(60),
  severity: z.enum(ALERT_SEVERITIES),
  summary: text,
  description: text.optional(),
  runbook: text.optional(),
  truth: z.enum(['cause', 'symptom']),
});

const behaviour = z.strictObject({
  ackDelay: duration.default(120).describe('how long this person takes to answer a page'),
  answersPages: z.boolean().default(true),
  workDelay: duration.default(60).describe('extra time this person needs on a delegated task'),
});

const person = z.strictObject({
  id,
  name: text,
  handle: id.describe('what the player types after @ or /page'),
  role: z.enum(PERSON_ROLES),
  title: text.describe('e.g. "Database on-call"'),
  team: text,
  present: z.boolean().default(false).describe('in the channel from the start'),
  escalatesTo: id.optional().describe('who is paged when this person does not answer in time'),
  behaviour: behaviour.prefault({}),
});

const condition = z.strictObject({
  kind: z.enum(['no-commander', 'no-stakeholder-update', 'not-mitigated', 'no-severity', 'mitigation-applied', 'person-paged']),
  for: duration.default(0).describe('how long the condition must hold'),
  mitigation: id.optional(),
  person: id.optional(),
});

/** The timeline's condition language, shared with the facilitator's fallback injects. */
export const injectConditionSchema = condition;

const injectBase = {
  id: id.optional(),
  at: duration.optional(),
  when: condition.optional(),
  optional: z.boolean().optional().describe('facilitator-only: fires only when a game-day facilitator injects it by id (needs an id; no "at" or "when")'),
};
const inject = z.discriminatedUnion('type', [
  z.strictObject({ ...injectBase, type: z.literal('message'), from: id, place: z.enum(PLACES).default('main'), text }),
  z.strictObject({ ...injectBase, type: z.literal('fault'), fault: id }),
  z.strictObject({
    ...injectBase,
    type: z.literal('alert'),
    alertname: text,
    service: id,
    severity: z.enum(ALERT_SEVERITIES),
    summary: text,
    truth: z.enum(ALERT_TRUTHS),
  }),
  z.strictObject({ ...injectBase, type: z.literal('metric-shift'), service: id, baseline: partialMetrics }),
]);

const clue = z.strictObject({
  id,
  source: z.enum([...INVESTIGATION_SOURCES, 'deep-dive']),
  service: id,
  text,
  from: duration.default(0).describe('the clue shows only from this time on'),
  supports: z.array(id).default([]).describe('conclusions this clue points to (root cause or mitigation ids)'),
  contradicts: z.array(id).default([]).describe('red herrings this clue disproves'),
});

const mitigation = z.strictObject({
  id,
  kind: z.enum(MITIGATION_KINDS),
  service: id,
  label: text,
  delay: duration.default(120).describe('time until the mitigation takes effect'),
  fixes: z.array(id).default([]).describe('faults this mitigation neutralises'),
  residual: share.default(0).describe('share of the fault left once it takes effect'),
  outcome: z.enum(['works', 'fails', 'backfires']).default('works'),
  triggers: id.optional().describe('a fault started when this mitigation backfires'),
  destructive: z.boolean().default(false),
  untested: z.boolean().default(false),
});

const repair = z.strictObject({
  service: id,
  deepDive: duration.default(900),
  patch: duration.default(1500),
  hotfix: duration.default(600),
  fixes: z.array(id).default([]).describe('faults a deployed hotfix removes'),
});

const truth = z.strictObject({
  rootCause: z.strictObject({ id, text }),
  severity: z
    .array(z.strictObject({ at: duration, level: severityLevel }))
    .min(1, 'expected at least one severity step')
    .describe('the right severity over time while the incident is not mitigated'),
  severityAfterMitigation: severityLevel,
  mitigations: z.array(id).min(1, 'expected at least one right mitigation'),
  redHerrings: z.array(z.strictObject({ id, text })).default([]),
  parMitigation: duration.describe('time to mitigation a good team reaches'),
});

const escalationWindow = z.strictObject({
  person: id,
  earliest: duration,
  latest: duration,
  why: text,
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION, { error: unlessMissing(`expected schemaVersion ${SCENARIO_SCHEMA_VERSION}`) }),
  id,
  title: text,
  summary: text,
  difficulty: z.enum(['intro', 'standard', 'advanced']),
  duration,
  trains: z.array(text).default([]).describe('doctrine rules this drill exercises, e.g. "mitigation.first"'),
  references: z.array(reference).min(1, 'expected at least one reference to a public postmortem'),
  briefing: z.strictObject({ role: text, timeOfDay: z.string().regex(/^\d\d:\d\d$/, 'expected a time like "14:05"'), situation: text }),
  users: z.number().int().positive().describe('active users during the drill'),
  services: z.array(service).min(1, 'expected at least one service'),
  faults: z.array(fault).min(1, 'expected at least one fault'),
  alerts: z.array(alertRule).default([]),
  noise: z.array(noise).default([]),
  people: z.array(person).min(1, 'expected at least one person'),
  timeline: z.array(inject).default([]),
  clues: z.array(clue).default([]),
  mitigations: z.array(mitigation).min(1, 'expected at least one mitigation'),
  repair: repair.optional(),
  truth,
  escalation: z.array(escalationWindow).default([]),
  shift: z
    .strictObject({
      endsAt: duration.describe("when the player's on-call shift ends"),
      relief: id.describe('who takes over command; give them an escalation window before endsAt'),
    })
    .optional()
    .describe('a long incident that outlasts the shift: command must be handed off explicitly'),
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type Service = Scenario['services'][number];
export type Fault = Scenario['faults'][number];
export type NoiseGenerator = Scenario['noise'][number];
export type AlertRule = Scenario['alerts'][number];
export type Person = Scenario['people'][number];
export type Inject = Scenario['timeline'][number];
export type InjectCondition = NonNullable<Inject['when']>;
export type Clue = Scenario['clues'][number];
export type Mitigation = Scenario['mitigations'][number];
export type Metrics = Service['baseline'];
