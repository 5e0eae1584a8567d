// Alerts shaped like Alertmanager's: threshold rules over the metrics, plus scripted noise.
// Each carries a hidden ground-truth label the debrief reveals.
import type { AlertTruth, NoiseGenerator } from '../scenario/schema';
import { hashEnd, hashFeed, type HashState, hex6 } from './hash';
import { NOISE_FACTOR, type Alert } from './types';
import type { Tx } from './tx';

const NOISE_TRUTH: Record<NoiseGenerator['kind'], AlertTruth> = {
  flapping: 'flapping',
  duplicate: 'duplicate',
  unrelated: 'unrelated',
  storm: 'symptom',
  notification: 'notification-only',
};

export interface NewAlert {
  alertname: string;
  service: string;
  severity: Alert['labels']['severity'];
  instance?: string;
  summary: string;
  description?: string;
  runbook?: string;
  truth: AlertTruth;
  source: string;
}

// The hash state after "alertname\0service\0", kept per pair: a storm fires thousands of alerts
// that differ only in their instance, so each fingerprint hashes just the instance.
const prefixStates = new Map<string, Map<string, HashState>>();

/** Alertmanager-style identity of an alert: a hash of its name, service and instance. */
export function fingerprintOf(alertname: string, service: string, instance?: string): string {
  let byService = prefixStates.get(alertname);
  if (!byService) prefixStates.set(alertname, (byService = new Map()));
  let prefix = byService.get(service);
  if (!prefix) byService.set(service, (prefix = hashFeed(hashFeed(hashFeed(hashFeed([0xdeadbeef, 0x41c6ce57], alertname), '\u0000'), service), '\u0000')));
  return hashEnd(instance === undefined ? prefix : hashFeed(prefix, instance));
}

// Alerts from one rule or generator carry the same annotations: they share one (never mutated)
// object, so a storm of thousands holds one copy, not thousands.
const annotationsCache = new Map<string, Alert['annotations']>();

function annotationsFor(alert: NewAlert): Alert['annotations'] {
  const cached = annotationsCache.get(alert.source);
  if (cached && cached.summary === alert.summary && cached.description === alert.description && cached.runbook === alert.runbook) return cached;
  const annotations: Alert['annotations'] = { summary: alert.summary };
  if (alert.description !== undefined) annotations.description = alert.description;
  if (alert.runbook !== undefined) annotations.runbook = alert.runbook;
  if (annotationsCache.size > 10_000) annotationsCache.clear();
  annotationsCache.set(alert.source, annotations);
  return annotations;
}

const SEVERITY_SLOT = { critical: 0, warning: 1, info: 2 } as const;

/** Keeps the per-service index of firing alerts in step with the list. */
function countFiring(tx: Tx, service: string, severity: Alert['labels']['severity'], delta: number): void {
  const firing = tx.own('firing');
  const counts = firing[service];
  const next: [number, number, number] = counts ? [counts[0], counts[1], counts[2]] : [0, 0, 0];
  next[SEVERITY_SLOT[severity]] += delta;
  firing[service] = next;
}

export function fireAlert(tx: Tx, alert: NewAlert): number {
  countFiring(tx, alert.service, alert.severity, 1);
  if (alert.severity === 'critical') tx.s.criticalFired += 1;
  const alerts = tx.own('alerts');
  const id = alerts.length;
  const labels: Alert['labels'] = { service: alert.service, severity: alert.severity };
  if (alert.instance !== undefined) labels.instance = alert.instance;
  const annotations = annotationsFor(alert);
  alerts.push({
    id,
    fingerprint: fingerprintOf(alert.alertname, alert.service, alert.instance),
    alertname: alert.alertname,
    labels,
    annotations,
    startsAt: tx.now,
    endsAt: null,
    status: 'firing',
    truth: alert.truth,
    source: alert.source,
    fireCount: 1,
    ackedAt: null,
    ackedBy: null,
    silencedUntil: null,
  });
  return id;
}

function setAlert(tx: Tx, id: number, patch: Partial<Alert>): void {
  const alerts = tx.own('alerts');
  const current = alerts[id];
  if (current) alerts[id] = { ...current, ...patch };
}

// A storm's window closing resolves thousands of alerts at once, and spreading them
// ({ ...current, status, endsAt }) measured about ten times slower there than this copy written out
// field by field, in the order fireAlert creates them (the same object, the same JSON).
/** Resolves an alert; `counted` when the caller updates the firing index itself, for many at once. */
function resolveAlert(tx: Tx, id: number, counted = false): void {
  const alerts = tx.own('alerts');
  const a = alerts[id];
  if (!a) return;
  if (a.status === 'firing' && !counted) countFiring(tx, a.labels.service, a.labels.severity, -1);
  alerts[id] = {
    id: a.id,
    fingerprint: a.fingerprint,
    alertname: a.alertname,
    labels: a.labels,
    annotations: a.annotations,
    startsAt: a.startsAt,
    endsAt: tx.now,
    status: 'resolved',
    truth: a.truth,
    source: a.source,
    fireCount: a.fireCount,
    ackedAt: a.ackedAt,
    ackedBy: a.ackedBy,
    silencedUntil: a.silencedUntil,
  };
}

