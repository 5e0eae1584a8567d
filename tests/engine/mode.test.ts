// The ladder's play modes: exam doubles the scripted noise; a replay rebuilds the game in its mode.
import { describe, expect, it } from 'vitest';
import { attempt, createGame, exportReplay, replay, type GameState } from '../../src/engine';
import { loadScenario } from '../helpers/scenarios';

const checkout = () => loadScenario('checkout-bad-deploy');

function playFor(state: GameState, seconds: number): GameState {
  let s = state;
  for (let t = 0; t < seconds; t += 60) s = attempt(s, { type: 'clock/advanced', seconds: 60 }).state;
  return s;
}

describe('play modes', () => {
  it('is practice unless asked otherwise', () => {
    expect(createGame(checkout(), { seed: 1 }).mode).toBe('practice');
  });

  it('fires twice the noise bursts in exam mode', () => {
    const noise = (s: GameState) => s.alerts.filter((a) => a.source === 'checkout-pod-storm').length;
    const practice = playFor(createGame(checkout(), { seed: 1 }), 900);
    const exam = playFor(createGame(checkout(), { seed: 1, mode: 'exam' }), 900);
    expect(noise(practice)).toBeGreaterThan(0);
    expect(noise(exam)).toBe(2 * noise(practice));
  });

  it('keeps the mode in the replay file, and a replay in that mode rebuilds the game', () => {
    const played = playFor(createGame(checkout(), { seed: 4, mode: 'exam' }), 600);
    const file = exportReplay(played);
    expect(file.mode).toBe('exam');
    const again = replay(checkout(), file.seed, file.log, { mode: file.mode });
    expect(again.ok && again.state).toEqual(played);
  });
});
