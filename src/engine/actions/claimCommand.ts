import { handoffAcknowledged } from '../people';
import type { GameState } from '../types';
import { defineAction, reject } from './definition';

/** Command handed to this player and waiting for them to take it (a game day's seats). */
const handedTo = (state: GameState, actor: string) => state.command.pendingHandoff?.to === actor && state.command.ic === state.command.pendingHandoff.from;

/** "I am the incident commander": said out loud, in the main channel. */
export const claimCommand = defineAction({
  type: 'command/claimed',
  title: 'Claim command',
  category: 'command',
  handsOn: false,
  isAvailable: (state, actor) => state.command.ic === null || handedTo(state, actor),
  check: (state, _action, actor) => (state.command.ic === null || handedTo(state, actor) ? null : reject('not-available', 'Someone already has command; ask for a handoff instead.')),
  apply(tx, _action, actor) {
    const command = tx.s.command;
    if (handedTo(tx.s, actor)) return handoffAcknowledged(tx, command.ic!, actor);
    tx.s.command = { ...command, ic: actor, claimedAt: tx.now, history: [...command.history, { at: tx.now, ic: actor, how: 'claimed' }] };
    tx.post({ place: 'main', from: actor, kind: 'decision', text: 'I am the incident commander.' });
  },
  options: (state, actor) => (state.command.ic === null || handedTo(state, actor) ? [{ type: 'command/claimed' }] : []),
});
