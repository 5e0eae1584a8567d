// The file `drill new <id>` writes: a small, complete, playable drill with every section explained
// in comments. As written it validates and lints clean (tests/scenario/template.test.ts), so an author
// starts from something that works and changes one thing at a time.

/** A scenario id as `drill new` accepts it: lower-case letters and digits in words joined by single dashes. */
export function isScenarioId(id: string): boolean {
  return id.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}

/** "cache-stampede" -> "Cache stampede": a first title until the author writes a better one. */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The commented template for a new scenario with this id (see isScenarioId). */
export function scenarioTemplate(id: string): string {
  if (!isScenarioId(id)) throw new Error(`"${id}" is not a scenario id`);
  return TEMPLATE.replaceAll('__ID__', id).replaceAll('__TITLE__', titleFromId(id));
}

const TEMPLATE = `# yaml-language-server: $schema=./scenario.schema.json
# A new Firedrill scenario. It is already a small playable drill (a bad API release, fixed by a
# rollback); rewrite it section by section into the incident you want to train. After each change:
#   npm run --silent drill -- validate scenarios/__ID__.yaml   # the format and the references
#   npm run --silent drill -- lint scenarios/__ID__.yaml       # is it a fair drill? (plays it once)
#   npm run --silent drill -- run scenarios/__ID__.yaml --bot textbook   # watch a by-the-book game
#   npm run --silent bot-matrix -- scenarios/__ID__.yaml       # every bot, seeds 1-10
# docs/authoring-scenarios.md explains every field. Durations read "90s", "5m" or "1h30m"; every time
# is counted from the start of the drill (0s), not from the time of day in the briefing.

# The JSON Schema lets editors complete field names and flag typos.
$schema: ./scenario.schema.json
# The version of the scenario format; 1 for now.
schemaVersion: 1
# The id is the file name without .yaml: lower-case letters, digits and dashes.
id: __ID__
# What players see in the scenario picker.
title: __TITLE__
# Two or three sentences on what breaks and what the drill is about; do not give the answer away.
summary: >-
  A routine release of the public API breaks order lookups for a third of requests. The alerts
  point in several directions at once; the fastest way out is a rollback, not a patch.
# intro, standard or advanced.
difficulty: intro
# How long the drill lasts in game time; nothing may happen after it.
duration: 45m
# Doctrine rules (see /work/shared/doctrine.md) this drill gives players a chance to keep or break.
trains: [mitigation.first, command.claim, severity.declare, blast.destructive]
# At least one public postmortem the drill is modelled on; replace these with yours.
references:
  - title: "Google SRE book, chapter 14: Managing Incidents"
    url: https://sre.google/sre-book/managing-incidents/
  - title: "Google SRE workbook, chapter 9: Incident Response"
    url: https://sre.google/workbook/incident-response/

# What the player is told before the clock starts.
briefing:
  role: You are the on-call engineer for the public API this week.
  # The wall-clock time the drill starts at, shown on the game clock.
  timeOfDay: "10:15"
  situation: >-
    It is a quiet Tuesday morning. The API team shipped release 3.14 ten minutes ago. Your pager
    just went off.
# Active users during the drill: impact is counted in user-minutes lost.
users: 20000

# The system. Each service has a baseline: rps (requests per second), errorRate (0-1), p99 (ms) and
# saturation (0-1). userFacing is the share of users who need it (at least one service has it);
# sloP99 makes latency above it count as failed requests. dependsOn passes failures upstream:
# a plain id is a hard dependency, { service, weight } a partial one (weight 0-1).
services:
  - id: web
    name: Web app
    team: frontend
    userFacing: 0.4
    dependsOn: [{ service: api, weight: 0.5 }]
    baseline: { rps: 900, errorRate: 0.002, p99: 220, saturation: 0.35 }
  - id: api
    name: Public API
    team: api
    userFacing: 0.6
    sloP99: 1000
    dependsOn: [db]
    baseline: { rps: 600, errorRate: 0.003, p99: 180, saturation: 0.4 }
  - id: db
    name: Orders database
    team: data
    baseline: { rps: 1500, errorRate: 0.0005, p99: 12, saturation: 0.35 }

# What breaks. onset is when the fault starts (omit it for a fault that only a timeline inject or a
# backfiring mitigation starts), ramp how long it takes to reach full effect, effect the metric
# values at full effect. kind: bad-deploy, resource-exhaustion, dependency-failure, config-push,
# certificate-expiry, region-loss, traffic-spike, memory-leak, replication-lag,
# provider-degradation, dns-change, cache-flush or data-loss.
faults:
  - id: api-bad-release
    kind: bad-deploy
    service: api
    description: Release 3.14 changed the order-id parser; lookups of older orders fail with HTTP 500.
    onset: 2m
    ramp: 1m
    effect: { errorRate: 0.3, p99: 950, saturation: 0.5 }
    # A fault can also lock responders out of their own tools while it lasts (a DNS or SSO
    # outage): the listed looks come back empty and pages take longer to get through.
    # locksOut: { sources: [dashboard, logs], pageDelay: 2m }
  - id: db-reconnect-storm
    kind: resource-exhaustion
    service: db
    description: Every API pod restarting at once opens a fresh connection pool; the database runs out of connections.
    ramp: 30s
    effect: { saturation: 0.99, errorRate: 0.3, p99: 900 }

# Threshold rules over the metrics. truth says whether an alert points at a cause or a symptom
# (hidden from players, used by the debrief). for is how long the threshold must be crossed.
alerts:
  - id: api-errors
    alertname: ApiHighErrorRate
    service: api
    metric: errorRate
    above: 0.05
    for: 1m
    severity: critical
    summary: Public API 5xx rate above 5%
    runbook: Check the latest deploy first; roll back if the errors started with it.
    truth: cause
  - id: api-latency
    alertname: ApiLatencyHigh
    service: api
    metric: p99
    above: 800
    for: 2m
    severity: warning
    summary: Public API p99 latency above 800 ms
    truth: symptom
  - id: web-errors
    alertname: WebErrorsElevated
    service: web
    metric: errorRate
    above: 0.03
    for: 2m
    severity: warning
    summary: Web app error rate above 3%
    truth: symptom
  - id: db-connections
    alertname: OrdersDbConnectionsSaturated
    service: db
    metric: saturation
    above: 0.9
    for: 30s
    severity: critical
    summary: Orders database connections above 90%
    truth: cause

# Alerts that are not the incident. kind: flapping (fires and clears), duplicate (the same alert
# again, e.g. from a second Prometheus), unrelated (real but not this incident), storm (burst alerts
# at once, every gap) or notification (information only). Lint wants at least three kinds.
noise:
  - id: web-cache-flap
    kind: flapping
    alertname: WebCacheHitRateLow
    service: web
    severity: warning
    summary: Web cache hit rate below 85%
    from: 3m
    every: 5m
  - id: api-error-duplicates
    kind: duplicate
    alertname: ApiHighErrorRate
    service: api
    severity: critical
    summary: Public API 5xx rate above 5% (second Prometheus replica)
    from: 4m
    until: 30m
    every: 6m
  - id: backup-disk
    kind: unrelated
    alertname: BackupHostDiskFilling
    service: db
    severity: warning
    summary: Disk on the nightly backup host is 82% full
    from: 6m
    every: 15m
  - id: deploy-notice
    kind: notification
    alertname: DeployFinished
    service: api
    severity: info
    summary: Deploy of api 3.14 finished
    from: 0s
    until: 1m
    every: 10m

# The cast. role: responder, manager, executive, vendor, support or bystander. present: in the
# channel from the start (everyone else must be paged). escalatesTo: who gets the page when this
# person does not answer in time. behaviour: ackDelay (time to answer a page), answersPages,
# workDelay (extra time on a delegated task).
people:
  - id: ana
    name: Ana Lima
    handle: ana
    role: responder
    title: API on-call
    team: api
    escalatesTo: ben
    behaviour: { ackDelay: 2m, workDelay: 1m }
  - id: raj
    name: Raj Patel
    handle: raj
    role: responder
    title: Web engineer
    team: frontend
    present: true
    behaviour: { ackDelay: 1m, workDelay: 1m }
  - id: ben
    name: Ben Cole
    handle: ben
    role: manager
    title: API engineering manager
    team: api
    behaviour: { ackDelay: 3m }
  - id: sofia
    name: Sofia Reyes
    handle: sofia
    role: support
    title: Support lead
    team: support
    present: true
  - id: grace
    name: Grace Kim
    handle: grace
    role: executive
    title: VP Customer Experience
    team: leadership
    behaviour: { ackDelay: 5m }

# Injects: things that happen at a time (at) or when a condition has held for a while (when).
# type: message (from a person, place main, thread or stakeholders), fault (starts a fault),
# alert (a one-off alert) or metric-shift (moves a service's baseline).
# Condition kinds: no-commander, no-stakeholder-update, not-mitigated, no-severity,
# mitigation-applied (names a mitigation) and person-paged (names a person).
timeline:
  - at: 4m
    type: message
    from: sofia
    place: main
    text: Tickets are coming in, customers cannot open their past orders. Is something down?
  - when: { kind: no-stakeholder-update, for: 15m }
    type: message
    from: grace
    place: stakeholders
    text: I hear customers cannot see their orders. What is the impact, and who is leading this?
  - when: { kind: not-mitigated, for: 20m }
    type: message
    from: sofia
    place: stakeholders
    text: Support needs a line for customers. Can we post on the status page?
  - when: { kind: mitigation-applied, mitigation: rollback-api, for: 4m }
    type: message
    from: sofia
    place: main
    text: Customers say their orders load again.

# What each look reveals. source: dashboard, logs, deploys, traces, runbook (a look at a service) or
# deep-dive (root-cause work). from: the clue exists only from then on. supports: the root cause id
# or mitigation ids this clue points to (lint wants three clues for the root cause and for each
# right mitigation); contradicts: red herrings it rules out (every red herring needs one).
clues:
  - id: api-deploys
    source: deploys
    service: api
    text: Release 3.14 of the API went out at 10:05; errors began two minutes after it.
    supports: [order-id-parser-bug, rollback-api]
    contradicts: [db-overload]
  - id: api-dashboard
    source: dashboard
    service: api
    text: API 5xx rose from 0.3% to 30% right after the release, while traffic stayed flat.
    supports: [order-id-parser-bug, rollback-api]
    contradicts: [traffic-spike]
  - id: api-logs
    source: logs
    service: api
    text: "API logs: OrderIdFormatError: expected 12 digits on every failing request."
    supports: [order-id-parser-bug]
  - id: api-runbook
    source: runbook
    service: api
    text: "API runbook: when errors start with a release, roll back first (one command, about two minutes)."
    supports: [rollback-api]
  - id: db-dashboard
    source: dashboard
    service: db
    text: The orders database is calm at 35% of connections, with no slow queries.
    contradicts: [db-overload]
  - id: parser-diff
    source: deep-dive
    service: api
    text: The 3.14 diff makes the order-id parser reject the 10-digit ids of orders placed before 2021.
    supports: [order-id-parser-bug]

# The moves players can make. kind: rollback, scale-out, shed-load, failover, feature-flag,
# restart-one, restart-all, config-push, data-fix, renew-certificate or pause-job. delay: time until
# it takes effect. fixes: faults it neutralises; residual: share of them left (0-1). outcome: works,
# fails (does nothing) or backfires (starts the fault named in triggers). destructive and untested
# mark the risky options doctrine scores against (lint wants at least one).
mitigations:
  - id: rollback-api
    kind: rollback
    service: api
    label: Roll the API back to release 3.13
    delay: 2m
    fixes: [api-bad-release]
  - id: scale-api
    kind: scale-out
    service: api
    label: Scale the API out from 6 to 12 pods
    delay: 3m
    outcome: fails
  - id: restart-api-all
    kind: restart-all
    service: api
    label: Restart every API pod at once
    delay: 1m
    outcome: backfires
    triggers: db-reconnect-storm
    destructive: true
  - id: push-lenient-parser
    kind: config-push
    service: api
    label: Push a config that skips order-id validation on every pod
    delay: 2m
    outcome: fails
    untested: true
  - id: cap-db-connections
    kind: shed-load
    service: db
    label: Cap the API's connections to the orders database
    delay: 2m
    fixes: [db-reconnect-storm]

# The slow path: a deep dive, a patch and a hotfix deploy on one service; a deployed hotfix removes
# the faults in fixes.
repair:
  service: api
  deepDive: 10m
  patch: 15m
  hotfix: 6m
  fixes: [api-bad-release]

# The hidden answers the score and debrief use.
truth:
  rootCause:
    id: order-id-parser-bug
    text: Release 3.14 made the order-id parser reject older ids; every lookup of an older order failed.
  # The right severity over time while the incident is not mitigated (1 = SEV1 ... 4 = SEV4).
  severity:
    - { at: 0s, level: 4 }
    - { at: 3m, level: 2 }
  severityAfterMitigation: 3
  # The mitigations that are right (at least one of a generic kind).
  mitigations: [rollback-api]
  # Plausible wrong explanations; a clue must contradict each one.
  redHerrings:
    - id: db-overload
      text: The orders database is overloaded.
    - id: traffic-spike
      text: A traffic spike is overwhelming the API.
  # The time to mitigation a good team reaches, from when the incident becomes visible.
  parMitigation: 15m

# Who should be paged, and the window [earliest, latest] the score expects it in.
escalation:
  - person: ana
    earliest: 0s
    latest: 8m
    why: The API is hers; the owning team's on-call comes in for a customer-visible outage.
  - person: ben
    earliest: 5m
    latest: 25m
    why: A SEV2 on a core function needs a manager for customer communication.

# A long incident that outlasts the player's shift: command must be handed to the relief before
# endsAt. Give the relief an escalation window that opens before the shift ends.
# shift:
#   endsAt: 40m
#   relief: ben
`;
