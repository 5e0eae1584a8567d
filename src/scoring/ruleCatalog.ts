// The doctrine's rules by id: handbook section, anchor and title, and the dimension that scores each.
// Plain data with no runtime imports, so the picker and the ladder can read it without the scorer.
import type { Dimension } from '../doctrine/pack';

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
