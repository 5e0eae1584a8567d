import { FACILITATOR_ID, playerName } from '../types';
import { defineAction, reject } from './definition';

/** The facilitator nudges one seat; the hint shows in the channel, addressed to that seat. */
export const facilitatorHint = defineAction({
  type: 'facilitator/hinted',
  title: 'Give a hint',
  category: 'facilitator',
  handsOn: false,
  isAvailable: (_state, actor) => actor === FACILITATOR_ID,
  check: (state, action) => (state.players.includes(action.to) ? null : reject('unknown-person', `"${action.to}" is not playing in this game.`)),
  apply(tx, action) {
    tx.post({ place: 'main', from: FACILITATOR_ID, kind: 'chatter', text: `Hint for ${playerName(action.to)}: ${action.text}`, mentions: [action.to] });
  },
  options: () => [],
});
