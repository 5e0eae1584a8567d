// What a player can see and work out from the war room: firing alerts, the impact meter, who is in
// the channel, what investigations found. Bots read the game through these, as a person would.
import { ACTIONS, type Action, type GameState, type TaskWork } from '../engine';
import { GENERIC_MITIGATIONS } from '../engine';
import { INVESTIGATION_SOURCES, type InvestigationSource, type Mitigation, type Person } from '../scenario/schema';

export const me = (state: GameState): string => state.players[0]!;

/** Something has visibly gone wrong: a critical alert fired or customers were affected. */
export function incidentVisible(state: GameState): boolean {
  return state.impact >= 0.02 || state.alerts.some((a) => a.labels.severity === 'critical') || state.history.some((s) => s.impact >= 0.02);
}

/** The severity the pack's table gives for an impact (1 = SEV1). */
export function levelForImpact(state: GameState, impact: number): number {
  const levels = [...state.doctrine.severity.levels].sort((a, b) => a.level - b.level);
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
  const weight = { critical: 3, warning: 2, info: 1 } as const;
  const scores = new Map<string, number>();
  for (const a of state.alerts) {
    if (a.status !== 'firing') continue;
    scores.set(a.labels.service, (scores.get(a.labels.service) ?? 0) + weight[a.labels.severity]);
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
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
  const peak = Math.max(0, ...state.history.map((s) => s.impact));
  const recent = recentPeakImpact(state, 60);
  return recent < major / 2 && recent < peak / 4;
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
