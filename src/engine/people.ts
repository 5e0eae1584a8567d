// Simulated people: they answer pages, acknowledge and report back on tasks, take command when
// handed it, ask for updates when none come, and pile into the channel when nobody leads.
import { minutesToSeconds } from '../doctrine/pack';
import { personById, mitigationById } from './lookup';
import { formatClock } from './time';
import type { TaskWork } from './types';
import type { Tx } from './tx';
import { applyMitigation, INVESTIGATION_COST, lockedOut, occupy, rootCauseDuration, startInvestigation, startRootCauseWork } from './work';

/** How long a teammate takes to say "on it". */
export const TASK_ACK_DELAY = 30;
/** How long a teammate takes to accept a handoff of command. */
export const HANDOFF_ACK_DELAY = 45;
/** Time for a teammate to carry out a mitigation before its own delay starts. */
export const APPLY_MITIGATION_TIME = 60;

export function nameOf(tx: { scenario: Tx['scenario']; s: Tx['s'] }, id: string): string {
  if (tx.s.players.includes(id)) return tx.s.players.length === 1 ? 'You' : id;
  return personById(tx.scenario, id)?.name ?? id;
}

function firstName(tx: Tx, id: string): string {
  return nameOf(tx, id).split(' ')[0] ?? id;
}

export function describeWork(tx: Pick<Tx, 'scenario'>, work: TaskWork): string {
  if (work.kind === 'investigate') return `check ${work.service} ${work.source}`;
  if (work.kind === 'mitigate') return mitigationById(tx.scenario, work.mitigation)?.label.toLowerCase() ?? work.mitigation;
  return `${work.step.replace('-', ' ')} on ${work.service}`;
}

export function pageAnswered(tx: Tx, personId: string): void {
  const state = tx.s.people[personId];
  const person = personById(tx.scenario, personId);
  if (!state || !person || state.ackedAt !== null) return;
  tx.own('people')[personId] = { ...state, ackedAt: tx.now, present: true };
  const ic = tx.s.command.ic;
  const lead = ic === null ? ' Who is running this?' : tx.s.players.includes(ic) ? ' What do you need from me?' : ` ${firstName(tx, ic)}, what do you need from me?`;
  tx.post({ place: 'main', from: personId, kind: 'ack', text: `${person.name} here (${person.title}), joining.${lead}` });
}

export function pageTimedOut(tx: Tx, personId: string): void {
  const state = tx.s.people[personId];
  const person = personById(tx.scenario, personId);
  if (!state || !person || state.ackedAt !== null || state.escalatedAt !== null) return;
  tx.own('people')[personId] = { ...state, escalatedAt: tx.now };
  const next = person.escalatesTo ? personById(tx.scenario, person.escalatesTo) : undefined;
  const minutes = tx.s.doctrine.escalation.ackTimeoutMinutes;
  if (next) {
    tx.post({ place: 'main', from: 'pager', kind: 'status', text: `Page to ${person.name} unacknowledged for ${minutes}m; escalated to ${next.name} (${next.title}).` });
    sendPage(tx, 'pager', next.id);
  } else {
    tx.post({ place: 'main', from: 'pager', kind: 'status', text: `Page to ${person.name} unacknowledged for ${minutes}m; nobody further on the escalation policy.` });
  }
}

/** Pages a person: they answer after their delay; unanswered pages escalate after the pack's timeout. */
export function sendPage(tx: Tx, by: string, personId: string): void {
  const person = personById(tx.scenario, personId);
  const state = tx.s.people[personId];
  if (!person || !state) return;
  tx.own('people')[personId] = { ...state, pagedAt: tx.now, pagedBy: by, escalatedAt: null };
  if (tx.s.firstPageAt === null) tx.s.firstPageAt = tx.now;
  // While responders are locked out of their tools, pages take longer to get through.
  const delay = lockedOut(tx, tx.now)?.locksOut?.pageDelay ?? 0;
  if (person.behaviour.answersPages) tx.schedule({ at: tx.now + person.behaviour.ackDelay + delay, type: 'page-answered', person: personId });
  tx.schedule({ at: tx.now + minutesToSeconds(tx.s.doctrine.escalation.ackTimeoutMinutes), type: 'page-timeout', person: personId });
}

