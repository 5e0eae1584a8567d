// Facts about a finished game that several rules read: when the incident became visible, what
// severity was right at each moment, what the players did and said.
import type { DoctrinePack } from '../doctrine/pack';
import { definitionOf, formatClock, playerName, type Action, type GameState, type LoggedAction, type Message } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { Dimension, Finding } from './types';

export interface ScoringContext {
  state: GameState;
  scenario: Scenario;
  doctrine: DoctrinePack;
  log: readonly LoggedAction[];
  /** When the incident became visible: the first critical alert or noticeable customer impact. */
  incidentStart: number;
  /** When play stopped counting: the resolution or the end of the drill. */
  end: number;
  /** The most severe level the truth reaches (1 = SEV1). */
  worstTruth: number;
  isPlayer(id: string): boolean;
  /** The right severity at a moment, as the scenario's truth and the world's mitigation say. */
  truthAt(t: number): number;
  /** The severity the players had declared at a moment (null before any declaration). */
  declaredAt(t: number): number | null;
  /** The players' own messages. */
  playerMessages: readonly Message[];
  /** Accepted player actions of a type, with their time and actor. */
  actions<T extends Action['type']>(type: T): { at: number; by: string; action: Extract<Action, { type: T }> }[];
  /** Who held command at a moment. */
  icAt(t: number): string | null;
  minutes(seconds: number): number;
}

export const NOTICEABLE_IMPACT = 0.02;

export function buildContext(state: GameState, doctrine: DoctrinePack = state.doctrine): ScoringContext {
  const scenario = state.scenario;
  const players = new Set(state.players);
  const firstCritical = state.alerts.find((a) => a.labels.severity === 'critical')?.startsAt ?? Number.POSITIVE_INFINITY;
  const firstImpact = state.history.find((s) => s.impact >= NOTICEABLE_IMPACT)?.at ?? Number.POSITIVE_INFINITY;
  const firstFault = Math.min(...scenario.faults.map((f) => state.faults[f.id]?.startedAt ?? Number.POSITIVE_INFINITY));
  let incidentStart = Math.min(firstCritical, firstImpact);
  if (!Number.isFinite(incidentStart)) incidentStart = Number.isFinite(firstFault) ? firstFault : 0;
  const end = state.resolvedAt ?? state.time;
  const truthSteps = [...scenario.truth.severity].sort((a, b) => a.at - b.at);
  const truthAt = (t: number): number => {
    if (state.mitigatedAt !== null && t >= state.mitigatedAt) return scenario.truth.severityAfterMitigation;
    let level = truthSteps[0]?.level ?? 4;
    for (const s of truthSteps) if (s.at <= t) level = s.level;
    return level;
  };
  const declaredAt = (t: number): number | null => {
    let level: number | null = null;
    for (const h of state.severity.history) if (h.at <= t) level = h.level;
    return level;
  };
  const withActor = state.log.map((entry) => ({ at: entry.at, by: ('by' in entry.action && entry.action.by) || state.players[0]!, action: entry.action }));
  const icAt = (t: number): string | null => {
    let ic: string | null = null;
    for (const h of state.command.history) if (h.at <= t) ic = h.ic;
    return ic;
  };
  const reachable = truthSteps.filter((s) => s.at <= end).map((s) => s.level);
  return {
    state,
    scenario,
    doctrine,
    log: state.log,
    incidentStart,
    end,
    worstTruth: Math.min(...(reachable.length > 0 ? reachable : [truthSteps[0]?.level ?? 4])),
    isPlayer: (id) => players.has(id),
    truthAt,
    declaredAt,
    playerMessages: state.messages.filter((m) => players.has(m.from)),
    actions: <T extends Action['type']>(type: T) =>
      withActor.filter((e) => e.action.type === type) as { at: number; by: string; action: Extract<Action, { type: T }> }[],
    icAt,
    minutes: (seconds) => Math.round((seconds / 60) * 10) / 10,
  };
}

export const clock = formatClock;

/** A finding with the rule's dimension filled in. */
export const finding = (dimension: Dimension, rule: string, at: number, points: number, message: string): Finding => ({
  dimension,
  rule,
  at,
  points: Math.round(points * 10) / 10,
  message,
});

/** Quotes a message as evidence, shortened to one line. */
export function quote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

export const isHandsOn = (action: Action): boolean => definitionOf(action.type).handsOn;

export const who = (ctx: ScoringContext, id: string): string => {
  if (ctx.isPlayer(id)) return ctx.state.players.length === 1 ? 'you' : playerName(id);
  return ctx.scenario.people.find((p) => p.id === id)?.name ?? id;
};
