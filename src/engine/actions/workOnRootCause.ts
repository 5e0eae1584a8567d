import { settleSeatTasks } from '../seatTasks';
import { serviceById } from '../lookup';
import type { GameState, RootCauseStep } from '../types';
import { startRootCauseWork } from '../work';
import { defineAction, reject } from './definition';
import { isBusy } from './investigate';

export const ROOT_CAUSE_STEPS: readonly RootCauseStep[] = ['deep-dive', 'write-patch', 'deploy-hotfix'];

const STEP_BEFORE: Record<RootCauseStep, RootCauseStep | null> = { 'deep-dive': null, 'write-patch': 'deep-dive', 'deploy-hotfix': 'write-patch' };

/** Why this root-cause step cannot start, or null. A patch needs a deep dive; a hotfix needs a patch. */
export function rootCauseBlocker(state: GameState, step: RootCauseStep, service: string): string | null {
  const before = STEP_BEFORE[step];
  const done = (s: RootCauseStep) => state.rootCause.some((w) => w.step === s && w.service === service && w.done);
  const running = state.rootCause.some((w) => w.step === step && w.service === service && !w.done);
  if (running) return `A ${step.replace('-', ' ')} on ${service} is already under way.`;
  if (before && !done(before)) return `A ${step.replace('-', ' ')} on ${service} needs a finished ${before.replace('-', ' ')} first.`;
  return null;
}

/** Root-cause work: a deep dive, writing a patch, deploying a hotfix. Doctrine says: mitigate first. */
export const workOnRootCause = defineAction({
  type: 'rootCause/worked',
  title: 'Work on the root cause',
  category: 'root-cause',
  handsOn: true,
  isAvailable: (state, actor) => !isBusy(state, actor),
  check(state, action, actor) {
    if (!serviceById(state.scenario, action.service)) return reject('unknown-service', `There is no service "${action.service}".`);
    const blocker = rootCauseBlocker(state, action.step, action.service);
    if (blocker) return reject('not-available', blocker);
    if (isBusy(state, actor)) return reject('busy', 'You are still busy with earlier hands-on work.');
    return null;
  },
  apply(tx, action, actor) {
    startRootCauseWork(tx, actor, action.step, action.service);
    settleSeatTasks(tx, actor, { kind: 'root-cause', step: action.step, service: action.service });
  },
  options: (state, actor) =>
    isBusy(state, actor)
      ? []
      : state.scenario.services.flatMap((s) =>
          ROOT_CAUSE_STEPS.filter((step) => rootCauseBlocker(state, step, s.id) === null).map((step) => ({ type: 'rootCause/worked' as const, step, service: s.id })),
        ),
});
