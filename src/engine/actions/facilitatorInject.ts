import { fireFacilitatorInject, injectProblem, optionalInjectIndex } from '../facilitation';
import { FACILITATOR_ID } from '../types';
import { defineAction } from './definition';

/** The facilitator makes something happen now: an optional inject of the scenario, or a free one. */
export const facilitatorInject = defineAction({
  type: 'facilitator/injected',
  title: 'Inject an event',
  category: 'facilitator',
  handsOn: false,
  isAvailable: (_state, actor) => actor === FACILITATOR_ID,
  check: (state, action) => injectProblem(state, action.inject),
  apply(tx, action) {
    fireFacilitatorInject(tx, action.inject);
  },
  options: (state, actor) =>
    actor === FACILITATOR_ID
      ? state.scenario.timeline
          .filter((inject, index) => inject.optional === true && inject.id !== undefined && optionalInjectIndex(state, inject.id) === index && !state.injectsFired.includes(index))
          .map((inject) => ({ type: 'facilitator/injected' as const, inject: { kind: 'scripted' as const, id: inject.id! } }))
      : [],
});
