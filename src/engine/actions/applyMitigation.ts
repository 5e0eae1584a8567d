import { settleSeatTasks } from '../seatTasks';
import { mitigationById } from '../lookup';
import type { GameState } from '../types';
import { applyMitigation as apply } from '../work';
import { defineAction, reject } from './definition';
import { isBusy } from './investigate';

/** Why a mitigation cannot be applied now, or null. Shared with delegation. */
export function mitigationBlocker(state: GameState, id: string): string | null {
  const mitigation = mitigationById(state.scenario, id);
  if (!mitigation) return `There is no mitigation "${id}".`;
  const earlier = state.mitigations.filter((m) => m.id === id);
  if (earlier.some((m) => !m.done)) return `${mitigation.label}: already in progress.`;
  if (earlier.some((m) => m.outcome === 'works')) return `${mitigation.label}: already done.`;
  if (state.tasks.some((t) => t.status !== 'done' && t.work.kind === 'mitigate' && t.work.mitigation === id)) return `${mitigation.label}: already delegated.`;
  return null;
}

/** Roll back, scale out, shed load, fail over, flip a flag, restart: as the scenario offers. */
export const applyMitigation = defineAction({
  type: 'mitigation/applied',
  title: 'Apply a mitigation',
  category: 'mitigate',
  handsOn: true,
  isAvailable: (state, actor) => !isBusy(state, actor) && state.scenario.mitigations.some((m) => mitigationBlocker(state, m.id) === null),
  check(state, action, actor) {
    if (!mitigationById(state.scenario, action.mitigation)) return reject('unknown-mitigation', `There is no mitigation "${action.mitigation}".`);
    const blocker = mitigationBlocker(state, action.mitigation);
    if (blocker) return reject('not-available', blocker);
    if (isBusy(state, actor)) return reject('busy', 'You are still busy with earlier hands-on work.');
    return null;
  },
  apply(tx, action, actor) {
    apply(tx, actor, action.mitigation);
    settleSeatTasks(tx, actor, { kind: 'mitigate', mitigation: action.mitigation });
  },
  options: (state, actor) =>
    isBusy(state, actor)
      ? []
      : state.scenario.mitigations.filter((m) => mitigationBlocker(state, m.id) === null).map((m) => ({ type: 'mitigation/applied' as const, mitigation: m.id })),
});
