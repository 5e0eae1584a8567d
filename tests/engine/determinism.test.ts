// The engine is a pure function of (scenario, seed, actions): the same inputs give the same game,
// byte for byte; a different seed changes only the dice; a replay of the log rebuilds the game.
import { describe, expect, it } from 'vitest';
import { attempt, createGame, exportReplay, logHash, replay, type Action, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { allScenarios, checkout } from '../helpers/scenarios';
import { randomWalk } from '../helpers/walk';

/** A commander's first quarter hour on the checkout drill, every action valid for any seed. */
const SCRIPT: Action[] = [
  { type: 'clock/advanced', seconds: 60 },
  { type: 'command/claimed' },
  { type: 'severity/declared', level: 2 },
  { type: 'page/sent', to: 'maya' },
  { type: 'clock/advanced', seconds: 90 },
  { type: 'task/delegated', to: 'arjun', work: { kind: 'investigate', source: 'deploys', service: 'checkout' }, timebox: 300 },
  { type: 'severity/declared', level: 1 },
  { type: 'message/posted', place: 'stakeholders', kind: 'status', text: 'Card payments failing for many shoppers; investigating.', fields: { impact: 'card payments failing', status: 'investigating', next: 1800 } },
  { type: 'clock/advanced', seconds: 45 },
  { type: 'alert/silenced', alert: 0, seconds: 600 },
  { type: 'clock/advanced', seconds: 120 },
  { type: 'role/assigned', role: 'scribe', to: 'arjun' },
  { type: 'task/delegated', to: 'maya', work: { kind: 'mitigate', mitigation: 'rollback-checkout' }, timebox: 600 },
  { type: 'investigation/started', source: 'logs', service: 'checkout' },
  { type: 'clock/advanced', seconds: 300 },
  { type: 'message/posted', place: 'main', kind: 'finding', text: '@maya rollback looks good from here' },
  { type: 'clock/advanced', seconds: 120 },
  { type: 'incident/mitigated' },
  { type: 'severity/declared', level: 3 },
  { type: 'clock/advanced', seconds: 65 },
  { type: 'incident/resolved' },
];

function play(scenario: Scenario, seed: number, script: readonly Action[]): GameState {
  let state = createGame(scenario, { seed });
  for (const action of script) {
    const result = attempt(state, action);
    if (result.rejection) throw new Error(`seed ${seed}: ${JSON.stringify(action)} was rejected: ${result.rejection.message}`);
    state = result.state;
  }
  return state;
}

const withoutLog = (state: GameState): Omit<GameState, 'log'> => {
  const rest: Partial<GameState> = { ...state };
  delete rest.log;
  return rest as Omit<GameState, 'log'>;
};

describe('determinism', () => {
  it('the same scenario, seed and actions give the same log hash and the same final state, for 100 seeds', () => {
    const scenario = checkout();
    const finals = new Set<string>();
    for (let seed = 1; seed <= 100; seed++) {
      const first = play(scenario, seed, SCRIPT);
      const second = play(scenario, seed, SCRIPT);
      expect(first.log).toHaveLength(SCRIPT.length);
      expect(logHash(second.log)).toBe(logHash(first.log));
      const json = JSON.stringify(first);
      expect(JSON.stringify(second)).toBe(json);
      expect(first.phase).toBe('ended');
      finals.add(json);
    }
    // Each seed made its own game.
    expect(finals.size).toBe(100);
  });

  it('different seeds give different metric noise over the same world', () => {
    const one = play(checkout(), 1, SCRIPT);
    const two = play(checkout(), 2, SCRIPT);
    expect(logHash(one.log)).toBe(logHash(two.log));
    expect(one.rng).not.toBe(two.rng);
    expect(one.history.map((h) => h.services)).not.toEqual(two.history.map((h) => h.services));
    // ...but the same story: the same faults, mitigations and times.
    expect(one.faults).toEqual(two.faults);
    expect(one.mitigatedAt).toBe(two.mitigatedAt);
    expect(one.history.map((h) => h.at)).toEqual(two.history.map((h) => h.at));
    const checkoutErrors = (s: GameState) => s.history.map((h) => h.services.checkout![1]);
    checkoutErrors(one).forEach((e, i) => expect(Math.abs(e - checkoutErrors(two)[i]!)).toBeLessThan(0.03));
  });

  it('replay(scenario, seed, log) rebuilds the final state, for several seeds', () => {
    for (const seed of [1, 7, 42, 1234, 99_999]) {
      const original = play(checkout(), seed, SCRIPT);
      const replayed = replay(checkout(), seed, original.log);
      expect(replayed.ok).toBe(true);
      if (replayed.ok) expect(replayed.state).toEqual(original);
    }
  });

  it.each(allScenarios().map((s) => [s.id, s] as const))('replay rebuilds random playthroughs of %s', (_id, scenario) => {
    for (const seed of [3, 2024]) {
      const states = randomWalk(scenario, seed, { steps: 40, keepRunning: true });
      const original = states.at(-1)!;
      expect(original.log.length).toBe(states.length - 1);
      const replayed = replay(scenario, seed, original.log);
      expect(replayed.ok).toBe(true);
      if (replayed.ok) expect(replayed.state).toEqual(original);
      // Replaying part of the log gives the state after that many actions.
      const half = Math.floor(original.log.length / 2);
      const partial = replay(scenario, seed, original.log, { upTo: half });
      if (partial.ok) expect(partial.state).toEqual(states[half]);
      else expect.fail(partial.message);
      // A replay file carries the same hash.
      expect(exportReplay(original).logHash).toBe(logHash(original.log));
    }
  });

  it('replay refuses a log that does not fit, naming the entry at fault', () => {
    const original = play(checkout(), 5, SCRIPT);
    const moved = original.log.map((entry, i) => (i === 3 ? { ...entry, at: entry.at + 1 } : entry));
    expect(replay(checkout(), 5, moved)).toMatchObject({ ok: false, index: 3 });
    const forged = original.log.map((entry, i) => (i === 2 ? { ...entry, action: { type: 'command/claimed' } as Action } : entry));
    expect(replay(checkout(), 5, forged)).toMatchObject({ ok: false, index: 2 });
  });

  it('the log hash changes with any change to the log', () => {
    const log = play(checkout(), 5, SCRIPT).log;
    const hashes = new Set([logHash(log), logHash(log.slice(1)), logHash(log.map((e, i) => (i === 0 ? { ...e, at: 1 } : e)))]);
    expect(hashes.size).toBe(3);
  });

  it('the world does not depend on how the clock is sliced', () => {
    const scenario = checkout();
    const run = (slices: number[]) => {
      let state = createGame(scenario, { seed: 9 });
      for (const seconds of slices) state = attempt(state, { type: 'clock/advanced', seconds }).state;
      return state;
    };
    const whole = run([1200]);
    const fine = run(Array.from({ length: 240 }, () => 5));
    const ragged = run([7, 13, 1, 299, 3, 600, 17, 260]);
    expect(withoutLog(fine)).toEqual(withoutLog(whole));
    // Uneven slices split the user-minutes sum differently: equal up to rounding.
    expect(ragged.userMinutesLost).toBeCloseTo(whole.userMinutesLost, 6);
    expect({ ...withoutLog(ragged), userMinutesLost: 0 }).toEqual({ ...withoutLog(whole), userMinutesLost: 0 });
  });
});
