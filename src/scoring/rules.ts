// The doctrine's rules as one catalog: the handbook section and anchor of every rule id, and, for the
// rules with a clock, the live reminder the coach shows while a drill runs. The reminders read the
// same scoring context (incident start, worst impact, stakeholder updates) and the same pack numbers as
// the scorer, so a hint and a finding can never disagree about when something was due.
import { minutesToSeconds, type Dimension } from '../doctrine/pack';
import type { GameState } from '../engine';
import { buildContext, clock, NOTICEABLE_IMPACT, type ScoringContext } from './context';
import { stakeholderUpdates } from './signal';

/** The five handbook sections, in reading order. */
export const HANDBOOK_SECTIONS = ['reality', 'severity', 'coordination', 'communication', 'escalation'] as const;
export type HandbookSection = (typeof HANDBOOK_SECTIONS)[number];

export interface RuleInfo {
  /** Which debrief dimension scores it (null: taught, not scored on its own). */
  dimension: Dimension | null;
  section: HandbookSection;
  title: string;
}

/** Every doctrine rule: the ones the scorer emits and the ones the handbook teaches alongside them. */
export const RULES = {
  'mitigation.first': { dimension: 'mitigation', section: 'reality', title: 'Stop the bleeding before you look for the cause' },
  'mitigation.time': { dimension: 'mitigation', section: 'reality', title: 'Time to mitigation is what customers feel' },
  'mitigation.preserve': { dimension: 'mitigation', section: 'reality', title: 'Keep the evidence' },
  'blast.untested': { dimension: 'blastRadius', section: 'reality', title: 'No untested changes mid-incident' },
  'blast.destructive': { dimension: 'blastRadius', section: 'reality', title: 'No destructive changes unless they prevent worse' },
  'blast.staged': { dimension: 'blastRadius', section: 'reality', title: 'Small, staged, reversible steps' },
  'severity.declare': { dimension: 'severity', section: 'severity', title: 'Declare a severity once the impact is known' },
  'severity.unsure_higher': { dimension: 'severity', section: 'severity', title: 'When unsure, take the higher level' },
  'severity.reassess': { dimension: 'severity', section: 'severity', title: 'Re-classify when the impact changes' },
  'severity.no_debate': { dimension: 'severity', section: 'severity', title: 'Decide, note it, move on' },
  'command.claim': { dimension: 'command', section: 'coordination', title: 'Claim command out loud' },
  'command.single': { dimension: null, section: 'coordination', title: 'One incident commander at a time' },
  'command.hands_off': { dimension: 'command', section: 'coordination', title: 'The commander coordinates, hands off the keyboard' },
  'command.delegate': { dimension: 'command', section: 'coordination', title: 'One named person, one task, one time box' },
  'command.span': { dimension: 'command', section: 'coordination', title: 'Keep the span of control small' },
  'command.handoff': { dimension: 'command', section: 'coordination', title: 'Hand off command explicitly' },
  'signal.main_channel': { dimension: 'signal', section: 'communication', title: 'Facts in the main channel, guesses in the side thread' },
  'signal.first_update': { dimension: 'signal', section: 'communication', title: 'Tell stakeholders early' },
  'signal.cadence': { dimension: 'signal', section: 'communication', title: 'Update on a steady cadence' },
  'signal.update_shape': { dimension: 'signal', section: 'communication', title: 'Shape every update the same way' },
  'signal.time_callouts': { dimension: null, section: 'communication', title: 'Call out elapsed time' },
  'escalation.window': { dimension: 'escalation', section: 'escalation', title: 'Pull the right people in on time' },
  'escalation.ack': { dimension: null, section: 'escalation', title: 'An unanswered page escalates' },
  'escalation.declare': { dimension: null, section: 'escalation', title: 'When to declare an incident at all' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);

/** The element id of a rule in the handbook, e.g. "rule-signal-cadence". */
export const ruleAnchor = (id: string): string => `rule-${id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

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