export function taskAcknowledged(tx: Tx, taskId: number): void {
  const task = tx.s.tasks[taskId];
  if (!task || task.status !== 'assigned') return;
  const report = Math.round(task.timebox / 60);
  tx.post({ place: 'main', from: task.to, kind: 'ack', text: `On it: ${describeWork(tx, task.work)}. Will report back within ${report}m.` });
  const person = personById(tx.scenario, task.to);
  const start = Math.max(tx.now, tx.s.people[task.to]?.busyUntil ?? tx.now);
  const extra = person?.behaviour.workDelay ?? 60;
  const work = task.work;
  let workIndex: number | null = null;
  let finishAt: number;
  if (work.kind === 'investigate') {
    finishAt = start + INVESTIGATION_COST[work.source] + extra;
    workIndex = startInvestigation(tx, task.to, work.source, work.service, start, finishAt - start);
  } else if (work.kind === 'root-cause') {
    finishAt = start + rootCauseDuration(tx, work.step) + extra;
    workIndex = startRootCauseWork(tx, task.to, work.step, work.service, start, finishAt - start);
  } else {
    finishAt = start + APPLY_MITIGATION_TIME + extra;
    occupy(tx, task.to, finishAt);
  }
  tx.own('tasks')[taskId] = { ...task, ackedAt: tx.now, status: 'acknowledged', workIndex };
  tx.schedule({ at: finishAt, type: 'task-finished', task: taskId });
}

/** The teammate finished: a mitigation is applied as them; every task ends with a report in the main channel. */
export function taskFinished(tx: Tx, taskId: number): void {
  const task = tx.s.tasks[taskId];
  if (!task || task.status === 'done') return;
  tx.own('tasks')[taskId] = { ...task, doneAt: tx.now, status: 'done' };
  const work = task.work;
  const late = tx.now - task.assignedAt > task.timebox ? ' (sorry, that took longer than promised)' : '';
  if (work.kind === 'investigate') {
    const investigation = task.workIndex === null ? undefined : tx.s.investigations[task.workIndex];
    if (investigation?.blocked) {
      tx.post({ place: 'main', from: task.to, kind: 'finding', text: `Could not get into the ${work.source} for ${work.service}: our own tools are unreachable too${late}.` });
    } else {
      reportClues(tx, task.to, investigation?.clues ?? [], `${work.service} ${work.source}`, late);
    }
  } else if (work.kind === 'mitigate') {
    applyMitigation(tx, task.to, work.mitigation);
    const label = mitigationById(tx.scenario, work.mitigation)?.label ?? work.mitigation;
    tx.post({ place: 'main', from: task.to, kind: 'status', text: `Done: ${label}. Watching the graphs for the effect${late}.` });
  } else if (work.step === 'deep-dive') {
    const clues = task.workIndex === null ? [] : (tx.s.rootCause[task.workIndex]?.clues ?? []);
    reportClues(tx, task.to, clues, `the ${work.service} code`, late);
  } else {
    tx.post({ place: 'main', from: task.to, kind: 'status', text: `Done: ${work.step.replace('-', ' ')} for ${work.service}${late}.` });
  }
}

function reportClues(tx: Tx, from: string, clues: string[], where: string, late: string): void {
  if (clues.length === 0) {
    tx.post({ place: 'main', from, kind: 'finding', text: `Nothing unusual in ${where}${late}.` });
    return;
  }
  for (const clueId of clues) {
    const clue = tx.scenario.clues.find((c) => c.id === clueId);
    if (clue) tx.post({ place: 'main', from, kind: 'finding', text: `${clue.text}${late}` });
  }
}

export function handoffAcknowledged(tx: Tx, from: string, to: string): void {
  const command = tx.s.command;
  if (!command.pendingHandoff || command.pendingHandoff.to !== to || command.ic !== from) return;
  tx.s.command = {
    ...command,
    ic: to,
    claimedAt: tx.now,
    pendingHandoff: null,
    history: [...command.history, { at: tx.now, ic: to, how: 'handoff' }],
  };
  tx.post({ place: 'main', from: to, kind: 'ack', text: `Acknowledged: I am now the incident commander. Thanks, ${firstName(tx, from)}.` });
}

const PILE_IN_LINES = ['+1 seeing errors too', 'anyone looking at this?', 'is this related to the deploy earlier?', 'my dashboards are all red, who is on it?', 'maybe it is DNS?', 'customers are pinging me about this'];
const ETA_LINES = ['Any update I can share? Customers are asking.', 'What is the ETA on a fix?', 'Support is getting tickets. What do I tell them?'];

