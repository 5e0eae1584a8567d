// Property tests: random playthroughs built from what the engine itself offers never throw and keep
// every invariant after every step (and never edit an earlier state in place); junk sent to attempt()
// is refused as data and changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_LIST, ACTIONS, attempt, createGame, FACILITATOR_ID, PLAYER_ID, type Action, type ActionType, type GameState } from '../../src/engine';
import { actionSchema } from '../../src/engine/actions/schema';
import type { Scenario } from '../../src/scenario/schema';
import { allScenarios, checkout } from '../helpers/scenarios';
import { randomWalk } from '../helpers/walk';

const SCENARIOS = allScenarios().map((s) => [s.id, s] as const);
const ACTION_TYPES = Object.keys(ACTIONS);

/**
 * Checks that what a step newly built is plain JSON data, then freezes it, so any later in-place
 * edit of an earlier state throws. Parts shared with the previous state are frozen (and were checked)
 * already, so a step costs what it built. Plain JSON here means JSON.parse(JSON.stringify(x)) deep-equals
 * x: plain objects and dense arrays of strings, booleans, null and finite numbers (not -0).
 */
function sealPlainJson(value: unknown, path = 'state'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) expect.fail(`${path} is ${String(value)}, which JSON does not keep`);
    return;
  }
  if (typeof value !== 'object') return expect.fail(`${path} is a ${typeof value}, not JSON`);
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || value[i] === undefined) expect.fail(`${path}[${i}] is missing: JSON would write null`);
      sealPlainJson(value[i], `${path}[${i}]`);
    }
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) expect.fail(`${path} is a ${value.constructor?.name ?? 'null-prototype object'}, not a plain object`);
  for (const [key, child] of Object.entries(value)) if (child !== undefined) sealPlainJson(child, `${path}.${key}`);
}

/** Everything that must hold in every state, and between a state and the next. */
function checkInvariants(state: GameState, previous: GameState | null, accepted: number, scenario: Scenario): void {
  const { command } = state;
  // One incident commander at most: a single id (a player or a person in the drill) or nobody.
  expect(command.ic === null || typeof command.ic === 'string').toBe(true);
  if (command.ic !== null) expect(state.players.includes(command.ic) || scenario.people.some((p) => p.id === command.ic)).toBe(true);
  if (command.pendingHandoff) {
    expect(command.pendingHandoff.to).not.toBe(command.ic);
    expect(command.pendingHandoff.from).toBe(command.ic);
  }
  for (const entry of command.history) expect(typeof entry.ic).toBe('string');
  // Time runs forward and stops at the end of the drill.
  expect(Number.isInteger(state.time)).toBe(true);
  expect(state.time).toBeGreaterThanOrEqual(0);
  expect(state.time).toBeLessThanOrEqual(scenario.duration);
  if (state.time === scenario.duration) expect(state.phase).toBe('ended');
  // Customer impact is a share; what is lost is never given back.
  expect(state.impact).toBeGreaterThanOrEqual(0);
  expect(state.impact).toBeLessThanOrEqual(1);
  expect(Number.isFinite(state.userMinutesLost)).toBe(true);
  // Every accepted action, and only those, is in the log, with the time it was taken.
  expect(state.log).toHaveLength(accepted);
  // Records are indexed by position.
  state.alerts.forEach((a, i) => expect(a.id).toBe(i));
  state.messages.forEach((m, i) => expect(m.id).toBe(i));
  state.tasks.forEach((t, i) => expect(t.id).toBe(i));
  // Nothing due is left waiting once the clock has moved past it; the queue stays in order.
  state.queue.forEach((e, i) => {
    expect(e.at).toBeGreaterThanOrEqual(state.time);
    if (i > 0) expect(e.at).toBeGreaterThanOrEqual(state.queue[i - 1]!.at);
  });
  if (previous) {
    expect(state.time).toBeGreaterThanOrEqual(previous.time);
    expect(state.userMinutesLost).toBeGreaterThanOrEqual(previous.userMinutesLost);
    expect(state.alerts.length).toBeGreaterThanOrEqual(previous.alerts.length);
    expect(state.messages.length).toBeGreaterThanOrEqual(previous.messages.length);
    if (state.log.length > previous.log.length) expect(state.log.at(-1)!.at).toBe(previous.time);
  }
}

/** One move of a random playthrough: an option the engine offers, picked by index, or time passing. */
type Move = { kind: 'option'; group: number; pick: number } | { kind: 'advance'; seconds: number } | { kind: 'resolve' };

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('option' as const), group: fc.nat(), pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('advance' as const), seconds: fc.integer({ min: 1, max: 600 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'resolve' as const }) },
);

