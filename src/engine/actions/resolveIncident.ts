import { defineAction } from './definition';

/** Close the incident: the drill ends and the debrief begins. */
export const resolveIncident = defineAction({
  type: 'incident/resolved',
  title: 'Resolve the incident',
  category: 'incident',
  handsOn: false,
  isAvailable: () => true,
  check: () => null,
  apply(tx, _action, actor) {
    tx.post({ place: 'main', from: actor, kind: 'decision', text: 'Resolving the incident. Thanks, everyone.' });
    tx.s.resolvedAt = tx.now;
    tx.s.phase = 'ended';
    tx.s.endReason = 'resolved';
  },
  options: () => [{ type: 'incident/resolved' as const }],
});
