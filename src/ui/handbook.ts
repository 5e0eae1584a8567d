// The handbook's words: five short sections in our own words, one entry per doctrine rule. Every
// number is read from the doctrine pack passed in, so a team's own pack gets its own handbook.
import type { DoctrinePack } from '../doctrine/pack';
import { HANDBOOK_SECTIONS, RULES, ruleAnchor, type HandbookSection, type RuleId } from '../scoring/ruleCatalog';

export interface HandbookRule {
  id: RuleId;
  anchor: string;
  title: string;
  text: string[];
}

export interface HandbookChapter {
  id: HandbookSection;
  anchor: string;
  title: string;
  intro: string[];
  rules: HandbookRule[];
}

const SECTION_TITLES: Record<HandbookSection, string> = {
  reality: 'The reality of incidents',
  severity: 'Severity levels',
  coordination: 'Incident coordination',
  communication: 'Communication',
  escalation: 'Escalation',
};

const min = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

function intros(pack: DoctrinePack): Record<HandbookSection, string[]> {
  const major = pack.severity.levels.find((l) => l.level === pack.severity.majorAtOrAbove);
  return {
    reality: [
      'An incident never arrives tidy. Dozens of alerts fire at once, most of them symptoms, duplicates or noise; people ask questions faster than anyone can answer; and the person on call is often tired. Under that load, memory and judgement shrink to the next obvious thing.',
      'The doctrine exists so that the next obvious thing is the right one: find out who is hurt, stop the hurt, and only then ask why. The rules below keep the response small, safe and reversible while the picture is still unclear.',
    ],
    severity: [
      `Severity is a statement about customers, not about how hard the bug is. Pick the level from the business impact in this table; ${major?.name ?? `level ${pack.severity.majorAtOrAbove}`} and above is a major incident that brings the full response: an incident commander, a channel, stakeholder updates.`,
      `Misclassifying costs both ways, but not equally: in this pack a level too low costs ${pack.severity.underPenaltyPerLevelMinute} points per level-minute and a level too high ${pack.severity.overPenaltyPerLevelMinute}. Under-classifying leaves people unpaged and customers uninformed; over-classifying only spends some attention.`,
    ],
    coordination: [
      'A crowd of capable engineers without a leader is slower than one engineer: everyone assumes someone else is on it (the bystander effect), two people restart the same thing, nobody talks to support. One incident commander fixes that by deciding, delegating and keeping the picture.',
      'Roles make the structure visible: Incident Commander, Deputy, Scribe, Subject Matter Experts, Communications (internal and customer liaison) and an Operations lead when the hands-on work is large.',
    ],
    communication: [
      'The main channel is the incident’s shared memory: status, decisions, confirmed findings, assignments and acknowledgements. Everyone joining reads it to catch up, so it stays short and factual.',
      `Once ${pack.signal.sideThreadFromPeople} or more people are working, hypotheses, raw debugging and chatter move to a side thread. Stakeholders get their own channel and updates on a rhythm, so they stop asking.`,
    ],
    escalation: [
      'Escalating is how the response gets the people and the authority it lacks. The cost of asking too late is customers hurting longer; the cost of asking too early is one person’s interrupted evening. That is why late is scored harder than early.',
    ],
  };
}

