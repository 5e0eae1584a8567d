import type { Alert } from '../../engine';

export interface AlertGroup {
  key: string;
  alertname: string;
  service: string;
  severity: Alert['labels']['severity'];
  summary: string;
  count: number;
  firing: number;
  /** Firing alerts nobody acknowledged yet. */
  unacked: number[];
  /** Firing alerts that are not silenced. */
  unsilenced: number[];
  latestAt: number;
  silencedUntil: number | null;
}

const RANK = { critical: 0, warning: 1, info: 2 } as const;

/**
 * The groups for an alerts list, cached per list: the engine keeps the same array until an alert
 * changes, and `now` only matters when a silence expires, so most clock ticks reuse the groups
 * (and their identities, so memoised rows do not re-render).
 */
const cache = new WeakMap<readonly Alert[], { groups: AlertGroup[]; from: number; until: number }>();

export function cachedAlertGroups(alerts: readonly Alert[], now: number): AlertGroup[] {
  const hit = cache.get(alerts);
  if (hit && now >= hit.from && now < hit.until) return hit.groups;
  const groups = groupAlerts(alerts, now);
  // Valid until the next silence expires (a silence is active while silencedUntil > now).
  let until = Infinity;
  for (const a of alerts) if (a.silencedUntil !== null && a.silencedUntil > now && a.silencedUntil < until) until = a.silencedUntil;
  cache.set(alerts, { groups, from: now, until });
  return groups;
}

/** Alerts grouped by alertname + service, firing and most severe first, then newest first. */
export function groupAlerts(alerts: readonly Alert[], now: number): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const a of alerts) {
    const key = `${a.alertname}\u0000${a.labels.service}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, alertname: a.alertname, service: a.labels.service, severity: a.labels.severity, summary: a.annotations.summary, count: 0, firing: 0, unacked: [], unsilenced: [], latestAt: a.startsAt, silencedUntil: null };
      groups.set(key, g);
    }
    g.count++;
    if (RANK[a.labels.severity] < RANK[g.severity]) g.severity = a.labels.severity;
    if (a.startsAt >= g.latestAt) {
      g.latestAt = a.startsAt;
      g.summary = a.annotations.summary;
    }
    const silenced = a.silencedUntil !== null && a.silencedUntil > now;
    if (silenced) g.silencedUntil = Math.max(g.silencedUntil ?? 0, a.silencedUntil!);
    if (a.status === 'firing') {
      g.firing++;
      if (a.ackedAt === null) g.unacked.push(a.id);
      if (!silenced) g.unsilenced.push(a.id);
    }
  }
  return [...groups.values()].sort((a, b) => Number(b.firing > 0) - Number(a.firing > 0) || RANK[a.severity] - RANK[b.severity] || b.latestAt - a.latestAt);
}
