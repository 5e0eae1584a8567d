// What a player can see and work out from the war room: firing alerts, the impact meter, who is in
// the channel, what investigations found. Bots read the game through these, as a person would.
import { ACTIONS, GENERIC_MITIGATIONS, type Action, type GameState, type Sample, type TaskWork } from '../engine';
import { INVESTIGATION_SOURCES, type InvestigationSource, type Mitigation, type Person, type Scenario } from '../scenario/schema';

export const me = (state: GameState): string => state.players[0]!;

/** Something has visibly gone wrong: a critical alert fired or customers were affected. */
export function incidentVisible(state: GameState): boolean {
  // The cheap signals first (the alerts can number thousands in a storm); the answer is the same.
  return state.impact >= 0.02 || state.history.some((s) => s.impact >= 0.02) || state.criticalFired > 0;
}

const levelsCache = new WeakMap<GameState['doctrine']['severity']['levels'], GameState['doctrine']['severity']['levels']>();
const escalationCache = new WeakMap<Scenario['escalation'], Scenario['escalation']>();

// The pack's severity table and the scenario's escalation windows, sorted once per list rather than on
// every move: they never change in play, and Array#sort allocates on every call.
const levelsInOrder = (state: GameState) => cached(levelsCache, state.doctrine.severity.levels, (a, b) => a.level - b.level);
export const escalationInOrder = (state: GameState) => cached(escalationCache, state.scenario.escalation, (a, b) => a.earliest - b.earliest);

function cached<T>(cache: WeakMap<T[], T[]>, items: T[], compare: (a: T, b: T) => number): readonly T[] {
  let sorted = cache.get(items);
  if (!sorted) {
    sorted = [...items].sort(compare);
    cache.set(items, sorted);
  }
  return sorted;
}

/** The severity the pack's table gives for an impact (1 = SEV1). */
export function levelForImpact(state: GameState, impact: number): number {
  const levels = levelsInOrder(state);
  return levels.find((l) => impact >= l.impactAtLeast)?.level ?? 4;
}

/** The highest impact seen in the last few minutes, so one quiet sample does not lower severity. */
export function recentPeakImpact(state: GameState, seconds = 300): number {
  let peak = state.impact;
  for (let i = state.history.length - 1; i >= 0; i--) {
    const sample = state.history[i]!;
    if (sample.at < state.time - seconds) break;
    peak = Math.max(peak, sample.impact);
  }
  return peak;
}

export const present = (state: GameState): Person[] => state.scenario.people.filter((p) => state.people[p.id]?.present);

const hasOpenTask = (state: GameState, id: string) => state.tasks.some((t) => t.to === id && t.status !== 'done');

/** Responders in the channel with nothing on their plate. */
export function freeResponders(state: GameState): Person[] {
  return present(state).filter((p) => p.role === 'responder' && !hasOpenTask(state, p.id) && (state.people[p.id]?.busyUntil ?? 0) <= state.time);
}

/** Services with firing alerts, the most alarming first. */
export function alertingServices(state: GameState): string[] {
  return [...rankedServices(state.firing)];
}

const SEVERITY_WEIGHT = [3, 2, 1] as const;
const rankingCache = new WeakMap<GameState['firing'], readonly string[]>();

/** Ranks services by their firing alerts, weighted by severity; the engine keeps the counts. */
function rankedServices(firing: GameState['firing']): readonly string[] {
  let ranked = rankingCache.get(firing);
  if (!ranked) {
    const scores: [string, number][] = [];
    for (const [service, counts] of Object.entries(firing)) {
      const score = counts[0] * SEVERITY_WEIGHT[0] + counts[1] * SEVERITY_WEIGHT[1] + counts[2] * SEVERITY_WEIGHT[2];
      if (score > 0) scores.push([service, score]);
    }
    // Service ids are distinct, so the order depends on the scores alone.
    ranked = scores.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([service]) => service);
    rankingCache.set(firing, ranked);
  }
  return ranked;
}

const SOURCE_ORDER: readonly InvestigationSource[] = ['deploys', 'dashboard', 'logs', 'runbook', 'traces'];

/** The next look nobody has taken or been asked to take, on the services that are alerting. */
export function nextInvestigation(state: GameState, services = alertingServices(state)): { source: InvestigationSource; service: string } | null {
  const taken = (source: InvestigationSource, service: string) =>
    state.investigations.some((i) => i.source === source && i.service === service) ||
    state.tasks.some((t) => t.work.kind === 'investigate' && t.work.source === source && t.work.service === service);
  for (const service of services.slice(0, 3)) {
    for (const source of SOURCE_ORDER) if (!taken(source, service)) return { source, service };
  }
  return null;
}

function attempted(state: GameState, id: string): boolean {
  return state.mitigations.some((m) => m.id === id) || state.tasks.some((t) => t.work.kind === 'mitigate' && t.work.mitigation === id);
}