function ruleTexts(pack: DoctrinePack): Record<RuleId, string[]> {
  const { severity, command, mitigation, signal, escalation, blastRadius } = pack;
  return {
    'mitigation.first': [
      'The order is: assess the impact, mitigate, find the root cause, fix it. A generic mitigation (roll back, scale out, shed load, fail over, turn a flag off) usually ends the customer pain long before the cause is understood.',
      `Digging into the cause while such a mitigation sits untried costs ${mitigation.rootCauseFirstPenaltyPerMinute} points per minute it delayed mitigation (at most ${mitigation.rootCauseFirstPenaltyCap}).`,
    ],
    'mitigation.time': [
      `Time to mitigation is measured against the drill’s par; customer impact accrues as user-minutes lost until the mitigation takes effect. Each minute past par costs ${mitigation.lateMitigationPenaltyPerMinute} points; never mitigating costs ${mitigation.neverMitigatedPenalty}.`,
    ],
    'mitigation.preserve': [`Restarting everything wipes the logs and the state that explain what happened. Look, or snapshot, before a destructive repair (wiping evidence costs ${mitigation.wipedEvidencePenalty} points).`],
    'blast.untested': [`Untested code or configuration pushed during an incident is a second incident waiting to happen, unless it is the only way to prevent worse loss (${blastRadius.untestedPenalty} points).`],
    'blast.destructive': [`Restarting every instance at once, manual data surgery, dropping queues or restoring over live data are destructive; they are findings unless they prevent catastrophic data loss (${blastRadius.destructivePenalty} points).`],
    'blast.staged': [`Prefer one canary, one region or one flag to a global change: a staged step can be undone and shows whether it helps (${blastRadius.globalOverStagedPenalty} points for a global change where a staged one would do).`],
    'severity.declare': [
      `Declare a severity as soon as the impact is known, within ${min(severity.declareWithinMinutes)} of the incident becoming visible. Each minute late costs ${severity.lateDeclarePenaltyPerMinute} points; never declaring a real incident costs ${severity.undeclaredPenalty}.`,
    ],
    'severity.unsure_higher': [
      `Torn between two levels? Take the higher one. A level too low costs ${severity.underPenaltyPerLevelMinute} points per level-minute, a level too high ${severity.overPenaltyPerLevelMinute}. You can always step down once the picture is clear.`,
    ],
    'severity.reassess': [
      `Impact changes: it grows, or a mitigation lowers it. Re-classify within ${min(severity.reassessWithinMinutes)} of a clear change (raise within ${min(severity.raiseWithinMinutes)} when it grows); a stale severity costs ${severity.stalePenalty} points.`,
    ],
    'severity.no_debate': [`Arguing about the level mid-incident is noise. The commander decides, the scribe notes it, everyone moves on (${severity.debatePenalty} points per debate).`],
    'command.claim': [
      `Someone claims command explicitly — “I am the incident commander” — within ${min(command.claimWithinMinutes)} of the incident becoming visible. If nobody has command, the person who noticed takes it.`,
      `Each minute late costs ${command.lateClaimPenaltyPerMinute} points; a major incident run without a commander costs ${command.neverClaimedPenalty}, a minor one ${command.minorNeverClaimedPenalty}.`,
    ],
    'command.single': ['Exactly one incident commander at a time. Two people giving orders is the same as none.'],
    'command.hands_off': [
      `The commander coordinates: no running remediations, reading graphs or digging through logs once someone else could. Each hands-on action costs ${command.handsOnPenalty} points (at most ${command.handsOnPenaltyCap}).`,
    ],
    'command.delegate': [
      '“Can someone look at the database?” gets nobody. A task goes to one named person, with a time box and an acknowledgement: “Maya, roll back checkout, report in 10 minutes.”',
      `A vague ask costs ${command.vagueAskPenalty} points; running a major incident without delegating anything costs ${command.noDelegationPenalty}.`,
    ],
    'command.span': [`More than ${command.spanMax} direct reports overwhelm a commander. Split the work into sub-teams with their own leads (${command.spanPenalty} points).`],
    'command.handoff': [
      `A handoff is explicit (“you are now the incident commander, okay?”), waits for the acknowledgement and is announced in the channel. A handoff nobody acknowledged costs ${command.handoffWithoutAckPenalty} points; leaving without one costs ${command.leftWithoutHandoffPenalty}. At a shift change, hand off within ${min(command.shiftHandoffGraceMinutes)}.`,
    ],
    'signal.main_channel': [
      `Status, decisions, confirmed findings, assignments and acknowledgements go to the main channel. Speculation goes to the side thread once ${signal.sideThreadFromPeople} or more people are working (${signal.speculationPenalty} points each, at most ${signal.speculationPenaltyCap}).`,
      `Aim for at least ${pct(signal.signalRatioTarget)} of your main-channel messages to carry signal.`,
    ],
    'signal.first_update': [
      `The first stakeholder update goes out within ${min(signal.firstUpdateMinutes)} of declaring a major incident, and an impact-scoping update within ${min(signal.scopingUpdateMinutes)} after that (${signal.lateFirstUpdatePenalty} points when late).`,
    ],
    'signal.cadence': [
      `Then update stakeholders every ${signal.cadenceMinMinutes} to ${signal.cadenceMinutes} minutes while the incident is major (${signal.missedUpdatePenalty} points per missed update). Demanding updates from responders every few minutes is itself an anti-pattern: it interrupts the people doing the work.`,
    ],
    'signal.update_shape': [
      `Every update says the impact, the current status, the actions in flight and the time of the next update. It never promises a resolution time (${signal.promisedEtaPenalty} points for a promised time, ${signal.updateShapePenalty} for a missing part).`,
    ],
    'signal.time_callouts': [`The deputy or the scribe calls out elapsed time every ${min(signal.timeCalloutMinutes)}, so nobody loses track of how long customers have been hurting.`],
    'escalation.window': [
      'Each drill names who should be pulled in and a window to do it in: the owning team’s on-call soon after a customer-visible outage, a manager when a failover or customer communication needs authority.',
      `Late is scored harder than early: ${escalation.latePenaltyPerMinute} points per minute late against ${escalation.earlyPenaltyPerMinute} per minute early (at most ${escalation.windowPenaltyCap}), and ${escalation.missedPenalty} for never paging. The exception: waking an executive for less than a SEV1 (${escalation.executiveForLowSeverityPenalty} points) or anyone for a minor incident (${escalation.needlessPagePenalty}).`,
    ],
    'escalation.ack': [`A page unacknowledged for ${min(escalation.ackTimeoutMinutes)} escalates to the next person in line. Do not wait politely; page the next level.`],
    'escalation.declare': [
      `Declare an incident when a second team is needed, when customers can see it, or when it is still unsolved after ${min(escalation.declareAfterMinutesUnsolved)}.`,
    ],
  };
}

/** The handbook for a pack: the five sections, each rule with its anchor and its words. */
export function buildHandbook(pack: DoctrinePack): HandbookChapter[] {
  const intro = intros(pack);
  const texts = ruleTexts(pack);
  return HANDBOOK_SECTIONS.map((section) => ({
    id: section,
    anchor: `section-${section}`,
    title: SECTION_TITLES[section],
    intro: intro[section],
    rules: (Object.keys(RULES) as RuleId[])
      .filter((id) => RULES[id].section === section)
      .map((id) => ({ id, anchor: ruleAnchor(id), title: RULES[id].title, text: texts[id] })),
  }));
}

/** The severity table of a pack, highest first. */
export const severityTable = (pack: DoctrinePack) =>
  [...pack.severity.levels].sort((a, b) => a.level - b.level).map((l) => ({ ...l, from: l.impactAtLeast > 0 ? `${pct(l.impactAtLeast)} of users or more` : 'no customer impact' }));
