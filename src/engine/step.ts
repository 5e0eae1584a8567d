// The single entry to the simulation: createGame builds the first state, step applies one action.
// Pure: no clock, no I/O, no Math.random; the PRNG's state travels inside the game state.
import { DEFAULT_DOCTRINE, type DoctrinePack } from '../doctrine/pack';
import type { Scenario } from '../scenario/schema';
import { ACTIONS, definitionOf } from './actions';
import { actionSchema } from './actions/schema';
import { drainEvents, worldTick } from './clock';
import { seedState } from './rng';
import { Tx } from './tx';
import { FACILITATOR_ID, PLAYER_ID, type Action, type PlayMode, type GameState, type PersonState, type Rejection } from './types';

export interface GameOptions {
  seed: number;
  doctrine?: DoctrinePack;
  /** Ladder level; practice when omitted. */
  mode?: PlayMode;
  /** Ids of the people at the keyboard; one for solo play. */
  players?: string[];
}

const freshPerson = (present: boolean): PersonState => ({ present, pagedAt: null, pagedBy: null, ackedAt: null, escalatedAt: null, busyUntil: 0 });

export function createGame(scenario: Scenario, options: GameOptions): GameState {
  const chosen = (options.players ?? []).filter((p) => p !== FACILITATOR_ID);
  const players = chosen.length > 0 ? chosen : [PLAYER_ID];
  const people: Record<string, PersonState> = {};
  for (const person of scenario.people) people[person.id] = freshPerson(person.present);
  for (const player of players) people[player] = freshPerson(true);
  const state: GameState = {
    scenario,
    doctrine: options.doctrine ?? DEFAULT_DOCTRINE,
    seed: options.seed,
    mode: options.mode ?? 'practice',
    rng: seedState(options.seed),
    time: 0,
    phase: 'running',
    endReason: null,
    players,
    baselines: Object.fromEntries(scenario.services.map((s) => [s.id, { ...s.baseline }])),
    services: {},
    faults: Object.fromEntries(scenario.faults.map((f) => [f.id, { startedAt: null, residual: null, mitigatedAt: null, fixedAt: null }])),
    impact: 0,
    userMinutesLost: 0,
    mitigatedAt: null,
    declaredMitigatedAt: null,
    resolvedAt: null,
    firstPageAt: null,
    history: [],
    alerts: [],
    firing: {},
    criticalFired: 0,
    rules: Object.fromEntries(scenario.alerts.map((r) => [r.id, { breachedSince: null, alert: null }])),
    noise: Object.fromEntries(scenario.noise.map((n) => [n.id, { nextAt: n.from, alert: null, count: 0 }])),
    people,
    command: { ic: null, claimedAt: null, pendingHandoff: null, roles: {}, history: [] },
    severity: { level: null, history: [] },
    messages: [],
    tasks: [],
    investigations: [],
    cluesFound: [],
    mitigations: [],
    rootCause: [],
    queue: [],
    seq: 0,
    injectsFired: [],
    fallbacks: [],
    chatter: { lastEtaAskAt: 0, lastPileInAt: 0, lastCommsUpdateAt: null, lastCalloutAt: 0 },
    log: [],
  };
  const tx = new Tx(state);
  scenario.timeline.forEach((inject, index) => {
    if (inject.at !== undefined) tx.schedule({ at: inject.at, type: 'inject', index });
  });
  // Injects due at 0s happen before the first world tick, as later events do at their time.
  drainEvents(tx);
  worldTick(tx);
  return tx.s;
}

export type StepResult = { state: GameState; rejection: null } | { state: GameState; rejection: Rejection };

/** Applies one action, or explains as data why it cannot be applied (the state is then unchanged). */
export function attempt(state: GameState, input: unknown): StepResult {
  if (state.phase === 'ended') return { state, rejection: { code: 'game-over', message: 'The drill is over.' } };
  const parsed = parseAction(input);
  if (!parsed.success) {
    // Only a string type names an action. (String() on an arbitrary value could throw, e.g. on an
    // object without a prototype, and a plain lookup would treat "toString" or "__proto__" as known.)
    const rawType: unknown = typeof input === 'object' && input !== null && 'type' in input ? (input as { type: unknown }).type : undefined;
    const type = typeof rawType === 'string' ? rawType : '';
    const known = type !== '' && Object.hasOwn(ACTIONS, type);
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return {
      state,
      rejection: known
        ? { code: 'invalid-payload', message: `${type}: ${where}${issue?.message ?? 'invalid action'}` }
        : { code: 'unknown-action', message: `Unknown action${type ? ` "${type}"` : ''}.` },
    };
  }
  const action = parsed.data;
  const actor = 'by' in action && action.by !== undefined ? action.by : state.players[0]!;
  // Only the facilitator steers (facilitator/* actions), and the facilitator never plays.
  if (action.type.startsWith('facilitator/')) {
    if (actor !== FACILITATOR_ID) return { state, rejection: { code: 'not-facilitator', message: 'Only the facilitator can do that.' } };
  } else if (!state.players.includes(actor)) return { state, rejection: { code: 'unknown-person', message: `"${actor}" is not playing in this game.` } };
  const definition = definitionOf(action.type);
  const rejection = definition.check(state, action as never, actor);
  if (rejection) return { state, rejection };
  const tx = new Tx(state);
  tx.own('log').push({ at: state.time, action });
  definition.apply(tx, action as never, actor);
  return { state: tx.s, rejection: null };
}

/**
 * Most steps are the clock action (bots and the UI let time pass in small slices), and zod's generic
 * parse was a large share of such a step. A plain object with exactly the own keys `type` and `seconds`
 * and a finite number of seconds is what the schema accepts for it; it gets the same fresh
 * { type, seconds } zod returns. Everything else, valid or not, goes through the schema.
 */
function parseAction(input: unknown): ReturnType<typeof actionSchema.safeParse> {
  if (typeof input === 'object' && input !== null && Object.getPrototypeOf(input) === Object.prototype) {
    const { type, seconds } = input as { type?: unknown; seconds?: unknown };
    if (type === 'clock/advanced' && typeof seconds === 'number' && Number.isFinite(seconds) && Object.hasOwn(input, 'type') && Object.hasOwn(input, 'seconds')) {
      // for...in, as zod's strict check does: inherited enumerable keys count as unknown keys too.
      let keys = 0;
      for (const key in input) {
        if (key !== 'type' && key !== 'seconds') return actionSchema.safeParse(input);
        keys += 1;
      }
      if (keys === 2) return { success: true, data: { type, seconds } };
    }
  }
  return actionSchema.safeParse(input);
}

/** step(state, action) -> state. A rejected action leaves the state as it was. */
export function step(state: GameState, action: Action): GameState {
  return attempt(state, action).state;
}
