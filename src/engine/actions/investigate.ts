import { INVESTIGATION_SOURCES } from '../../scenario/schema';
import { serviceById } from '../lookup';
import type { GameState } from '../types';
import { settleSeatTasks } from '../seatTasks';
import { startInvestigation } from '../work';
import { defineAction, reject } from './definition';

export const isBusy = (state: GameState, actor: string) => (state.people[actor]?.busyUntil ?? 0) > state.time;

/** Look at a dashboard, logs, deploy history, traces or a runbook yourself: it costs game time. */
export const investigate = defineAction({
  type: 'investigation/started',
  title: 'Investigate',
  category: 'investigate',
  handsOn: true,
  isAvailable: (state, actor) => !isBusy(state, actor),
  check(state, action, actor) {
    if (!serviceById(state.scenario, action.service)) return reject('unknown-service', `There is no service "${action.service}".`);
    if (isBusy(state, actor)) return reject('busy', 'You are still busy with earlier hands-on work.');
    return null;
  },
  apply(tx, action, actor) {
    startInvestigation(tx, actor, action.source, action.service);
    settleSeatTasks(tx, actor, { kind: 'investigate', source: action.source, service: action.service });
  },
  options: (state, actor) =>
    isBusy(state, actor)
      ? []
      : state.scenario.services.flatMap((s) => INVESTIGATION_SOURCES.map((source) => ({ type: 'investigation/started' as const, source, service: s.id }))),
});
