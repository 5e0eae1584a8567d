// Bots for the seats nobody took. The IC seat plays the textbook bot's moves as that seat; the
// other seats do their role's duties and otherwise stay quiet, so a half-empty room still plays
// like a team without bots talking over the people. Time is the server clock's business: a bot
// never advances it.
import { ACTIONS } from '../engine/actions';
import type { Action, GameState, TaskWork } from '../engine/types';
import { textbook } from '../bots/textbook';
import { updateStakeholders } from '../bots/moves';
import { ROLES } from '../engine/types';
import { SEAT_TITLES, type Seat } from './protocol';

const allowedAs = (state: GameState, action: Action, seat: Seat): boolean => {
  const definition = ACTIONS[action.type] as { check(state: GameState, action: Action, actor: string): unknown };
  return definition.check(state, action, seat) === null;
};

/** The hands-on action that does a delegated piece of work. */
export function workAction(work: TaskWork, seat: Seat): Action {
  switch (work.kind) {
    case 'investigate':
      return { type: 'investigation/started', by: seat, source: work.source, service: work.service };
    case 'mitigate':
      return { type: 'mitigation/applied', by: seat, mitigation: work.mitigation };
    case 'root-cause':
      return { type: 'rootCause/worked', by: seat, step: work.step, service: work.service };
  }
}

/** Work someone delegated to this seat, done as soon as the seat is free to do it. */
function doDelegatedWork(state: GameState, seat: Seat): Action | null {
  for (const task of state.tasks) {
    if (task.to !== seat || task.status === 'done') continue;
    const action = workAction(task.work, seat);
    if (allowedAs(state, action, seat)) return action;
  }
  return null;
}

/** A role given to this seat is acknowledged out loud, once, as a person would. */
function acknowledgeRole(state: GameState, seat: Seat): Action | null {
  for (const role of ROLES) {
    if (state.command.roles[role] !== seat) continue;
    const text = `Acknowledged, I am ${SEAT_TITLES[role]}.`;
    if (!state.messages.some((m) => m.from === seat && m.kind === 'ack' && m.text === text)) return { type: 'message/posted', by: seat, place: 'main', kind: 'ack', text };
  }
  return null;
}

function playCommander(state: GameState): Action | null {
  // The textbook bot plays as the game's first player, which is the IC seat.
  const move = textbook.play(state);
  return move === null || move.type === 'clock/advanced' ? null : ({ ...move, by: 'ic' } as Action);
}

/** The comms lead keeps stakeholders posted when a person runs command (a bot commander does it itself). */
function playComms(state: GameState, commanderIsBot: boolean): Action | null {
  if (commanderIsBot) return null;
  const update = updateStakeholders(state);
  if (!update) return null;
  const action = { ...update, by: 'comms' } as Action;
  return allowedAs(state, action, 'comms') ? action : null;
}

/**
 * The next move of the bot in `seat`, or null to stay quiet for now. `botSeats` are the seats bots
 * play at the moment (a person may hold the others).
 */
export function botMove(state: GameState, seat: Seat, botSeats: ReadonlySet<Seat>): Action | null {
  if (state.phase !== 'running') return null;
  const delegated = acknowledgeRole(state, seat) ?? doDelegatedWork(state, seat);
  if (delegated) return delegated;
  switch (seat) {
    case 'ic':
      return playCommander(state);
    case 'comms':
      return playComms(state, botSeats.has('ic'));
    default:
      return null;
  }
}
