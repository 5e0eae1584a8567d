import { FACILITATOR_ID } from '../types';
import { defineAction } from './definition';

/** The facilitator ends the drill before its time is up; the debrief follows. */
export const facilitatorEnd = defineAction({
  type: 'facilitator/ended',
  title: 'End the drill',
  category: 'facilitator',
  handsOn: false,
  isAvailable: (_state, actor) => actor === FACILITATOR_ID,
  check: () => null,
  apply(tx) {
    tx.post({ place: 'main', from: FACILITATOR_ID, kind: 'status', text: 'The facilitator ended the drill.' });
    tx.s.phase = 'ended';
    tx.s.endReason = 'ended-early';
  },
  options: (_state, actor) => (actor === FACILITATOR_ID ? [{ type: 'facilitator/ended' as const }] : []),
});
