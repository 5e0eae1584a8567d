import { defineAction, reject } from './definition';

/** Say in the channel that the bleeding has stopped; the score compares this with the world. */
export const markMitigated = defineAction({
  type: 'incident/mitigated',
  title: 'Mark mitigated',
  category: 'incident',
  handsOn: false,
  isAvailable: (state) => state.declaredMitigatedAt === null,
  check: (state) => (state.declaredMitigatedAt === null ? null : reject('not-available', 'Already marked mitigated.')),
  apply(tx, _action, actor) {
    tx.s.declaredMitigatedAt = tx.now;
    tx.post({ place: 'main', from: actor, kind: 'status', text: 'Impact is mitigated; monitoring before we resolve.' });
  },
  options: (state) => (state.declaredMitigatedAt === null ? [{ type: 'incident/mitigated' as const }] : []),
});
