import type { GameState } from '../engine';
import type { Bot } from './bot';
import { claimCommand, handOffAtShiftEnd, delegateInvestigation, delegateMitigation, firstOf, updateStakeholders, wrapUp, type Move } from './moves';
import { allowed } from './observe';

/** Everyone who carries a pager, right now. */
const pageEveryone: Move = (state: GameState) => {
  for (const person of state.scenario.people) {
    const action = { type: 'page/sent' as const, to: person.id };
    if (state.people[person.id]?.pagedAt === null && allowed(state, action)) return action;
  }
  return null;
};

const alwaysSev1: Move = (state) => (state.severity.level !== 1 ? { type: 'severity/declared', level: 1 } : null);

/** "Any update?" every few minutes. */
const demandUpdates: Move = (state) => {
  const last = [...state.messages].reverse().find((m) => state.players.includes(m.from) && m.kind === 'question');
  if (state.time < 120 || (last && state.time - last.at < 180)) return null;
  return { type: 'message/posted', place: 'main', kind: 'question', text: 'Any update? What is the ETA on this?' };
};

export const panic: Bot = {
  name: 'panic',
  description: 'Pages everyone including executives in the first minute, declares SEV1 whatever the impact, demands updates every few minutes.',
  play: firstOf(pageEveryone, alwaysSev1, claimCommand, handOffAtShiftEnd, demandUpdates, updateStakeholders, wrapUp, delegateMitigation, delegateInvestigation),
};
