// A game day's facilitator steers the scenario: scripted optional injects by id, free injects (a
// message from a person, a new alert, a metric shift), fallbacks and hints. Shared by the
// facilitator/* actions and the clock (which fires armed fallbacks).
import type { InjectCondition } from '../scenario/schema';
import { applyInject, fireInject } from './clock';
import { personById, serviceById } from './lookup';
import type { FacilitatorInject, GameState, Rejection } from './types';
import type { Tx } from './tx';

/** The timeline index of a scenario's optional (facilitator-only) inject with this id, or -1. */
export const optionalInjectIndex = (state: GameState, id: string): number => state.scenario.timeline.findIndex((inject) => inject.optional === true && inject.id === id);

/** Why this inject cannot happen in this game, or null when it can. */
export function injectProblem(state: GameState, inject: FacilitatorInject): Rejection | null {
  switch (inject.kind) {
    case 'scripted': {
      const index = optionalInjectIndex(state, inject.id);
      if (index < 0) return { code: 'not-available', message: `The scenario has no optional inject "${inject.id}".` };
      if (state.injectsFired.includes(index)) return { code: 'not-available', message: `The inject "${inject.id}" has already happened.` };
      return null;
    }
    case 'message':
      return personById(state.scenario, inject.from) ? null : { code: 'unknown-person', message: `Nobody called "${inject.from}" is in this drill.` };
    case 'alert':
    case 'metric-shift':
      return serviceById(state.scenario, inject.service) ? null : { code: 'unknown-service', message: `There is no service "${inject.service}".` };
  }
}

/** Why a fallback condition cannot be watched in this game, or null. */
export function conditionProblem(state: GameState, when: InjectCondition): Rejection | null {
  if (when.kind === 'mitigation-applied' && !state.scenario.mitigations.some((m) => m.id === when.mitigation)) {
    return { code: 'unknown-mitigation', message: `A mitigation-applied condition names one of the scenario's mitigations${when.mitigation ? `; there is no "${when.mitigation}"` : ''}.` };
  }
  if (when.kind === 'person-paged' && (when.person === undefined || !personById(state.scenario, when.person))) {
    return { code: 'unknown-person', message: `A person-paged condition names one of the scenario's people${when.person ? `; there is no "${when.person}"` : ''}.` };
  }
  return null;
}

/** Makes the inject happen now. Checked beforehand with injectProblem; a stale one does nothing. */
export function fireFacilitatorInject(tx: Tx, inject: FacilitatorInject): void {
  switch (inject.kind) {
    case 'scripted': {
      const index = optionalInjectIndex(tx.s, inject.id);
      if (index >= 0) fireInject(tx, index);
      return;
    }
    case 'message':
      return applyInject(tx, { type: 'message', from: inject.from, place: inject.place, text: inject.text }, 'facilitator');
    case 'alert':
      // A facilitator's alert is a symptom as far as the debrief's alert truth goes.
      return applyInject(tx, { type: 'alert', alertname: inject.alertname, service: inject.service, severity: inject.severity, summary: inject.summary, truth: 'symptom' }, 'facilitator');
    case 'metric-shift':
      return applyInject(tx, { type: 'metric-shift', service: inject.service, baseline: inject.baseline }, 'facilitator');
  }
}
