// Signal over noise: facts, decisions and actions in the main channel; speculation in a side thread;
// stakeholder updates on a steady cadence, shaped to say impact, status and the next update.
import { minutesToSeconds } from '../doctrine/pack';
import type { Message } from '../engine';
import { clock, finding, quote, type ScoringContext } from './context';
import { isPresentAt } from './command';
import { settle } from './dimension';
import type { DimensionResult, Finding } from './types';

const SIGNAL_KINDS = new Set(['status', 'decision', 'assignment', 'finding', 'ack']);
const NOISE_KINDS = new Set(['hypothesis', 'chatter']);
/** Asking responders for news rather than letting them work. */
export const UPDATE_DEMAND = /\b(update|eta|status|progress|news|where are we)\b/i;
/** A promised resolution time: doctrine says an update never gives one. */
export const PROMISED_ETA = /\b(eta|fixed (by|in|within)|resolved (by|in|within)|back up (by|in|within)|will be (fixed|resolved|back) (by|in|within))\b/i;
const MENTIONS_IMPACT = /\b(impact|users?|customers?|affected|\d+ ?%)/i;
const MENTIONS_NEXT = /\bnext update\b/i;

export function scoreSignal(ctx: ScoringContext): DimensionResult {
  return settle([...mainChannelRules(ctx), ...cadenceRules(ctx), ...updateShapeRule(ctx), ...demandRule(ctx), ...silencedCauseRule(ctx)]);
}

const WORKING_ROLES = new Set(['responder', 'manager', 'vendor']);

/** People working the incident at a moment: the players, and the responders, managers and vendors in the channel. */
function workingAt(ctx: ScoringContext, t: number): number {
  return ctx.state.players.length + ctx.scenario.people.filter((p) => WORKING_ROLES.has(p.role) && isPresentAt(ctx, p.id, t)).length;
}

export function mainChannelRules(ctx: ScoringContext): Finding[] {
  const { signal } = ctx.doctrine;
  const out: Finding[] = [];
  const main = ctx.playerMessages.filter((m) => m.place === 'main');
  let spent = 0;
  for (const m of main) {
    if (!NOISE_KINDS.has(m.kind) || workingAt(ctx, m.at) < signal.sideThreadFromPeople) continue;
    const points = Math.min(signal.speculationPenalty, signal.speculationPenaltyCap - spent);
    if (points <= 0) break;
    spent += points;
    const what = m.kind === 'hypothesis' ? 'a hypothesis' : 'chatter';
    out.push(finding('signal', 'signal.main_channel', m.at, -points, `At ${clock(m.at)} you posted ${what} in the main channel: ${quote(m.text)}. Speculation belongs in the side thread.`));
  }
  if (main.length >= signal.signalRatioMinMessages) {
    const ratio = main.filter((m) => SIGNAL_KINDS.has(m.kind)).length / main.length;
    if (ratio < signal.signalRatioTarget) {
      const points = (signal.signalRatioPenalty * (signal.signalRatioTarget - ratio)) / signal.signalRatioTarget;
      out.push(finding('signal', 'signal.main_channel', main[main.length - 1]!.at, -points, `Only ${Math.round(ratio * 100)}% of your ${main.length} main-channel messages were status, decisions, assignments or confirmed findings (aim for ${Math.round(signal.signalRatioTarget * 100)}%).`));
    } else {
      out.push(finding('signal', 'signal.main_channel', main[main.length - 1]!.at, 0, `${Math.round(ratio * 100)}% of your ${main.length} main-channel messages carried signal: status, decisions, assignments, findings.`));
    }
  }
  const thread = ctx.playerMessages.find((m) => m.place === 'thread');
  if (thread) out.push(finding('signal', 'signal.main_channel', thread.at, 0, `At ${clock(thread.at)} debugging moved to the side thread, keeping the main channel clear.`));
  return out;
}

/** Stakeholder updates: from a player, or from the person holding the comms role. */
export function stakeholderUpdates(ctx: ScoringContext): Message[] {
  const comms = new Set(Object.values(ctx.state.command.roles));
  return ctx.state.messages.filter((m) => m.place === 'stakeholders' && m.kind === 'status' && (ctx.isPlayer(m.from) || comms.has(m.from)));
}

