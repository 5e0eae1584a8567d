import { defineAction, reject } from './definition';

/** "I am the incident commander": said out loud, in the main channel. */
export const claimCommand = defineAction({
  type: 'command/claimed',
  title: 'Claim command',
  category: 'command',
  handsOn: false,
  isAvailable: (state) => state.command.ic === null,
  check: (state) => (state.command.ic === null ? null : reject('not-available', 'Someone already has command; ask for a handoff instead.')),
  apply(tx, _action, actor) {
    const command = tx.s.command;
    tx.s.command = { ...command, ic: actor, claimedAt: tx.now, history: [...command.history, { at: tx.now, ic: actor, how: 'claimed' }] };
    tx.post({ place: 'main', from: actor, kind: 'decision', text: 'I am the incident commander.' });
  },
  options: (state) => (state.command.ic === null ? [{ type: 'command/claimed' }] : []),
});
