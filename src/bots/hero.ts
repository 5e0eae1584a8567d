import type { GameState } from '../engine';
import type { Bot } from './bot';
import { claimCommand, handOffAtShiftEnd, declareByImpact, delegateMitigation, firstOf, pageOnTime, updateStakeholders, waitForTrouble, wrapUp, type Move } from './moves';
import { alertingServices } from './observe';
import { ROOT_CAUSE_STEPS } from '../engine/actions/workOnRootCause';

/** The service that looked guilty when the digging began: the loudest alerts, or where the code lives. */
const suspect = (state: GameState): string | undefined => state.rootCause[0]?.service ?? alertingServices(state)[0] ?? state.scenario.repair?.service;

/** Deep dive, patch and hotfix, personally, before anything else. */
const digForRootCause: Move = (state) => {
  const service = suspect(state);
  if (!service) return null;
  for (const step of ROOT_CAUSE_STEPS) {
    const work = state.rootCause.find((w) => w.step === step && w.service === service);
    if (!work) return { type: 'rootCause/worked', step, service };
    if (!work.done) return { type: 'clock/advanced', seconds: Math.min(30, Math.max(1, work.doneAt - state.time)) };
  }
  return null;
};

export const hero: Bot = {
  name: 'hero',
  description: 'Digs for the root cause and ships a patch before mitigating.',
  play: firstOf(waitForTrouble, claimCommand, handOffAtShiftEnd, declareByImpact, pageOnTime, updateStakeholders, digForRootCause, wrapUp, delegateMitigation),
};