/** Turns a move into a concrete action from the union of every definition's options for the player. */
function actionFor(state: GameState, move: Move): Action {
  if (move.kind === 'advance') return { type: 'clock/advanced', seconds: move.seconds };
  if (move.kind === 'resolve') return ACTIONS['incident/resolved'].options(state, PLAYER_ID)[0] ?? { type: 'incident/resolved' };
  // Pick a kind of action first, then one of its options, so the many delegations do not drown the rest.
  const groups = ACTION_LIST.filter((d) => d.type !== 'incident/resolved')
    .map((d) => d.options(state, PLAYER_ID))
    .filter((g) => g.length > 0);
  const group = groups[move.group % groups.length]!;
  return group[move.pick % group.length]!;
}

describe.each(SCENARIOS)('random playthroughs of %s', (_id, scenario) => {
  it('never throw, accept every offered action, and keep every invariant after every step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(moveArb, { minLength: 1, maxLength: 30 }), (seed, moves) => {
        let state = createGame(scenario, { seed });
        sealPlainJson(state);
        checkInvariants(state, null, 0, scenario);
        let accepted = 0;
        for (const move of moves) {
          const previous = state;
          const action = actionFor(state, move);
          const result = attempt(state, action);
          if (state.phase === 'ended') {
            expect(result.rejection?.code).toBe('game-over');
          } else {
            // Options are offered because they are valid: the engine must take them.
            expect(result.rejection, JSON.stringify(action)).toBeNull();
          }
          if (result.rejection) {
            expect(result.state).toBe(previous);
            continue;
          }
          accepted++;
          state = result.state;
          sealPlainJson(state);
          checkInvariants(state, previous, accepted, scenario);
        }
        // The literal round trip, once per run (sealPlainJson covered every step).
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      { numRuns: 20 },
    );
  });
});

