// scoreGame: six dimensions scored on their own, a weighted mean with the pack's weights, findings
// in time order, and the same report for the same game every time.
import { describe, expect, it } from 'vitest';
import { random } from '../../src/bots/random';
import { simulate } from '../../src/bots';
import { DEFAULT_DOCTRINE, DIMENSIONS, type DoctrinePack } from '../../src/doctrine/pack';
import type { GameState } from '../../src/engine';
import { scoreGame, SCORERS } from '../../src/scoring';
import { claim, delegate, mitigate, page, play, rootCause, ROLLBACK, say, sev, small, update, type Step } from '../helpers/play';

const TEXTBOOK: Step[] = [['2m', claim()], ['2m', sev(1)], ['2m', page('omar')], ['2m', update()], ['2m', ROLLBACK], ['6m', page('mia')], ['6m', update()], ['8m', sev(3)]];
const HERO: Step[] = [['2m', claim()], ['2m', rootCause('deep-dive', 'shop')], ['4m', rootCause('write-patch', 'shop')], ['6m', rootCause('deploy-hotfix', 'shop')]];
const DISASTER: Step[] = [
  ['1m40s', page('eve')],
  ['2m', mitigate('restart-shop-all')],
  ['2m', mitigate('push-skip-validation')],
  ['2m', mitigate('push-shop-timeouts')],
  ['2m', say('maybe it is DNS?', 'hypothesis')],
  ['3m', say('Can someone look at the database?', 'question')],
  ['3m30s', mitigate('restart-shop-all')],
  ['5m', mitigate('restart-shop-all')],
  ['6m', delegate('rita', { kind: 'mitigate', mitigation: 'push-skip-validation' })],
];

let cached: [string, GameState][] | null = null;

/** Games to score: hand-built plays and a few random ones (played once, shared by the tests). */
function plays(): [string, GameState][] {
  cached ??= [
    ['textbook', play(small(), TEXTBOOK, { until: '15m' })],
    ['hero', play(small(), HERO, { until: '20m' })],
    ['disaster', play(small(), DISASTER, { until: 'end' })],
    ['idle', play(small(), [], { until: 'end' })],
    ...[1, 2, 3, 4, 5].map((seed): [string, GameState] => [`random seed ${seed}`, simulate(small(), random, { seed })]),
  ];
  return cached;
}

const weightedMean = (dimensions: Record<string, number>, weights: DoctrinePack['weights']) => {
  let sum = 0;
  let total = 0;
  for (const d of DIMENSIONS) {
    sum += dimensions[d]! * weights[d];
    total += weights[d];
  }
  return Math.round(sum / total);
};

describe('scoreGame', { timeout: 30_000 }, () => {
  it('scores the six doctrine dimensions', () => {
    expect(Object.keys(SCORERS).sort()).toEqual([...DIMENSIONS].sort());
    const report = scoreGame(play(small(), TEXTBOOK, { until: '15m' }));
    expect(Object.keys(report.dimensions).sort()).toEqual([...DIMENSIONS].sort());
  });

  it('totals the weighted mean of the dimensions with the pack\'s weights', () => {
    for (const [name, state] of plays()) {
      const report = scoreGame(state);
      expect(report.total, name).toBe(weightedMean(report.dimensions, DEFAULT_DOCTRINE.weights));
    }
  });

  it('follows a pack\'s own weights', () => {
    const state = play(small(), HERO, { until: '20m' });
    const onlyCommand: DoctrinePack = { ...DEFAULT_DOCTRINE, weights: { mitigation: 0, command: 1, escalation: 0, severity: 0, signal: 0, blastRadius: 0 } };
    const report = scoreGame(state, onlyCommand);
    expect(report.total).toBe(report.dimensions.command);
    const skewed: DoctrinePack = { ...DEFAULT_DOCTRINE, weights: { mitigation: 1, command: 0, escalation: 0, severity: 0, signal: 0, blastRadius: 3 } };
    const r = scoreGame(state, skewed);
    expect(r.total).toBe(Math.round((r.dimensions.mitigation + 3 * r.dimensions.blastRadius) / 4));
    expect(r.total).not.toBe(scoreGame(state).total);
  });

  it('keeps every score a whole number from 0 to 100', () => {
    for (const [name, state] of plays()) {
      const report = scoreGame(state);
      for (const value of [report.total, ...Object.values(report.dimensions)]) {
        expect(Number.isInteger(value), `${name}: ${value}`).toBe(true);
        expect(value, name).toBeGreaterThanOrEqual(0);
        expect(value, name).toBeLessThanOrEqual(100);
      }
    }
    // The disaster's penalties on blast radius add up to far more than 100: the floor holds.
    const disaster = scoreGame(play(small(), DISASTER, { until: 'end' }));
    expect(disaster.findings.filter((f) => f.dimension === 'blastRadius').reduce((sum, f) => sum + f.points, 0)).toBeLessThan(-100);
    expect(disaster.dimensions.blastRadius).toBe(0);
    expect(scoreGame(play(small(), TEXTBOOK, { until: '15m' })).total).toBeGreaterThanOrEqual(95);
  });

  it('lists findings in time order, each citing a rule of its own dimension', () => {
    const prefix = { mitigation: 'mitigation.', command: 'command.', escalation: 'escalation.', severity: 'severity.', signal: 'signal.', blastRadius: 'blast.' } as const;
    for (const [name, state] of plays()) {
      const { findings } = scoreGame(state);
      expect(findings.length, name).toBeGreaterThan(0);
      for (let i = 1; i < findings.length; i++) {
        const a = findings[i - 1]!;
        const b = findings[i]!;
        expect(a.at <= b.at, `${name}: ${a.rule} at ${a.at} before ${b.rule} at ${b.at}`).toBe(true);
        if (a.at === b.at) expect(DIMENSIONS.indexOf(a.dimension) <= DIMENSIONS.indexOf(b.dimension), name).toBe(true);
      }
      for (const f of findings) {
        expect(f.rule.startsWith(prefix[f.dimension]), `${name}: ${f.rule} in ${f.dimension}`).toBe(true);
        expect(f.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('is deterministic: the same game gives a deep-equal report', () => {
    const state = play(small(), DISASTER, { until: 'end' });
    expect(scoreGame(state)).toEqual(scoreGame(state));
    const again = play(small(), DISASTER, { until: 'end' });
    expect(JSON.stringify(scoreGame(again))).toBe(JSON.stringify(scoreGame(state)));
    expect(scoreGame(simulate(small(), random, { seed: 9 }))).toEqual(scoreGame(simulate(small(), random, { seed: 9 })));
  });

  it('does not change the game it scores', () => {
    const state = play(small(), TEXTBOOK, { until: '15m' });
    const before = JSON.stringify(state);
    scoreGame(state);
    expect(JSON.stringify(state)).toBe(before);
  });
});
