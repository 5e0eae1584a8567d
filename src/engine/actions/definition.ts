// The shape every action file exports. The registry collects them; the UI palette, the slash
// commands, the bots and the game-day server all read the same definitions.
import type { Action, ActionOf, ActionType, GameState, Rejection, RejectionCode } from '../types';
import type { Tx } from '../tx';

export type ActionCategory = 'clock' | 'command' | 'comms' | 'escalation' | 'investigate' | 'mitigate' | 'root-cause' | 'alerts' | 'incident' | 'facilitator';

export interface ActionDefinition<T extends ActionType = ActionType> {
  type: T;
  title: string;
  category: ActionCategory;
  /** Hands-on work (reading graphs, running remediations): doctrine wants the IC to delegate it. */
  handsOn: boolean;
  /** Whether the actor could take this action at all right now. */
  isAvailable(state: GameState, actor: string): boolean;
  /** Why this particular action cannot happen now, or null when it can. */
  check(state: GameState, action: ActionOf<T>, actor: string): Rejection | null;
  apply(tx: Tx, action: ActionOf<T>, actor: string): void;
  /** Concrete actions the actor could take now, for the palette, bots and fuzzing. */
  options(state: GameState, actor: string): ActionOf<T>[];
}

export const reject = (code: RejectionCode, message: string): Rejection => ({ code, message });

/** Keeps each definition's action type tied to its handlers. */
export const defineAction = <T extends ActionType>(definition: ActionDefinition<T>): ActionDefinition<T> => definition;

export const presentPeople = (state: GameState) => state.scenario.people.filter((p) => state.people[p.id]?.present);

export const isCommander = (state: GameState, actor: string) => state.command.ic === actor;

export type AnyAction = Action;