/** Fires the same fingerprint again (a flap or a re-breach): one record, a higher count. */
function refireAlert(tx: Tx, id: number): void {
  const current = tx.s.alerts[id];
  if (!current) return;
  if (current.status !== 'firing') countFiring(tx, current.labels.service, current.labels.severity, 1);
  setAlert(tx, id, { status: 'firing', endsAt: null, fireCount: current.fireCount + 1, startsAt: tx.now, ackedAt: null, ackedBy: null });
}

/** Threshold rules: breached for their `for` duration -> firing; back under -> resolved. */
export function evaluateRules(tx: Tx): void {
  for (const rule of tx.scenario.alerts) {
    const metrics = tx.s.services[rule.service];
    const current = tx.s.rules[rule.id];
    if (!metrics || !current) continue;
    const value = metrics[rule.metric];
    const breached = (rule.above !== undefined && value > rule.above) || (rule.below !== undefined && value < rule.below);
    let next = current;
    if (breached) {
      const since = current.breachedSince ?? tx.now;
      let alert = current.alert;
      const firing = alert !== null && tx.s.alerts[alert]?.status === 'firing';
      if (!firing && tx.now - since >= rule.for) {
        if (alert === null) {
          const newAlert: NewAlert = { alertname: rule.alertname, service: rule.service, severity: rule.severity, summary: rule.summary, truth: rule.truth, source: rule.id };
          if (rule.description !== undefined) newAlert.description = rule.description;
          if (rule.runbook !== undefined) newAlert.runbook = rule.runbook;
          alert = fireAlert(tx, newAlert);
        } else {
          refireAlert(tx, alert);
        }
      }
      if (since !== current.breachedSince || alert !== current.alert) next = { breachedSince: since, alert };
    } else {
      if (current.alert !== null && tx.s.alerts[current.alert]?.status === 'firing') resolveAlert(tx, current.alert);
      if (current.breachedSince !== null) next = { ...current, breachedSince: null };
    }
    if (next !== current) tx.own('rules')[rule.id] = next;
  }
}

// Six hex digits, what toString(16).padStart(6, '0') gives, without the slow generic number
// formatting (storms name thousands of instances).
const instanceName = (tx: Tx, prefix: string) => prefix + '-' + hex6(Math.floor(tx.random() * 0xffffff));

/** Scripted noise: flapping, duplicates, unrelated pages, symptom storms, notifications. */
export function runNoise(tx: Tx): void {
  for (const gen of tx.scenario.noise) {
    const current = tx.s.noise[gen.id];
    if (!current) continue;
    const ended = gen.until !== undefined && tx.now >= gen.until;
    if (ended) {
      if (current.nextAt !== Number.MAX_SAFE_INTEGER) {
        endNoise(tx, gen);
        tx.own('noise')[gen.id] = { ...current, nextAt: Number.MAX_SAFE_INTEGER };
      }
      continue;
    }
    if (tx.now < current.nextAt) continue;
    const base = { alertname: gen.alertname, service: gen.service, severity: gen.severity, summary: gen.summary, truth: gen.truth ?? NOISE_TRUTH[gen.kind], source: gen.id };
    let alert = current.alert;
    if (gen.kind === 'flapping') {
      if (alert === null) alert = fireAlert(tx, base);
      else if (tx.s.alerts[alert]?.status === 'firing') resolveAlert(tx, alert);
      else refireAlert(tx, alert);
    } else if (gen.kind === 'notification') {
      const id = fireAlert(tx, base);
      resolveAlert(tx, id);
    } else {
      // Unrelated pages and duplicates come and go: the previous burst clears as the next fires.
      // Storm alerts pile up until the generator's window closes.
      if (gen.kind !== 'storm' && alert !== null) {
        for (let id = alert; id < alert + gen.burst * NOISE_FACTOR[tx.s.mode]; id++) if (tx.s.alerts[id]?.status === 'firing') resolveAlert(tx, id);
      }
      const prefix = gen.kind === 'duplicate' ? 'replica' : gen.kind === 'storm' ? 'pod' : 'host';
      // Each alert's fields written out, not { ...base, instance }: in a 5,000-alert storm that
      // spread-and-extend measured about five times slower per alert than an object literal.
      const { alertname, service, severity, summary, truth, source } = base;
      const burst = gen.burst * NOISE_FACTOR[tx.s.mode];
      for (let i = 0; i < burst; i++) {
        const id = fireAlert(tx, { alertname, service, severity, summary, truth, source, instance: instanceName(tx, prefix) });
        if (i === 0) alert = id;
      }
    }
    tx.own('noise')[gen.id] = { nextAt: tx.now + Math.max(1, gen.every), alert, count: current.count + (gen.kind === 'flapping' ? 1 : gen.burst * NOISE_FACTOR[tx.s.mode]) };
  }
}

/** A generator's window closed: what it left firing resolves. */
function endNoise(tx: Tx, gen: NoiseGenerator): void {
  const alerts = tx.s.alerts;
  let resolved = 0;
  for (let i = 0; i < alerts.length; i++) {
    const alert = alerts[i]!;
    if (alert.source === gen.id && alert.status === 'firing') {
      resolveAlert(tx, i, true);
      resolved++;
    }
  }
  // A generator's alerts share its service and severity: one index update for the whole storm.
  if (resolved > 0) countFiring(tx, gen.service, gen.severity, -resolved);
}
