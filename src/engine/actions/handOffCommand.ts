import { personById } from '../lookup';
import { HANDOFF_ACK_DELAY, nameOf } from '../people';
import { defineAction, isCommander, presentPeople, reject } from './definition';

const canLead = (role: string) => role === 'responder' || role === 'manager';

/** "You are now the incident commander, okay?": waits for the other person's acknowledgement. */
export const handOffCommand = defineAction({
  type: 'command/handedOff',
  title: 'Hand off command',
  category: 'command',
  handsOn: false,
  isAvailable: (state, actor) => isCommander(state, actor) && state.command.pendingHandoff === null,
  check(state, action, actor) {
    if (!isCommander(state, actor)) return reject('not-commander', 'Only the incident commander can hand off command.');
    if (state.command.pendingHandoff) return reject('not-available', 'A handoff is already waiting for acknowledgement.');
    if (state.players.includes(action.to)) {
      // Another player's seat (a game day): they accept by claiming command.
      return action.to === actor ? reject('not-available', 'You already have command.') : null;
    }
    const person = personById(state.scenario, action.to);
    if (!person) return reject('unknown-person', `Nobody called "${action.to}" is in this drill.`);
    if (!state.people[action.to]?.present) return reject('not-available', `${person.name} is not in the channel; page them first.`);
    if (!canLead(person.role)) return reject('not-available', `${person.name} cannot take command.`);
    return null;
  },
  apply(tx, action, actor) {
    tx.s.command = { ...tx.s.command, pendingHandoff: { from: actor, to: action.to, at: tx.now } };
    tx.post({ place: 'main', from: actor, kind: 'decision', text: `${nameOf(tx, action.to)}, you are now the incident commander, okay?`, mentions: [action.to] });
    // A player acknowledges in person (by claiming command); a simulated teammate after a moment.
    if (tx.s.players.includes(action.to)) return;
    tx.schedule({ at: tx.now + HANDOFF_ACK_DELAY, type: 'handoff-acknowledged', from: actor, to: action.to });
  },
  options: (state, actor) =>
    isCommander(state, actor) && state.command.pendingHandoff === null
      ? presentPeople(state).filter((p) => canLead(p.role)).map((p) => ({ type: 'command/handedOff' as const, to: p.id }))
      : [],
});
