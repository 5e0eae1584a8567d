// The per-service index of firing alerts always agrees with the alert list it summarises.
import { describe, expect, it } from 'vitest';
import { attempt, createGame, type GameState } from '../../src/engine';
import { random } from '../../src/bots/random';
import { textbook } from '../../src/bots/textbook';
import { allScenarios } from '../helpers/scenarios';

function recount(state: GameState): { firing: GameState['firing']; criticalFired: number } {
  const firing: GameState['firing'] = {};
  for (const a of state.alerts) {
    if (a.status !== 'firing') continue;
    const counts = firing[a.labels.service] ?? [0, 0, 0];
    const slot = ({ critical: 0, warning: 1, info: 2 } as const)[a.labels.severity];
    counts[slot] += 1;
    firing[a.labels.service] = counts;
  }
  return { firing, criticalFired: state.alerts.filter((a) => a.labels.severity === 'critical').length };
}

/** The index without services whose counts went back to zero. */
const nonZero = (firing: GameState['firing']) => Object.fromEntries(Object.entries(firing).filter(([, c]) => c.some((n) => n > 0)));

describe('firing index', () => {
  for (const scenario of allScenarios()) {
    it(`matches the alert list through play of ${scenario.id}`, () => {
      for (const bot of [textbook, random]) {
        let state = createGame(scenario, { seed: 3 });
        for (let steps = 0; state.phase === 'running' && steps < 400; steps++) {
          const action = bot.play(state) ?? { type: 'clock/advanced', seconds: 30 };
          const next = attempt(state, action);
          state = next.rejection ? attempt(state, { type: 'clock/advanced', seconds: 30 }).state : next.state;
          if (steps % 25 === 0 || state.phase === 'ended') {
            const expected = recount(state);
            expect(nonZero(state.firing)).toEqual(expected.firing);
            expect(state.criticalFired).toBe(expected.criticalFired);
          }
        }
      }
    });
  }
});
