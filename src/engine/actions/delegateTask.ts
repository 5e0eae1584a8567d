import { INVESTIGATION_SOURCES } from '../../scenario/schema';
import { mitigationById, personById, serviceById } from '../lookup';
import { describeWork, TASK_ACK_DELAY } from '../people';
import type { GameState, RejectionCode, TaskWork } from '../types';
import { defineAction, presentPeople, reject } from './definition';
import { mitigationBlocker } from './applyMitigation';
import { rootCauseBlocker } from './workOnRootCause';

const canWork = (role: string) => role === 'responder' || role === 'manager';

function workProblem(state: GameState, work: TaskWork): string | null {
  if (work.kind === 'mitigate') return mitigationBlocker(state, work.mitigation);
  if (!serviceById(state.scenario, work.service)) return `There is no service "${work.service}".`;
  if (work.kind === 'root-cause') return rootCauseBlocker(state, work.step, work.service);
  return null;
}

/** An unknown id is coded as such, as when the player does the work (it was "not-available"). */
function workRejectionCode(state: GameState, work: TaskWork): RejectionCode {
  if (work.kind === 'mitigate') return mitigationById(state.scenario, work.mitigation) ? 'not-available' : 'unknown-mitigation';
  return serviceById(state.scenario, work.service) ? 'not-available' : 'unknown-service';
}

/** "Maya, roll back checkout, report in 10 minutes": one named person, a time box, an acknowledgement. */
export const delegateTask = defineAction({
  type: 'task/delegated',
  title: 'Delegate a task',
  category: 'command',
  handsOn: false,
  isAvailable: (state) => presentPeople(state).some((p) => canWork(p.role)),
  check(state, action, actor) {
    if (state.players.includes(action.to)) {
      // Another player's seat (a game day): they do the work by hand when they take it on.
      if (action.to === actor) return reject('not-available', 'That is you: do the work yourself, or delegate it to someone else.');
      const problem = workProblem(state, action.work);
      return problem ? reject(workRejectionCode(state, action.work), problem) : null;
    }
    const person = personById(state.scenario, action.to);
    if (!person) return reject('unknown-person', `Nobody called "${action.to}" is in this drill.`);
    if (!state.people[action.to]?.present) return reject('not-available', `${person.name} is not in the channel; page them first.`);
    if (!canWork(person.role)) return reject('not-available', `${person.name} (${person.title}) does not take engineering tasks.`);
    const problem = workProblem(state, action.work);
    if (problem) return reject(workRejectionCode(state, action.work), problem);
    return null;
  },
  apply(tx, action, actor) {
    const tasks = tx.own('tasks');
    const id = tasks.length;
    tasks.push({ id, by: actor, to: action.to, work: action.work, timebox: action.timebox, assignedAt: tx.now, ackedAt: null, doneAt: null, status: 'assigned', workIndex: null });
    const name = personById(tx.scenario, action.to)?.name.split(' ')[0] ?? action.to;
    const minutes = Math.round(action.timebox / 60);
    tx.post({ place: 'main', from: actor, kind: 'assignment', text: `${name}, please ${describeWork(tx, action.work)}; report back in ${minutes} minutes.`, mentions: [action.to] });
    // A player's seat acknowledges and works in person; only simulated teammates are scheduled.
    if (tx.s.players.includes(action.to)) return;
    tx.schedule({ at: tx.now + TASK_ACK_DELAY, type: 'task-acknowledged', task: id });
  },
  options(state) {
    const workers = presentPeople(state).filter((p) => canWork(p.role));
    const works: TaskWork[] = [
      ...state.scenario.mitigations.map((m) => ({ kind: 'mitigate' as const, mitigation: m.id })),
      ...state.scenario.services.flatMap((s) => INVESTIGATION_SOURCES.map((source) => ({ kind: 'investigate' as const, source, service: s.id }))),
      ...state.scenario.services.flatMap((s) => (['deep-dive', 'write-patch', 'deploy-hotfix'] as const).map((step) => ({ kind: 'root-cause' as const, step, service: s.id }))),
    ].filter((work) => workProblem(state, work) === null);
    return workers.flatMap((p) => works.map((work) => ({ type: 'task/delegated' as const, to: p.id, work, timebox: 600 })));
  },
});