/** People who speak up on their own, checked on every world tick. */
export function runChatter(tx: Tx): void {
  const { doctrine } = tx.s;
  const chatter = tx.s.chatter;
  const incidentVisible = tx.s.impact >= 0.02;
  const present = tx.scenario.people.filter((p) => tx.s.people[p.id]?.present);

  // Bystander effect: with nobody in command, people pile into the main channel.
  if (incidentVisible && tx.s.command.ic === null && tx.now - chatter.lastPileInAt >= 180) {
    const crowd = present.filter((p) => p.role === 'bystander' || p.role === 'responder' || p.role === 'support');
    const who = tx.pick(crowd);
    const line = tx.pick(PILE_IN_LINES);
    if (who && line) {
      tx.post({ place: 'main', from: who.id, kind: line.includes('?') ? 'question' : 'chatter', text: line });
      tx.s.chatter = { ...tx.s.chatter, lastPileInAt: tx.now };
    }
  }

  // A comms lead posts stakeholder updates on the pack's cadence. This comes before the stakeholders'
  // check below, so an update due now is posted before anyone asks where it is (it used to come
  // after, and every on-time update from a comms lead arrived just after a complaint).
  const cadence = minutesToSeconds(doctrine.signal.cadenceMinutes);
  const comms = tx.s.command.roles.comms;
  if (comms && !tx.s.players.includes(comms) && tx.s.phase === 'running') {
    const last = tx.s.chatter.lastCommsUpdateAt;
    const first = minutesToSeconds(doctrine.signal.firstUpdateMinutes);
    const due = last === null ? tx.now >= (tx.s.severity.history[0]?.at ?? tx.now) + Math.min(first, 120) : tx.now - last >= cadence;
    if (due && tx.s.severity.level !== null) {
      postCommsUpdate(tx, comms, cadence);
      tx.s.chatter = { ...tx.s.chatter, lastCommsUpdateAt: tx.now };
    }
  }

  // Stakeholders ask for news when the update cadence slips.
  const lastUpdate = lastStakeholderUpdate(tx);
  const since = lastUpdate ?? (tx.s.severity.history[0]?.at ?? null);
  if (incidentVisible && since !== null && tx.now - since >= cadence && tx.now - tx.s.chatter.lastEtaAskAt >= cadence / 2) {
    const asker = tx.pick(present.filter((p) => p.role === 'executive' || p.role === 'support' || p.role === 'manager'));
    const line = tx.pick(ETA_LINES);
    if (asker && line) {
      tx.post({ place: 'stakeholders', from: asker.id, kind: 'question', text: line });
      tx.s.chatter = { ...tx.s.chatter, lastEtaAskAt: tx.now };
    }
  }

  // A scribe calls out elapsed time.
  const scribe = tx.s.command.roles.scribe;
  const callout = minutesToSeconds(doctrine.signal.timeCalloutMinutes);
  if (scribe && !tx.s.players.includes(scribe) && tx.s.firstPageAt !== null && tx.now - tx.s.chatter.lastCalloutAt >= callout) {
    tx.post({ place: 'main', from: scribe, kind: 'status', text: `Time check: ${formatClock(tx.now - tx.s.firstPageAt)} since the first page.` });
    tx.s.chatter = { ...tx.s.chatter, lastCalloutAt: tx.now };
  }
}

export function lastStakeholderUpdate(tx: Pick<Tx, 's'>): number | null {
  for (let i = tx.s.messages.length - 1; i >= 0; i--) {
    const m = tx.s.messages[i]!;
    if (m.place === 'stakeholders' && m.kind === 'status') return m.at;
  }
  return null;
}

function postCommsUpdate(tx: Tx, from: string, cadence: number): void {
  const percent = Math.round(tx.s.impact * 100);
  const level = tx.s.severity.level;
  const mitigated = tx.s.mitigatedAt !== null;
  const inFlight = tx.s.mitigations.filter((m) => !m.done).map((m) => mitigationById(tx.scenario, m.id)?.label ?? m.id);
  const fields = {
    impact: `about ${percent}% of users affected`,
    status: mitigated ? 'mitigated, monitoring' : 'investigating and mitigating',
    actions: inFlight.length > 0 ? inFlight.join('; ') : 'responders working the incident',
    next: cadence,
  };
  tx.post({
    place: 'stakeholders',
    from,
    kind: 'status',
    text: `SEV${level} update. Impact: ${fields.impact}. Status: ${fields.status}. In flight: ${fields.actions}. Next update in ${Math.round(cadence / 60)}m.`,
    fields,
  });
}
