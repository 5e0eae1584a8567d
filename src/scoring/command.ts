// Explicit command: one IC, claimed out loud and early; the IC coordinates and delegates by name.
import { minutesToSeconds } from '../doctrine/pack';
import { clock, finding, isHandsOn, quote, who, type ScoringContext } from './context';
import { settle } from './dimension';
import type { DimensionResult, Finding } from './types';

/** "Can someone...", "anyone...": asks that name nobody. Doctrine wants one named person. */
export const VAGUE_ASK = /\b(can|could|would) (some|any)(one|body)\b|\b(some|any)(one|body) (want|able|free|available|mind)\b|^(some|any)(one|body)\b/i;

export function scoreCommand(ctx: ScoringContext): DimensionResult {
  return settle([...claimRule(ctx), ...handsOffRule(ctx), ...handoffRule(ctx), ...delegateRule(ctx), ...spanRule(ctx)]);
}

export function claimRule(ctx: ScoringContext): Finding[] {
  const { command } = ctx.doctrine;
  const claim = ctx.state.command.history.find((h) => h.how === 'claimed' && h.ic !== null && ctx.isPlayer(h.ic));
  const needed = ctx.worstTruth <= ctx.doctrine.severity.majorAtOrAbove;
  const window = minutesToSeconds(command.claimWithinMinutes);
  if (!claim) {
    if (!needed) {
      // Doctrine: if nobody has command, the person who notices takes it, whatever the size.
      if (ctx.worstTruth > 3) return [];
      return [finding('command', 'command.claim', ctx.incidentStart, -command.minorNeverClaimedPenalty, `Nobody took command of this minor incident; from ${clock(ctx.incidentStart)} the person who noticed should have.`)];
    }
    return [finding('command', 'command.claim', ctx.incidentStart, -command.neverClaimedPenalty, `Nobody claimed command. From ${clock(ctx.incidentStart)} the incident ran without an incident commander.`)];
  }
  const delay = Math.max(0, claim.at - ctx.incidentStart);
  if (delay <= window) {
    return [finding('command', 'command.claim', claim.at, 0, `At ${clock(claim.at)} ${who(ctx, claim.ic!)} claimed command out loud, ${ctx.minutes(delay)} min after the incident began.`)];
  }
  const late = ctx.minutes(delay - window);
  const points = Math.min(command.neverClaimedPenalty, late * command.lateClaimPenaltyPerMinute);
  return [finding('command', 'command.claim', claim.at, -points, `Command was claimed at ${clock(claim.at)}, ${late} min later than the ${command.claimWithinMinutes} minutes doctrine allows.`)];
}

export function handsOffRule(ctx: ScoringContext): Finding[] {
  const { command } = ctx.doctrine;
  const out: Finding[] = [];
  let total = 0;
  for (const entry of ctx.log) {
    if (!isHandsOn(entry.action) || entry.action.type === 'clock/advanced') continue;
    const actor = ('by' in entry.action && entry.action.by) || ctx.state.players[0]!;
    if (ctx.icAt(entry.at) !== actor) continue;
    const helpers = ctx.scenario.people.filter((p) => p.role === 'responder' && isPresentAt(ctx, p.id, entry.at));
    if (helpers.length === 0) continue;
    const points = Math.min(command.handsOnPenalty, command.handsOnPenaltyCap - total);
    if (points <= 0) break;
    total += points;
    out.push(finding('command', 'command.hands_off', entry.at, -points, `At ${clock(entry.at)} the incident commander did hands-on work (${describe(entry.action)}) while ${helpers[0]!.name} could have taken it.`));
  }
  return out;
}

function describe(action: { type: string } & Record<string, unknown>): string {
  if (action.type === 'investigation/started') return `read ${String(action.service)} ${String(action.source)}`;
  if (action.type === 'mitigation/applied') return `applied ${String(action.mitigation)}`;
  if (action.type === 'rootCause/worked') return `${String(action.step).replace('-', ' ')} on ${String(action.service)}`;
  return action.type;
}