/** Safe mitigations (generic, not destructive, not untested) ranked by the clues found for them. */
export function mitigationCandidates(state: GameState): { mitigation: Mitigation; support: number }[] {
  const found = new Set(state.cluesFound);
  return state.scenario.mitigations
    .filter((m) => GENERIC_MITIGATIONS.has(m.kind) && !m.destructive && !m.untested && !attempted(state, m.id))
    .map((mitigation) => ({ mitigation, support: state.scenario.clues.filter((c) => found.has(c.id) && c.supports.includes(mitigation.id)).length }))
    .sort((a, b) => b.support - a.support);
}

/** The mitigation the evidence points to, or after long enough without evidence, the book's answer. */
export function chosenMitigation(state: GameState, incidentSince: number): Mitigation | null {
  const best = mitigationCandidates(state)[0];
  if (best && best.support > 0) return best.mitigation;
  if (state.time - incidentSince >= 600) {
    const fallback = state.scenario.truth.mitigations.find((id) => !attempted(state, id));
    return state.scenario.mitigations.find((m) => m.id === fallback) ?? null;
  }
  return null;
}

/** The one mitigation in flight or applied that is still settling. */
export const mitigationPending = (state: GameState): boolean =>
  state.mitigations.some((m) => !m.done) || state.tasks.some((t) => t.work.kind === 'mitigate' && t.status !== 'done');

/** Impact looks contained: a change took effect and the meter has stayed well below its peak and a major incident's level. */
export function looksMitigated(state: GameState): boolean {
  const worked = state.mitigations.some((m) => m.done && m.outcome === 'works') || state.rootCause.some((w) => w.step === 'deploy-hotfix' && w.done);
  if (!worked) return false;
  const major = state.doctrine.severity.levels.find((l) => l.level === 2)?.impactAtLeast ?? 0.05;
  const peak = peakImpact(state.history);
  const recent = recentPeakImpact(state, 60);
  return recent < major / 2 && recent < peak / 4;
}

const peaks = new WeakMap<readonly Sample[], number>();

/** The highest impact sampled (at least 0); bots ask several times a move, the history changes every 30s. */
function peakImpact(history: readonly Sample[]): number {
  let peak = peaks.get(history);
  if (peak === undefined) {
    peak = 0;
    for (const sample of history) peak = Math.max(peak, sample.impact);
    peaks.set(history, peak);
  }
  return peak;
}

/** When the player first saw trouble, from the first visible alert or impact sample. */
export function incidentSince(state: GameState): number {
  const alert = state.alerts.find((a) => a.labels.severity === 'critical')?.startsAt;
  const sample = state.history.find((s) => s.impact >= 0.02)?.at;
  return Math.min(alert ?? Number.POSITIVE_INFINITY, sample ?? Number.POSITIVE_INFINITY, state.time);
}

export function lastPlayerUpdateAt(state: GameState): number | null {
  for (let i = state.messages.length - 1; i >= 0; i--) {
    const m = state.messages[i]!;
    if (m.place === 'stakeholders' && m.kind === 'status' && state.players.includes(m.from)) return m.at;
  }
  return null;
}

/** A stakeholder update in the doctrine's shape: impact, status, actions, next update; no ETA. */
export function stakeholderUpdate(state: GameState): Action {
  const percent = Math.max(0, Math.round(state.impact * 100));
  const level = state.severity.level;
  const mitigated = looksMitigated(state);
  const status = mitigated ? 'mitigated; monitoring before we resolve' : mitigationPending(state) ? 'a mitigation is under way' : 'investigating; responders engaged';
  const next = state.doctrine.signal.cadenceMinutes * 60 - 300;
  const fields = { impact: `about ${percent}% of users affected`, status, actions: describeInFlight(state), next };
  return {
    type: 'message/posted',
    place: 'stakeholders',
    kind: 'status',
    text: `${level ? `SEV${level}. ` : ''}Impact: ${fields.impact}. Status: ${status}. In flight: ${fields.actions}. Next update in ${Math.round(next / 60)} minutes.`,
    fields,
  };
}

function describeInFlight(state: GameState): string {
  const open = state.tasks.filter((t) => t.status !== 'done');
  if (open.length === 0) return 'monitoring';
  return `${open.length} task${open.length > 1 ? 's' : ''} with named owners`;
}

export const wait = (seconds: number): Action => ({ type: 'clock/advanced', seconds });

export const delegate = (to: string, work: TaskWork, minutes = 10): Action => ({ type: 'task/delegated', to, work, timebox: minutes * 60 });

/** True when the engine would accept the action now. */
export function allowed(state: GameState, action: Action): boolean {
  const def = ACTIONS[action.type] as { check(state: GameState, action: Action, actor: string): unknown };
  const actor = ('by' in action && action.by) || me(state);
  return def.check(state, action, actor) === null;
}

export { INVESTIGATION_SOURCES };
