import type { Bot } from './bot';
import { claimCommand, handOffAtShiftEnd, delegateInvestigation, delegateMitigation, firstOf, pageOnTime, updateStakeholders, waitForTrouble, wrapUp, type Move } from './moves';

const lowestOnce: Move = (state) => (state.severity.level === null ? { type: 'severity/declared', level: 4 } : null);

export const underClassifier: Bot = {
  name: 'under-classifier',
  description: 'Declares the lowest severity and never raises it.',
  play: firstOf(waitForTrouble, claimCommand, handOffAtShiftEnd, lowestOnce, pageOnTime, updateStakeholders, wrapUp, delegateMitigation, delegateInvestigation),
};
