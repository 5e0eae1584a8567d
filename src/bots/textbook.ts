import type { Bot } from './bot';
import { claimCommand, handOffAtShiftEnd, declareByImpact, delegateInvestigation, delegateMitigation, firstOf, pageOnTime, updateStakeholders, waitForTrouble, wrapUp } from './moves';

/** Plays by the doctrine: command, severity by impact, pages on time, delegates, mitigates first, updates on cadence. */
export const textbook: Bot = {
  name: 'textbook',
  description: 'Follows the doctrine: claims command, declares by impact, pages on time, delegates, mitigates first, updates on cadence.',
  play: firstOf(waitForTrouble, claimCommand, handOffAtShiftEnd, declareByImpact, pageOnTime, updateStakeholders, wrapUp, delegateMitigation, delegateInvestigation),
};
