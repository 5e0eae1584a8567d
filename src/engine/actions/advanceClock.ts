import { advanceTime } from '../clock';
import { defineAction, reject } from './definition';

export const MAX_ADVANCE = 3600;

/** Virtual time is an action too: the world, the alerts and the people move on. */
export const advanceClock = defineAction({
  type: 'clock/advanced',
  title: 'Let time pass',
  category: 'clock',
  handsOn: false,
  isAvailable: () => true,
  check: (_state, action) =>
    Number.isInteger(action.seconds) && action.seconds >= 1 && action.seconds <= MAX_ADVANCE ? null : reject('invalid-payload', `Advance by 1 to ${MAX_ADVANCE} whole seconds.`),
  apply(tx, action) {
    advanceTime(tx, action.seconds);
  },
  options: () => [10, 30, 60, 300].map((seconds) => ({ type: 'clock/advanced' as const, seconds })),
});
