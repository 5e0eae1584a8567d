// The debrief as plain data (the war room draws it) and as a blameless-postmortem Markdown export.
import { DIMENSIONS, type Dimension } from '../doctrine/pack';
import { formatClock, nameOf, type Action, type GameState } from '../engine';
import { isNeedlessPage } from './escalation';
import { scoreGame } from './score';
import type { Finding, ScoreReport } from './types';

export type MarkerKind = 'command' | 'severity' | 'escalation' | 'mitigated' | 'resolved';

export interface Marker {
  at: number;
  kind: MarkerKind;
  label: string;
}

export type TimelineEntry =
  | { at: number; kind: 'action'; who: string; text: string }
  | { at: number; kind: 'message'; who: string; place: string; text: string }
  | { at: number; kind: 'alert'; text: string; truth: string }
  | { at: number; kind: 'marker'; marker: MarkerKind; text: string };

export interface DebriefDimension {
  dimension: Dimension;
  score: number;
  weight: number;
  findings: Finding[];
}

export interface Debrief {
  scenario: { id: string; title: string };
  seed: number;
  outcome: { resolved: boolean; mitigatedAt: number | null; userMinutesLost: number; endedAt: number };
  total: number;
  dimensions: DebriefDimension[];
  findings: Finding[];
  timeline: TimelineEntry[];
  markers: Marker[];
  impact: { at: number; impact: number }[];
  ghost: { total: number; impact: { at: number; impact: number }[]; mitigatedAt: number | null } | null;
  suggestions: { stop: string[]; start: string[]; continue: string[] };
}

export const DIMENSION_TITLES: Record<Dimension, string> = {
  mitigation: 'Mitigation over resolution',
  command: 'Explicit command',
  escalation: 'Escalation on time',
  severity: 'Severity by impact',
  signal: 'Signal over noise',
  blastRadius: 'Blast radius',
};

/** Rules broken by doing something (STOP) rather than by leaving something undone (START). */
const COMMISSION_RULES = new Set(['command.hands_off', 'command.delegate', 'blast.destructive', 'blast.untested', 'blast.staged', 'signal.main_channel', 'severity.no_debate', 'mitigation.first', 'mitigation.preserve', 'signal.update_shape']);

const ADVICE: Record<string, { stop?: string; start?: string; keep: string }> = {
  'command.claim': { start: 'Claim command out loud as soon as the incident is real: "I am the incident commander."', keep: 'Claiming command early and out loud.' },
  'command.hands_off': { stop: 'Doing hands-on work while in command; hand it to a named responder.', keep: 'Keeping the commander’s hands off the keyboard.' },
  'command.handoff': { start: 'Handing off command explicitly and waiting for the acknowledgement.', keep: 'Explicit, acknowledged handoffs.' },
  'command.delegate': { stop: 'Asking "can someone..."; give one named person a task and a time box.', start: 'Delegating each task to one named person with a time box.', keep: 'Delegating to named people with time boxes.' },
  'command.span': { start: 'Splitting large responses into sub-teams with their own leads.', keep: 'A manageable span of control.' },
  'severity.declare': { start: 'Declaring a severity as soon as the impact is known.', keep: 'Declaring severity promptly.' },
  'severity.unsure_higher': { start: 'Choosing the higher severity when unsure.', keep: 'Severity that matched the business impact.' },
  'severity.reassess': { start: 'Re-classifying severity when the impact changes.', keep: 'Re-assessing severity as impact changed.' },
  'severity.no_debate': { stop: 'Arguing about severity mid-incident; decide, note it, move on.', keep: 'Deciding severity without debate.' },
  'escalation.window': { start: 'Paging the owning team and the people with authority on time; late costs more than early.', stop: 'Waking executives or everyone for a minor incident.', keep: 'Escalating on time to the right people.' },
  'mitigation.first': { stop: 'Root-cause work while a rollback, failover or flag was untried.', keep: 'Mitigating before digging for the root cause.' },
  'mitigation.time': { start: 'Reaching for a generic mitigation (roll back, scale, shed load, fail over, flag off) sooner.', keep: 'Fast mitigation.' },
  'mitigation.preserve': { stop: 'Wiping evidence with restarts before anyone looked.', keep: 'Preserving evidence.' },
  'blast.destructive': { stop: 'Destructive changes (restart everything, data surgery) that do not prevent worse loss.', keep: 'Avoiding destructive changes.' },
  'blast.untested': { stop: 'Pushing untested code or configuration during the incident.', keep: 'Only tested changes mid-incident.' },
  'blast.staged': { stop: 'Global changes where a staged one (one canary, one region, a flag) would do.', keep: 'Staged, reversible changes.' },
  'signal.main_channel': { stop: 'Speculating and debugging in the main channel; use the side thread.', keep: 'A main channel of facts, decisions and actions.' },
  'signal.cadence': { start: 'Updating stakeholders on a steady cadence, without demanding updates from responders every few minutes.', keep: 'A steady stakeholder-update cadence.' },
  'signal.first_update': { start: 'Sending the first stakeholder update within minutes of declaring.', keep: 'A prompt first update.' },
  'signal.update_shape': { stop: 'Promising resolution times; state impact, status and the next update instead.', start: 'Shaping updates: impact, status, actions, time of the next update.', keep: 'Well-shaped updates.' },
};

