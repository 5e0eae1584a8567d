import { personById } from '../lookup';
import { ROLES } from '../types';
import { defineAction, isCommander, presentPeople, reject } from './definition';

const ROLE_NAMES = { deputy: 'Deputy', ops: 'Operations lead', comms: 'Communications lead', scribe: 'Scribe', sme: 'Subject matter expert' } as const;

/** The IC names who holds each role; the person acknowledges in the channel. */
export const assignRole = defineAction({
  type: 'role/assigned',
  title: 'Assign a role',
  category: 'command',
  handsOn: false,
  isAvailable: (state, actor) => isCommander(state, actor),
  check(state, action, actor) {
    if (!isCommander(state, actor)) return reject('not-commander', 'Only the incident commander assigns roles.');
    if (state.players.includes(action.to)) return null;
    const person = personById(state.scenario, action.to);
    if (!person) return reject('unknown-person', `Nobody called "${action.to}" is in this drill.`);
    if (!state.people[action.to]?.present) return reject('not-available', `${person.name} is not in the channel; page them first.`);
    if (state.command.roles[action.role] === action.to) return reject('not-available', `${person.name} already holds that role.`);
    return null;
  },
  apply(tx, action, actor) {
    tx.s.command = { ...tx.s.command, roles: { ...tx.s.command.roles, [action.role]: action.to } };
    const name = personById(tx.scenario, action.to)?.name ?? action.to;
    tx.post({ place: 'main', from: actor, kind: 'assignment', text: `${name}, you are ${ROLE_NAMES[action.role]}.`, mentions: [action.to] });
    if (!tx.s.players.includes(action.to)) {
      tx.post({ place: 'main', from: action.to, kind: 'ack', text: `Acknowledged, I am ${ROLE_NAMES[action.role]}.` });
    }
  },
  options: (state, actor) =>
    isCommander(state, actor)
      ? presentPeople(state)
          .filter((p) => p.role === 'responder' || p.role === 'manager')
          .flatMap((p) => ROLES.filter((role) => state.command.roles[role] !== p.id).map((role) => ({ type: 'role/assigned' as const, role, to: p.id })))
      : [],
});
