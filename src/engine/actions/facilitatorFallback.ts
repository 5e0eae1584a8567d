import { conditionProblem, injectProblem } from '../facilitation';
import { FACILITATOR_ID } from '../types';
import { defineAction } from './definition';

/**
 * The facilitator arms an inject to fire if an expected action is missed, in the timeline's
 * condition language (e.g. not-mitigated for 25m: not mitigated by 25 minutes into the drill).
 */
export const facilitatorFallback = defineAction({
  type: 'facilitator/fallbackArmed',
  title: 'Arm a fallback inject',
  category: 'facilitator',
  handsOn: false,
  isAvailable: (_state, actor) => actor === FACILITATOR_ID,
  check: (state, action) => injectProblem(state, action.inject) ?? conditionProblem(state, action.when),
  apply(tx, action) {
    tx.own('fallbacks').push({ inject: action.inject, when: action.when, armedAt: tx.now, firedAt: null });
  },
  options: () => [],
});