function suggestions(findings: Finding[]): Debrief['suggestions'] {
  const stop = new Set<string>();
  const start = new Set<string>();
  const kept = new Set<string>();
  const broken = new Set<string>();
  for (const f of findings) {
    const advice = ADVICE[f.rule];
    if (!advice) continue;
    if (f.points >= 0) {
      kept.add(f.rule);
      continue;
    }
    broken.add(f.rule);
    // Paging an executive for a minor incident is done, not left undone: a STOP, not a START.
    if ((COMMISSION_RULES.has(f.rule) || isNeedlessPage(f)) && advice.stop) stop.add(advice.stop);
    else if (advice.start) start.add(advice.start);
    else if (advice.stop) stop.add(advice.stop);
  }
  // A rule both kept and broken is something to fix, not to continue.
  const keep = [...kept].filter((rule) => !broken.has(rule)).map((rule) => ADVICE[rule]!.keep);
  return { stop: [...stop], start: [...start], continue: keep.slice(0, 5) };
}

function describeAction(state: GameState, action: Action): string | null {
  const name = (id: string) => nameOf({ scenario: state.scenario, s: state }, id);
  switch (action.type) {
    case 'clock/advanced':
    case 'message/posted':
      return null;
    case 'command/claimed':
      return 'claimed command';
    case 'command/handedOff':
      return `handed command to ${name(action.to)}`;
    case 'role/assigned':
      return `made ${name(action.to)} ${action.role}`;
    case 'task/delegated':
      return `delegated to ${name(action.to)} (${action.work.kind})`;
    case 'severity/declared':
      return `declared SEV${action.level}`;
    case 'page/sent':
      return `paged ${name(action.to)}`;
    case 'investigation/started':
      return `looked at ${action.service} ${action.source}`;
    case 'mitigation/applied':
      return `applied ${state.scenario.mitigations.find((m) => m.id === action.mitigation)?.label ?? action.mitigation}`;
    case 'rootCause/worked':
      return `${action.step.replace('-', ' ')} on ${action.service}`;
    case 'alert/acknowledged':
      return `acknowledged ${state.alerts[action.alert]?.alertname ?? 'an alert'}`;
    case 'alert/silenced':
      return `silenced ${state.alerts[action.alert]?.alertname ?? 'an alert'}`;
    case 'incident/mitigated':
      return 'marked the incident mitigated';
    case 'incident/resolved':
      return 'resolved the incident';
    case 'facilitator/injected':
      return action.inject.kind === 'scripted' ? `injected ${action.inject.id}` : `injected a ${action.inject.kind}`;
    case 'facilitator/fallbackArmed':
      return `armed a fallback (${action.when.kind})`;
    case 'facilitator/hinted':
      return `hinted to ${action.to}`;
    case 'facilitator/ended':
      return 'ended the drill';
  }
}

export function markersOf(state: GameState): Marker[] {
  const name = (id: string) => nameOf({ scenario: state.scenario, s: state }, id);
  const markers: Marker[] = [];
  for (const h of state.command.history) markers.push({ at: h.at, kind: 'command', label: `${h.ic ? name(h.ic) : 'Nobody'} ${h.how === 'claimed' ? 'claimed' : 'took over'} command` });
  for (const h of state.severity.history) markers.push({ at: h.at, kind: 'severity', label: `SEV${h.level}` });
  for (const e of state.log) if (e.action.type === 'page/sent') markers.push({ at: e.at, kind: 'escalation', label: `Paged ${name(e.action.to)}` });
  if (state.mitigatedAt !== null) markers.push({ at: state.mitigatedAt, kind: 'mitigated', label: 'Mitigation effective' });
  if (state.resolvedAt !== null) markers.push({ at: state.resolvedAt, kind: 'resolved', label: 'Resolved' });
  return markers.sort((a, b) => a.at - b.at);
}

