import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import { DIMENSION_TITLES } from '../../src/scoring/debrief';
import { FIRST_DRILL_ID, levelForMode, modeForLevel, standing, suggestNext, tenetsTrained, weakestTenet, type LadderRun } from '../../src/store/ladder';
import { loadScenarios } from '../helpers/scenarios';

const pack = DEFAULT_DOCTRINE;
const run = (scenarioId: string, level: LadderRun['level'], score: number, at = 1, dimensions?: LadderRun['dimensions']): LadderRun => ({ scenarioId, level, score, at, ...(dimensions ? { dimensions } : {}) });

describe('training ladder', () => {
  it('maps levels to engine modes and old modes back to levels', () => {
    expect([modeForLevel('shadow'), modeForLevel('scribe'), modeForLevel('deputy'), modeForLevel('ic')]).toEqual(['shadow', 'practice', 'practice', 'exam']);
    expect([levelForMode('shadow'), levelForMode('practice'), levelForMode('exam')]).toEqual(['shadow', 'scribe', 'ic']);
  });

  it('starts a new trainee at shadow with everything above locked', () => {
    const { current, levels } = standing([], pack);
    expect(current).toBe('shadow');
    expect(levels.map((l) => [l.level, l.unlocked, l.passMark])).toEqual([
      ['shadow', true, pack.ladder.shadow],
      ['scribe', false, pack.ladder.scribe],
      ['deputy', false, pack.ladder.deputy],
      ['ic', false, pack.ladder.ic],
    ]);
  });

  it('unlocks a level after passing drills at the level below, at that level’s pass mark', () => {
    expect(standing([run('a', 'shadow', 10)], pack).current).toBe('scribe');
    const belowMark = [run('a', 'shadow', 10), run('a', 'scribe', pack.ladder.scribe - 1), run('b', 'scribe', pack.ladder.scribe - 1)];
    expect(standing(belowMark, pack).current).toBe('scribe');
    // The same drill twice counts once.
    const sameDrill = [run('a', 'shadow', 10), run('a', 'scribe', 90), run('a', 'scribe', 95)];
    expect(standing(sameDrill, pack).current).toBe('scribe');
    const passed = [run('a', 'shadow', 10), run('a', 'scribe', pack.ladder.scribe), run('b', 'scribe', 99)];
    expect(standing(passed, pack).current).toBe('deputy');
    // A team's own pass marks apply.
    const strict = { ...pack, ladder: { ...pack.ladder, scribe: 100 } };
    expect(standing(passed, strict).current).toBe('scribe');
  });

  it('does not unlock a level whose lower levels are locked', () => {
    expect(standing([run('a', 'deputy', 99), run('b', 'deputy', 99)], pack).current).toBe('shadow');
  });

  it('sends a new trainee to the coached first drill at shadow', () => {
    const suggestion = suggestNext([], [...loadScenarios().values()], pack, DIMENSION_TITLES);
    expect(suggestion?.scenario.id).toBe(FIRST_DRILL_ID);
    expect(suggestion?.level).toBe('shadow');
  });

  it('then suggests a drill that trains the tenet scored lowest, at the trainee’s level', () => {
    const scenarios = [...loadScenarios().values()];
    const weakSignal = { mitigation: 90, command: 90, escalation: 85, severity: 95, signal: 35, blastRadius: 100 };
    const runs = [run(FIRST_DRILL_ID, 'shadow', 80, 1, weakSignal)];
    expect(weakestTenet(runs)).toEqual({ dimension: 'signal', score: 35 });
    const suggestion = suggestNext(runs, scenarios, pack, DIMENSION_TITLES)!;
    expect(suggestion.level).toBe('scribe');
    expect(suggestion.scenario.id).not.toBe(FIRST_DRILL_ID);
    expect(tenetsTrained(suggestion.scenario)).toContain('signal');
    expect(suggestion.reason).toMatch(/signal over noise.*35\/100/i);
  });
});