describe('junk sent to attempt()', () => {
  const states = [createGame(checkout(), { seed: 1 }), randomWalk(checkout(), 4, { steps: 25, keepRunning: true }).at(-1)!];
  const codes = ['invalid-payload', 'unknown-action', 'unknown-person'];

  const expectRefused = (input: unknown, allowed = codes) => {
    for (const state of states) {
      let result: ReturnType<typeof attempt> | undefined;
      expect(() => (result = attempt(state, input))).not.toThrow();
      expect(result!.rejection, `${fc.stringify(input)} should be refused`).not.toBeNull();
      expect(allowed).toContain(result!.rejection!.code);
      expect(typeof result!.rejection!.message).toBe('string');
      expect(result!.state).toBe(state);
    }
  };

  it('anything at all is refused as data, leaving the state as it was', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }), (input) => {
        expectRefused(input);
      }),
      { numRuns: 300 },
    );
  });

  it('objects with an unknown type are refused as unknown actions', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('toString', '__proto__', 'constructor', 'hasOwnProperty', 'clock', 'command/claimed ', 'COMMAND/CLAIMED')).filter((t) => !ACTION_TYPES.includes(t)),
        fc.dictionary(fc.string(), fc.anything()),
        (type, rest) => expectRefused({ ...rest, type }, ['unknown-action']),
      ),
      { numRuns: 200 },
    );
  });

  it('a type that is not a string is never taken for an action', () => {
    for (const type of [Object.create(null), { toString: () => 'command/claimed' }, Symbol('x'), ['command/claimed'], 42, null, undefined]) {
      expectRefused({ type }, ['unknown-action']);
    }
  });

  it('the samples the next checks spoil are well-formed to begin with', () => {
    for (const type of ACTION_TYPES) expect(actionSchema.safeParse(wellFormed(type as ActionType, states[0]!)).success, type).toBe(true);
  });

  it('a known type with a malformed payload is refused as an invalid payload', () => {
    const wrong = fc.constantFrom<unknown>({}, [], null, true, -1.5, '', 'x'.repeat(20_000), Number.NaN);
    fc.assert(
      fc.property(fc.constantFrom(...ACTION_TYPES), fc.string({ minLength: 1 }), wrong, fc.boolean(), (type, key, value, extraKey) => {
        const base = wellFormed(type as ActionType, states[0]!);
        const fields = Object.keys(base).filter((k) => k !== 'type');
        let input: Record<string, unknown>;
        if (extraKey || fields.length === 0) {
          // Strict shapes: an unknown key spoils an otherwise valid action.
          input = { ...base, [`zz-${key}`]: value };
        } else {
          input = { ...base, [fields[key.length % fields.length]!]: value };
        }
        expectRefused(input, ['invalid-payload']);
      }),
      { numRuns: 300 },
    );
  });

  it('a well-formed action from someone who is not playing is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ACTION_TYPES), fc.string({ minLength: 1, maxLength: 64 }).filter((by) => by !== PLAYER_ID), (type, by) => {
        if (type === 'clock/advanced') return; // time is not anybody's move
        // Facilitator actions are refused to anyone but the facilitator, players included.
        const steering = type.startsWith('facilitator/');
        if (steering && by === FACILITATOR_ID) return;
        expectRefused({ ...wellFormed(type as ActionType, states[0]!), by }, [steering ? 'not-facilitator' : 'unknown-person']);
      }),
      { numRuns: 100 },
    );
  });

  it('well-typed actions with arbitrary values never throw; a refusal changes nothing, an acceptance keeps the invariants', () => {
    const scenario = checkout();
    const id = fc.oneof(fc.constantFrom(...scenario.people.map((p) => p.id), ...scenario.services.map((s) => s.id), ...scenario.mitigations.map((m) => m.id), PLAYER_ID), fc.string({ minLength: 1, maxLength: 8 }));
    const num = fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
    const source = fc.constantFrom('dashboard', 'logs', 'deploys', 'traces', 'runbook');
    const step = fc.constantFrom('deep-dive', 'write-patch', 'deploy-hotfix');
    const work = fc.oneof(
      fc.record({ kind: fc.constant('investigate'), source, service: id }),
      fc.record({ kind: fc.constant('mitigate'), mitigation: id }),
      fc.record({ kind: fc.constant('root-cause'), step, service: id }),
    );
    const actionArb = fc.oneof(
      fc.record({ type: fc.constant('clock/advanced'), seconds: num }),
      fc.record({ type: fc.constant('command/claimed') }),
      fc.record({ type: fc.constant('command/handedOff'), to: id }),
      fc.record({ type: fc.constant('role/assigned'), role: fc.constantFrom('deputy', 'ops', 'comms', 'scribe', 'sme'), to: id }),
      fc.record({ type: fc.constant('task/delegated'), to: id, work, timebox: num }),
      fc.record({ type: fc.constant('severity/declared'), level: num }),
      fc.record({ type: fc.constant('page/sent'), to: id }),
      fc.record({ type: fc.constant('message/posted'), place: fc.constantFrom('main', 'thread', 'stakeholders'), kind: fc.constantFrom('status', 'chatter', 'hypothesis'), text: fc.string({ maxLength: 50 }) }),
      fc.record({ type: fc.constant('investigation/started'), source, service: id }),
      fc.record({ type: fc.constant('mitigation/applied'), mitigation: id }),
      fc.record({ type: fc.constant('rootCause/worked'), step, service: id }),
      fc.record({ type: fc.constant('alert/acknowledged'), alert: num }),
      fc.record({ type: fc.constant('alert/silenced'), alert: num, seconds: num }),
      fc.record({ type: fc.constant('incident/mitigated') }),
    );
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 25 }), (actions) => {
        let state = states[1]!;
        let accepted = state.log.length;
        for (const action of actions) {
          const previous = state;
          const result = attempt(state, action);
          if (result.rejection) {
            expect(result.state).toBe(previous);
            continue;
          }
          accepted++;
          state = result.state;
          checkInvariants(state, previous, accepted, scenario);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** Schema-valid actions of types the first state offers no option for (e.g. alert ids before any alert). */
const SAMPLES: Partial<Record<ActionType, Record<string, unknown>>> = {
  'command/handedOff': { type: 'command/handedOff', to: 'arjun' },
  'role/assigned': { type: 'role/assigned', role: 'scribe', to: 'arjun' },
  'alert/acknowledged': { type: 'alert/acknowledged', alert: 0 },
  'alert/silenced': { type: 'alert/silenced', alert: 0, seconds: 600 },
  'facilitator/injected': { type: 'facilitator/injected', inject: { kind: 'message', from: 'sam', place: 'main', text: 'Anyone there?' } },
  'facilitator/fallbackArmed': { type: 'facilitator/fallbackArmed', inject: { kind: 'message', from: 'sam', place: 'main', text: 'Anyone there?' }, when: { kind: 'no-commander', for: 600 } },
  'facilitator/hinted': { type: 'facilitator/hinted', to: PLAYER_ID, text: 'Who is in command?' },
  'facilitator/ended': { type: 'facilitator/ended' },
};

/** A well-formed action of this type: the engine's own first option, or a sample. */
function wellFormed(type: ActionType, state: GameState): Record<string, unknown> {
  const offered: Record<string, unknown> | undefined = ACTIONS[type].options(state, PLAYER_ID)[0];
  const action = offered ?? SAMPLES[type];
  if (!action) throw new Error(`no well-formed sample of ${type}`);
  return { ...action };
}
