// The doctrine's rules as one catalog: the handbook section and anchor of every rule id, and, for the
// rules with a clock, the live reminder the coach shows while a drill runs. The reminders read the
// same scoring context (incident start, worst impact, stakeholder updates) and the same pack numbers as
// the scorer, so a hint and a finding can never disagree about when something was due.
import { minutesToSeconds } from '../doctrine/pack';
import type { GameState } from '../engine';
import { buildContext, clock, NOTICEABLE_IMPACT, type ScoringContext } from './context';
import type { RuleId } from './ruleCatalog';
import { stakeholderUpdates } from './signal';

export * from './ruleCatalog';

/**
 * A live reminder. `timer` reminders (something is due) survive up to the scribe and deputy levels;
 * `move` reminders point at the next move and are for shadow only.
 */
export interface Reminder {
  rule: RuleId;
  kind: 'timer' | 'move';
  /** Game second by which it is due (null: due now). */
  dueAt: number | null;
  text: string;
}

type LiveRule = (ctx: ScoringContext) => Reminder | null;

const isMajor = (ctx: ScoringContext) => ctx.worstTruth <= ctx.doctrine.severity.majorAtOrAbove;
/** The incident is visible now: a critical alert has fired or customers notice (the scorer's own signs). */
const started = (ctx: ScoringContext) => ctx.state.criticalFired > 0 || ctx.state.history.some((s) => s.impact >= NOTICEABLE_IMPACT);
const dueText = (ctx: ScoringContext, dueAt: number) => (ctx.state.time > dueAt ? `it was due at ${clock(dueAt)}` : `due by ${clock(dueAt)}`);

/** command.claim: nobody has command once the incident is real (the scorer's incident start and window). */
const noCommander: LiveRule = (ctx) => {
  if (!started(ctx) || ctx.state.command.ic !== null || ctx.worstTruth > 3) return null;
  const dueAt = ctx.incidentStart + minutesToSeconds(ctx.doctrine.command.claimWithinMinutes);
  return { rule: 'command.claim', kind: 'timer', dueAt, text: `No incident commander yet: claim command out loud (${dueText(ctx, dueAt)}).` };
};

/** severity.declare: no severity yet while the impact is known. */
const noSeverity: LiveRule = (ctx) => {
  if (!started(ctx) || ctx.state.severity.level !== null || ctx.worstTruth >= 4) return null;
  const dueAt = ctx.incidentStart + minutesToSeconds(ctx.doctrine.severity.declareWithinMinutes);
  return { rule: 'severity.declare', kind: 'timer', dueAt, text: `Severity not declared: judge it by customer impact (${dueText(ctx, dueAt)}).` };
};

/** signal.first_update and signal.cadence: the next stakeholder update of a major incident. */
const updateDue: LiveRule = (ctx) => {
  const declared = ctx.state.severity.history[0]?.at;
  if (declared === undefined || !isMajor(ctx) || ctx.state.mitigatedAt !== null) return null;
  const { signal } = ctx.doctrine;
  const updates = stakeholderUpdates(ctx);
  const last = updates[updates.length - 1];
  if (!last) {
    const dueAt = declared + minutesToSeconds(signal.firstUpdateMinutes);
    return { rule: 'signal.first_update', kind: 'timer', dueAt, text: `First stakeholder update ${dueText(ctx, dueAt)}: impact, status, actions, next update.` };
  }
  const dueAt = last.at + minutesToSeconds(signal.cadenceMinutes);
  // Only worth a reminder in the last stretch before it is due.
  if (dueAt - ctx.state.time > minutesToSeconds(signal.cadenceMinutes - signal.cadenceMinMinutes)) return null;
  return { rule: 'signal.cadence', kind: 'timer', dueAt, text: `Stakeholder update ${dueText(ctx, dueAt)} (every ${signal.cadenceMinutes} minutes).` };
};

/** escalation.window: someone the scenario needs is not paged and their window is open. */
const escalationWindow: LiveRule = (ctx) => {
  if (!started(ctx)) return null;
  const now = ctx.state.time;
  const paged = new Set(ctx.actions('page/sent').map((p) => p.action.to));
  for (const window of ctx.scenario.escalation) {
    const person = ctx.scenario.people.find((p) => p.id === window.person);
    if (!person || person.present || paged.has(person.id) || now < window.earliest) continue;
    return { rule: 'escalation.window', kind: 'move', dueAt: window.latest, text: `Time to escalate: ${person.name} (${person.title}) should be paged, ${dueText(ctx, window.latest)}.` };
  }
  return null;
};

/** The live rules in the order a commander meets them. */
export const LIVE_RULES: readonly LiveRule[] = [noCommander, noSeverity, escalationWindow, updateDue];

/** Every reminder that applies to a running game now (none once it has ended). */
export function liveReminders(state: GameState): Reminder[] {
  if (state.phase !== 'running') return [];
  const ctx = buildContext(state);
  return LIVE_RULES.flatMap((rule) => rule(ctx) ?? []);
}
