// Virtual time: advancing the clock drains scheduled events in time order and moves the world
// on a fixed grid, so the same actions always give the same game however time is sliced.
import type { Inject, InjectCondition } from '../scenario/schema';
import { fireAlert, evaluateRules, runNoise } from './alerts';
import { personById } from './lookup';
import { handoffAcknowledged, lastStakeholderUpdate, pageAnswered, pageTimedOut, runChatter, taskAcknowledged, taskFinished } from './people';
import { SAMPLE_EVERY, WORLD_TICK } from './time';
import type { ScheduledEvent } from './types';
import type { Tx } from './tx';
import { fireFacilitatorInject } from './facilitation';
import { finishInvestigation, finishRootCauseWork, mitigationTakesEffect } from './work';
import { startFault, updateWorld } from './world';

export function advanceTime(tx: Tx, seconds: number): void {
  const end = tx.scenario.duration;
  const target = Math.min(tx.now + seconds, end);
  while (tx.now < target && tx.s.phase === 'running') {
    const nextTick = (Math.floor(tx.now / WORLD_TICK) + 1) * WORLD_TICK;
    const nextEvent = tx.s.queue[0]?.at ?? Number.POSITIVE_INFINITY;
    const t = Math.min(nextTick, Math.max(nextEvent, tx.now), target);
    const moved = t > tx.now;
    accrueImpact(tx, t - tx.now);
    tx.s.time = t;
    drainEvents(tx);
    // Events due right now (a zero delay, scheduled by an action taken on a grid time) are drained
    // without moving the clock: the world already ticked at this time, and must tick once only.
    if (moved && t % WORLD_TICK === 0) worldTick(tx);
  }
  if (tx.s.time >= end && tx.s.phase === 'running') {
    tx.s.phase = 'ended';
    tx.s.endReason = 'time-up';
  }
}

/** User-minutes lost: impact integrated over time, for every active user. */
function accrueImpact(tx: Tx, seconds: number): void {
  if (seconds <= 0 || tx.s.impact <= 0) return;
  tx.s.userMinutesLost += (tx.s.impact * tx.scenario.users * seconds) / 60;
}

export function drainEvents(tx: Tx): void {
  // Events may schedule more events for the same moment; keep going until none are due.
  for (let guard = 0; guard < 10_000; guard++) {
    const next = tx.s.queue[0];
    if (!next || next.at > tx.now) return;
    tx.own('queue').shift();
    handleEvent(tx, next);
  }
}

function handleEvent(tx: Tx, event: ScheduledEvent): void {
  switch (event.type) {
    case 'page-answered':
      return pageAnswered(tx, event.person);
    case 'page-timeout':
      return pageTimedOut(tx, event.person);
    case 'task-acknowledged':
      return taskAcknowledged(tx, event.task);
    case 'task-finished':
      return taskFinished(tx, event.task);
    case 'handoff-acknowledged':
      return handoffAcknowledged(tx, event.from, event.to);
    case 'investigation-finished':
      return finishInvestigation(tx, event.index);
    case 'mitigation-effective':
      return mitigationTakesEffect(tx, event.index);
    case 'root-cause-finished':
      return finishRootCauseWork(tx, event.index);
    case 'inject':
      return fireInject(tx, event.index);
  }
}

/** One step of the world: faults start, metrics move, alerts fire, injects and people react. */
export function worldTick(tx: Tx): void {
  const now = tx.now;
  for (const fault of tx.scenario.faults) {
    if (fault.onset !== undefined && fault.onset <= now && tx.s.faults[fault.id]?.startedAt === null) startFault(tx, fault.id);
  }
  updateWorld(tx);
  evaluateRules(tx);
  runNoise(tx);
  checkConditionalInjects(tx);
  checkFallbacks(tx);
  runChatter(tx);
  if (now % SAMPLE_EVERY === 0) {
    const services: Record<string, [number, number, number, number]> = {};
    for (const [id, m] of Object.entries(tx.s.services)) services[id] = [round(m.rps, 1), round(m.errorRate, 4), round(m.p99, 0), round(m.saturation, 3)];
    tx.own('history').push({ at: now, impact: round(tx.s.impact, 4), services });
  }
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export function conditionHolds(tx: Tx, when: InjectCondition): boolean {
  const now = tx.now;
  switch (when.kind) {
    case 'no-commander':
      return tx.s.command.ic === null && now >= when.for;
    case 'no-severity':
      return tx.s.severity.level === null && now >= when.for;
    case 'not-mitigated':
      return tx.s.mitigatedAt === null && now >= when.for;
    case 'no-stakeholder-update':
      return now - (lastStakeholderUpdate(tx) ?? 0) >= when.for;
    case 'mitigation-applied': {
      const applied = tx.s.mitigations.find((m) => m.id === when.mitigation);
      return applied !== undefined && now - applied.appliedAt >= when.for;
    }
    case 'person-paged': {
      const pagedAt = when.person ? tx.s.people[when.person]?.pagedAt : null;
      return pagedAt !== null && pagedAt !== undefined && now - pagedAt >= when.for;
    }
  }
}

function checkConditionalInjects(tx: Tx): void {
  tx.scenario.timeline.forEach((inject, index) => {
    if (inject.when && !tx.s.injectsFired.includes(index) && conditionHolds(tx, inject.when)) fireInject(tx, index);
  });
}

/** The facilitator's fallbacks fire, once each, when their condition first holds. */
function checkFallbacks(tx: Tx): void {
  tx.s.fallbacks.forEach((fallback, index) => {
    if (fallback.firedAt !== null || !conditionHolds(tx, fallback.when)) return;
    tx.own('fallbacks')[index] = { ...fallback, firedAt: tx.now };
    fireFacilitatorInject(tx, fallback.inject);
  });
}

export function fireInject(tx: Tx, index: number): void {
  const inject: Inject | undefined = tx.scenario.timeline[index];
  if (!inject || tx.s.injectsFired.includes(index)) return;
  tx.own('injectsFired').push(index);
  applyInject(tx, inject, inject.id ?? `timeline-${index}`);
}

/** What an inject does to the world, whether the timeline or a facilitator fires it. */
export type InjectEffect = DistributiveOmit<Inject, 'id' | 'at' | 'when' | 'optional'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function applyInject(tx: Tx, inject: InjectEffect, source: string): void {
  switch (inject.type) {
    case 'message': {
      // Support, bystanders and executives walk into the channel to speak; engineers, managers
      // and vendors can message without joining, so paging them still means something.
      const person = personById(tx.scenario, inject.from);
      const status = tx.s.people[inject.from];
      const walksIn = person !== undefined && (person.role === 'support' || person.role === 'bystander' || person.role === 'executive');
      if (status && !status.present && walksIn) tx.own('people')[inject.from] = { ...status, present: true };
      tx.post({ place: inject.place, from: inject.from, kind: inject.text.trim().endsWith('?') ? 'question' : 'chatter', text: inject.text });
      return;
    }
    case 'fault':
      return startFault(tx, inject.fault);
    case 'alert':
      fireAlert(tx, { alertname: inject.alertname, service: inject.service, severity: inject.severity, summary: inject.summary, truth: inject.truth, source });
      return;
    case 'metric-shift': {
      const baselines = tx.own('baselines');
      const current = baselines[inject.service];
      if (current) baselines[inject.service] = { ...current, ...inject.baseline };
      return;
    }
  }
}
