import type { PersonRole } from '../../scenario/schema';
import { personById } from '../lookup';
import { sendPage } from '../people';
import type { GameState } from '../types';
import { defineAction, reject } from './definition';

const PAGEABLE: ReadonlySet<PersonRole> = new Set(['responder', 'manager', 'executive', 'vendor']);

function pageProblem(state: GameState, to: string): ReturnType<typeof reject> | null {
  const person = personById(state.scenario, to);
  if (!person) return reject('unknown-person', `Nobody called "${to}" is in this drill.`);
  if (!PAGEABLE.has(person.role)) return reject('not-available', `${person.name} (${person.title}) is not on a pager.`);
  const status = state.people[to];
  if (status?.present) return reject('not-available', `${person.name} is already in the channel.`);
  if (status?.pagedAt !== null && status?.pagedAt !== undefined && status.escalatedAt === null && state.time - status.pagedAt < 60) {
    return reject('not-available', `${person.name} was paged less than a minute ago.`);
  }
  return null;
}

/** Page a team's on-call, an expert, a manager, an executive or a vendor. */
export const pagePerson = defineAction({
  type: 'page/sent',
  title: 'Page someone',
  category: 'escalation',
  handsOn: false,
  isAvailable: (state) => state.scenario.people.some((p) => pageProblem(state, p.id) === null),
  check: (state, action) => pageProblem(state, action.to),
  apply(tx, action, actor) {
    sendPage(tx, actor, action.to);
  },
  options: (state) => state.scenario.people.filter((p) => pageProblem(state, p.id) === null).map((p) => ({ type: 'page/sent' as const, to: p.id })),
});
