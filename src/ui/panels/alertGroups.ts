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
  /** The group's first alert: when the group appeared. */
  firstAlert: number;
}

const RANK = { critical: 0, warning: 1, info: 2 } as const;

const groupKey = (a: Alert) => `${a.alertname}\u0000${a.labels.service}`;

/**
 * Firing first, then the most severe, then the newest group. A group keeps its place while it fires
 * again (ordering by its latest alert made a storm reshuffle the list every few seconds, under the
 * player's pointer).
 */
const byUrgency = (a: AlertGroup, b: AlertGroup) => Number(b.firing > 0) - Number(a.firing > 0) || RANK[a.severity] - RANK[b.severity] || b.firstAlert - a.firstAlert;

/** One group's figures from its members (alert ids, in id order). */
function summarise(key: string, alerts: readonly Alert[], members: readonly number[], now: number): AlertGroup {
  const first = alerts[members[0]!]!;
  const g: AlertGroup = { key, alertname: first.alertname, service: first.labels.service, severity: first.labels.severity, summary: first.annotations.summary, count: 0, firing: 0, unacked: [], unsilenced: [], latestAt: first.startsAt, silencedUntil: null, firstAlert: members[0]! };
  for (const id of members) {
    const a = alerts[id]!;
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
  return g;
}

/** Alerts grouped by alertname + service, firing and most severe first, then the newest groups first. */
export function groupAlerts(alerts: readonly Alert[], now: number): AlertGroup[] {
  return fullGrouping(alerts, now).groups;
}

/** The earliest silence still running at `now`: until then, time alone changes no group. */
function nextSilenceEnd(alerts: readonly Alert[], from: number, now: number, until: number): number {
  for (let id = from; id < alerts.length; id++) {
    const end = alerts[id]!.silencedUntil;
    if (end !== null && end > now && end < until) until = end;
  }
  return until;
}

interface Grouping {
  alerts: readonly Alert[];
  now: number;
  /** Groups stay right until this time (the next silence to expire). */
  until: number;
  groups: AlertGroup[];
  byKey: Map<string, AlertGroup>;
  members: Map<string, number[]>;
}

const cache = new WeakMap<readonly Alert[], Grouping>();
let latest: Grouping | null = null;

function fullGrouping(alerts: readonly Alert[], now: number): Grouping {
  const members = new Map<string, number[]>();
  for (let id = 0; id < alerts.length; id++) {
    const key = groupKey(alerts[id]!);
    const list = members.get(key);
    if (list) list.push(id);
    else members.set(key, [id]);
  }
  const byKey = new Map<string, AlertGroup>();
  for (const [key, ids] of members) byKey.set(key, summarise(key, alerts, ids, now));
  return { alerts, now, until: nextSilenceEnd(alerts, 0, now, Infinity), groups: [...byKey.values()].sort(byUrgency), byKey, members };
}

/**
 * The next list's groups from the previous list's: the engine copies the list on write, so an
 * alert that did not change is the same object. Only the groups with a new or changed alert are
 * summarised again; the others keep their identity, so their memoised rows do not re-render.
 */
function updatedGrouping(previous: Grouping, alerts: readonly Alert[], now: number): Grouping | null {
  const old = previous.alerts;
  const touched = new Set<string>();
  const members = new Map(previous.members);
  const shared = Math.min(old.length, alerts.length);
  let until = previous.until;
  for (let id = 0; id < shared; id++) {
    const a = alerts[id]!;
    if (a === old[id]) continue;
    const key = groupKey(a);
    // Another game's list (a restart, a retry): its ids mean other alerts.
    if (key !== groupKey(old[id]!)) return null;
    touched.add(key);
    if (a.silencedUntil !== null && a.silencedUntil > now && a.silencedUntil < until) until = a.silencedUntil;
  }
  for (let id = shared; id < alerts.length; id++) {
    const key = groupKey(alerts[id]!);
    if (!touched.has(key)) {
      touched.add(key);
      // Copied once before the first append: the previous grouping keeps its own lists.
      members.set(key, [...(members.get(key) ?? [])]);
    }
    members.get(key)!.push(id);
  }
  until = nextSilenceEnd(alerts, shared, now, until);
  if (touched.size === 0) return { ...previous, alerts, now, until };
  const byKey = new Map(previous.byKey);
  for (const key of touched) byKey.set(key, summarise(key, alerts, members.get(key)!, now));
  return { alerts, now, until, groups: [...byKey.values()].sort(byUrgency), byKey, members };
}

/**
 * The groups for an alerts list at a moment, cached per list and kept up to date incrementally from
 * the last list seen. `now` only matters when a silence expires, so most clock ticks reuse the groups
 * (and their identities).
 */
export function cachedAlertGroups(alerts: readonly Alert[], now: number): AlertGroup[] {
  const hit = cache.get(alerts);
  if (hit && now >= hit.now && now < hit.until) return hit.groups;
  // An update needs the previous list to be an earlier version of this one (alerts only appended or
  // replaced in place) and no silence to have expired in between; otherwise group from scratch.
  const base = latest;
  const incremental = base !== null && base.alerts.length <= alerts.length && now >= base.now && now < base.until;
  const grouping = (incremental ? updatedGrouping(base, alerts, now) : null) ?? fullGrouping(alerts, now);
  cache.set(alerts, grouping);
  latest = grouping;
  return grouping.groups;
}
