import type { Bot } from './bot';
import { claimCommand, handOffAtShiftEnd, declareByImpact, delegateInvestigation, delegateMitigation, firstOf, pageOnTime, updateStakeholders, waitForTrouble, wrapUp, type Move } from './moves';
import { allowed } from './observe';

const RISKY_KINDS = new Set(['restart-all', 'config-push', 'data-fix']);

/** Restart everything, push config everywhere, fix data by hand: whatever is big and fast. */
const shootFirst: Move = (state) => {
  for (const m of state.scenario.mitigations) {
    if (!(m.destructive || m.untested || RISKY_KINDS.has(m.kind))) continue;
    if (state.mitigations.some((a) => a.id === m.id)) continue;
    const action = { type: 'mitigation/applied' as const, mitigation: m.id };
    if (allowed(state, action)) return action;
  }
  return null;
};

export const cowboy: Bot = {
  name: 'cowboy',
  description: 'Applies destructive and untested actions: restart all, manual data fixes, global config pushes.',
  play: firstOf(waitForTrouble, claimCommand, handOffAtShiftEnd, declareByImpact, shootFirst, pageOnTime, updateStakeholders, wrapUp, delegateMitigation, delegateInvestigation),
};