export function cadenceRules(ctx: ScoringContext): Finding[] {
  const { signal } = ctx.doctrine;
  if (ctx.worstTruth > ctx.doctrine.severity.majorAtOrAbove) return [];
  const out: Finding[] = [];
  const declared = ctx.state.severity.history[0]?.at ?? ctx.incidentStart;
  const updates = stakeholderUpdates(ctx);
  const firstDue = declared + minutesToSeconds(signal.firstUpdateMinutes);
  const first = updates[0];
  if (!first || first.at > firstDue) {
    if (firstDue < ctx.end) {
      const when = first ? `came only at ${clock(first.at)}` : 'never came';
      out.push(finding('signal', 'signal.first_update', first?.at ?? firstDue, -signal.lateFirstUpdatePenalty, `The first stakeholder update ${when}; it was due within ${signal.firstUpdateMinutes} minutes of declaring, by ${clock(firstDue)}.`));
    }
  } else {
    out.push(finding('signal', 'signal.first_update', first.at, 0, `At ${clock(first.at)} stakeholders got their first update, within ${signal.firstUpdateMinutes} minutes of declaring.`));
    const scopingDue = first.at + minutesToSeconds(signal.scopingUpdateMinutes);
    const second = updates[1];
    if (scopingDue < ctx.end && (!second || second.at > scopingDue + minutesToSeconds(signal.scopingUpdateMinutes))) {
      out.push(finding('signal', 'signal.first_update', second?.at ?? scopingDue, -signal.lateScopingUpdatePenalty, `No impact-scoping update followed the first one within ${signal.scopingUpdateMinutes} minutes or so.`));
    }
  }
  const cadence = minutesToSeconds(signal.cadenceMinutes);
  const stamps = updates.map((u) => u.at);
  let previous = Math.max(declared, stamps[0] ?? declared);
  let missed = 0;
  for (const at of [...stamps.slice(1), ctx.end]) {
    const gap = at - previous;
    if (gap > cadence) {
      const periods = Math.floor(gap / cadence);
      missed += periods;
      out.push(finding('signal', 'signal.cadence', previous + cadence, -signal.missedUpdatePenalty * periods, `No stakeholder update between ${clock(previous)} and ${clock(at)}: the cadence is every ${signal.cadenceMinutes} minutes.`));
    }
    previous = at;
  }
  if (missed === 0 && updates.length > 0) {
    out.push(finding('signal', 'signal.cadence', updates[updates.length - 1]!.at, 0, `Stakeholders heard from you at least every ${signal.cadenceMinutes} minutes (${updates.length} update${updates.length === 1 ? '' : 's'}).`));
  }
  return out;
}

export function updateShapeRule(ctx: ScoringContext): Finding[] {
  const { signal } = ctx.doctrine;
  const out: Finding[] = [];
  for (const m of ctx.playerMessages) {
    if (m.place !== 'stakeholders' || m.kind !== 'status') continue;
    const f = m.fields ?? {};
    const missing: string[] = [];
    if (!f.impact && !MENTIONS_IMPACT.test(m.text)) missing.push('the impact');
    if (!f.next && !MENTIONS_NEXT.test(m.text)) missing.push('the time of the next update');
    if (missing.length > 0) {
      out.push(finding('signal', 'signal.update_shape', m.at, -signal.updateShapePenalty, `The update at ${clock(m.at)} did not say ${missing.join(' or ')}: ${quote(m.text)}.`));
    }
    if (f.eta || PROMISED_ETA.test(m.text)) {
      out.push(finding('signal', 'signal.update_shape', m.at, -signal.promisedEtaPenalty, `The update at ${clock(m.at)} promised a resolution time: ${quote(f.eta ?? m.text)}. Promise the next update, not the fix.`));
    }
  }
  return out;
}

/** Demanding updates from responders every few minutes interrupts the work. */
export function demandRule(ctx: ScoringContext): Finding[] {
  const { signal } = ctx.doctrine;
  const out: Finding[] = [];
  const gap = minutesToSeconds(signal.cadenceMinMinutes);
  let last: number | null = null;
  for (const m of ctx.playerMessages) {
    if (m.kind !== 'question' || m.place === 'stakeholders' || !UPDATE_DEMAND.test(m.text)) continue;
    if (last !== null && m.at - last < gap) {
      out.push(finding('signal', 'signal.cadence', m.at, -signal.tooFrequentPenalty, `At ${clock(m.at)} you demanded another update only ${Math.round((m.at - last) / 60)} min after the last: ${quote(m.text)}.`));
    }
    last = m.at;
  }
  return out;
}

export function silencedCauseRule(ctx: ScoringContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.actions('alert/silenced')) {
    const alert = ctx.state.alerts[s.action.alert];
    if (!alert || alert.truth !== 'cause') continue;
    const mitigated = ctx.state.mitigatedAt;
    if (mitigated !== null && mitigated <= s.at) continue;
    out.push(finding('signal', 'signal.main_channel', s.at, -ctx.doctrine.signal.silencedCausePenalty, `At ${clock(s.at)} you silenced ${alert.alertname}, the alert that pointed at the cause, while it was still live.`));
  }
  return out;
}