/** Whether a scenario person was in the channel at a moment (joined from the start, or answered a page before it). */
export function isPresentAt(ctx: ScoringContext, id: string, t: number): boolean {
  const person = ctx.scenario.people.find((p) => p.id === id);
  const state = ctx.state.people[id];
  if (!person || !state) return false;
  if (person.present) return true;
  return state.ackedAt !== null && state.ackedAt <= t;
}

export function handoffRule(ctx: ScoringContext): Finding[] {
  const out: Finding[] = [...shiftHandoff(ctx)];
  for (const h of ctx.actions('command/handedOff')) {
    const accepted = ctx.state.command.history.find((c) => c.how === 'handoff' && c.ic === h.action.to && c.at >= h.at);
    if (accepted) {
      out.push(finding('command', 'command.handoff', accepted.at, 0, `At ${clock(h.at)} command was handed to ${who(ctx, h.action.to)} explicitly, and acknowledged at ${clock(accepted.at)}.`));
    } else {
      out.push(finding('command', 'command.handoff', h.at, -ctx.doctrine.command.handoffWithoutAckPenalty, `At ${clock(h.at)} command was handed to ${who(ctx, h.action.to)}, but the drill ended before they acknowledged it.`));
    }
  }
  return out;
}

export function delegateRule(ctx: ScoringContext): Finding[] {
  const { command } = ctx.doctrine;
  const out: Finding[] = [];
  for (const m of ctx.playerMessages) {
    if (m.place !== 'main' || (m.mentions && m.mentions.length > 0) || !VAGUE_ASK.test(m.text)) continue;
    out.push(finding('command', 'command.delegate', m.at, -command.vagueAskPenalty, `At ${clock(m.at)} you asked nobody in particular: ${quote(m.text)}. Name one person, a task and a time box.`));
  }
  const delegations = ctx.actions('task/delegated');
  if (delegations.length > 0) {
    const first = delegations[0]!;
    out.push(finding('command', 'command.delegate', first.at, 0, `At ${clock(first.at)} a task went to one named person with a time box (${delegations.length} delegated in all).`));
  } else {
    const handsOn = ctx.log.filter((e) => isHandsOn(e.action) && e.action.type !== 'clock/advanced');
    const someoneWasThere = handsOn.some((e) => ctx.scenario.people.some((p) => p.role === 'responder' && isPresentAt(ctx, p.id, e.at)));
    if (handsOn.length > 0 && someoneWasThere) {
      out.push(finding('command', 'command.delegate', handsOn[0]!.at, -command.noDelegationPenalty, `Nothing was delegated: ${handsOn.length === 1 ? 'the one piece of hands-on work was' : `all ${handsOn.length} pieces of hands-on work were`} done alone while teammates were in the channel.`));
    }
  }
  return out;
}

export function spanRule(ctx: ScoringContext): Finding[] {
  const reports = new Set<string>();
  let at = 0;
  for (const d of ctx.actions('task/delegated')) {
    if (ctx.icAt(d.at) === d.by) {
      reports.add(d.action.to);
      at = d.at;
    }
  }
  for (const r of ctx.actions('role/assigned')) {
    if (ctx.icAt(r.at) === r.by) {
      reports.add(r.action.to);
      at = r.at;
    }
  }
  if (reports.size <= ctx.doctrine.command.spanMax) return [];
  return [finding('command', 'command.span', at, -ctx.doctrine.command.spanPenalty, `The incident commander directed ${reports.size} people directly; past ${ctx.doctrine.command.spanMax}, split the work into sub-teams.`)];
}

/** A shift that ends mid-incident: the outgoing commander hands off before leaving. */
export function shiftHandoff(ctx: ScoringContext): Finding[] {
  const shift = ctx.scenario.shift;
  if (!shift || ctx.end < shift.endsAt) return [];
  const deadline = Math.min(ctx.end, shift.endsAt + minutesToSeconds(ctx.doctrine.command.shiftHandoffGraceMinutes));
  const ic = ctx.icAt(deadline);
  if (ic === null || !ctx.isPlayer(ic)) return [];
  return [finding('command', 'command.handoff', deadline, -ctx.doctrine.command.leftWithoutHandoffPenalty, `Your shift ended at ${clock(shift.endsAt)}, and at ${clock(deadline)} you still held command: hand it to ${who(ctx, shift.relief)} explicitly before leaving.`)];
}