export function buildDebrief(state: GameState, score: ScoreReport = scoreGame(state), options: { ghost?: GameState } = {}): Debrief {
  const name = (id: string) => nameOf({ scenario: state.scenario, s: state }, id);
  const markers = markersOf(state);
  const timeline: TimelineEntry[] = [];
  for (const e of state.log) {
    const text = describeAction(state, e.action);
    const by = ('by' in e.action && e.action.by) || state.players[0]!;
    if (text) timeline.push({ at: e.at, kind: 'action', who: name(by), text });
  }
  for (const m of state.messages) timeline.push({ at: m.at, kind: 'message', who: name(m.from), place: m.place, text: m.text });
  const seenGroups = new Set<string>();
  for (const a of state.alerts) {
    const group = `${a.alertname}/${a.labels.service}`;
    if (seenGroups.has(group)) continue;
    seenGroups.add(group);
    timeline.push({ at: a.startsAt, kind: 'alert', text: `${a.alertname} (${a.labels.service}, ${a.labels.severity}): ${a.annotations.summary}`, truth: a.truth });
  }
  for (const m of markers) timeline.push({ at: m.at, kind: 'marker', marker: m.kind, text: m.label });
  const order = { marker: 0, alert: 1, action: 2, message: 3 } as const;
  timeline.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind]);
  const ghost = options.ghost;
  return {
    scenario: { id: state.scenario.id, title: state.scenario.title },
    seed: state.seed,
    outcome: { resolved: state.endReason === 'resolved', mitigatedAt: state.mitigatedAt, userMinutesLost: Math.round(state.userMinutesLost), endedAt: state.time },
    total: score.total,
    dimensions: DIMENSIONS.map((dimension) => ({ dimension, score: score.dimensions[dimension], weight: state.doctrine.weights[dimension], findings: score.findings.filter((f) => f.dimension === dimension) })),
    findings: score.findings,
    timeline,
    markers,
    impact: state.history.map((s) => ({ at: s.at, impact: s.impact })),
    ghost: ghost ? { total: scoreGame(ghost).total, impact: ghost.history.map((s) => ({ at: s.at, impact: s.impact })), mitigatedAt: ghost.mitigatedAt } : null,
    suggestions: suggestions(score.findings),
  };
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** A blameless postmortem: summary, impact, timeline, what went well, what went wrong, action items. */
export function debriefMarkdown(debrief: Debrief): string {
  const lines: string[] = [];
  const mitigated = debrief.outcome.mitigatedAt === null ? 'was never mitigated' : `was mitigated at ${formatClock(debrief.outcome.mitigatedAt)}`;
  lines.push(`# Postmortem (drill): ${debrief.scenario.title}`, '');
  lines.push(`Scenario \`${debrief.scenario.id}\`, seed ${debrief.seed}. Blameless: this reviews decisions and systems, not people.`, '');
  lines.push('## Summary', '');
  lines.push(`The incident ${mitigated} and ${debrief.outcome.resolved ? `was resolved at ${formatClock(debrief.outcome.endedAt)}` : 'was not resolved before the drill ended'}. Doctrine score: **${debrief.total}/100**${debrief.ghost ? ` (a by-the-book response on the same seed scores ${debrief.ghost.total})` : ''}.`, '');
  lines.push('| Dimension | Score |', '| --- | ---: |');
  for (const d of debrief.dimensions) lines.push(`| ${DIMENSION_TITLES[d.dimension]} | ${d.score} |`);
  lines.push('', '## Impact', '');
  const peak = Math.max(0, ...debrief.impact.map((s) => s.impact));
  lines.push(`- Peak: ${Math.round(peak * 100)}% of users affected.`);
  lines.push(`- ${debrief.outcome.userMinutesLost.toLocaleString('en-US')} user-minutes lost.`);
  lines.push('', '## Timeline', '', '| Time | Event |', '| --- | --- |');
  for (const e of debrief.timeline) {
    if (e.kind === 'message' && e.place !== 'main' && e.place !== 'stakeholders') continue;
    const text = e.kind === 'action' ? `${e.who} ${e.text}` : e.kind === 'message' ? `${e.who}${e.place === 'stakeholders' ? ' (to stakeholders)' : ''}: ${e.text}` : e.kind === 'alert' ? `Alert: ${e.text}` : `**${e.text}**`;
    lines.push(`| ${formatClock(e.at)} | ${escapeCell(text)} |`);
  }
  const well = debrief.findings.filter((f) => f.points >= 0);
  const wrong = debrief.findings.filter((f) => f.points < 0);
  lines.push('', '## What went well', '');
  lines.push(...(well.length > 0 ? well.map((f) => `- ${f.message} (\`${f.rule}\`)`) : ['- Nothing stood out this time.']));
  lines.push('', '## What went wrong', '');
  lines.push(...(wrong.length > 0 ? wrong.map((f) => `- ${formatClock(f.at)}: ${f.message} (\`${f.rule}\`, ${f.points})`) : ['- Nothing the doctrine flags.']));
  lines.push('', '## Action items', '');
  const items = [...debrief.suggestions.stop.map((s) => `STOP: ${s}`), ...debrief.suggestions.start.map((s) => `START: ${s}`), ...debrief.suggestions.continue.map((s) => `CONTINUE: ${s}`)];
  lines.push(...(items.length > 0 ? items.map((s) => `- [ ] ${s}`) : ['- [ ] Keep practising this drill at the next level.']));
  return `${lines.join('\n')}\n`;
}
