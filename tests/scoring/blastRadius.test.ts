// blast.*: no destructive or untested changes mid-incident, staged changes over global ones, no
// hotfix before the impact is mitigated. small.yaml offers a destructive restart of every pod
// (it backfires), an untested config push, a tested global config push, one-pod restarts and the
// rollback (the right mitigation, effective at 6:00 when handed to Rita at 2m).
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import { changeRules, hotfixRule, scoreBlastRadius } from '../../src/scoring/blastRadius';
import { contextOf, delegate, mitigate, only, play, rootCause, ROLLBACK, small } from '../helpers/play';

describe('blast.destructive, blast.untested, blast.staged (changeRules)', () => {
  it('keeps the rules with staged, tested changes', () => {
    const state = play(small(), [['2m', mitigate('restart-shop-one')], ['2m', ROLLBACK]], { until: '10m' });
    expect(changeRules(contextOf(state))).toEqual([]);
    const result = scoreBlastRadius(contextOf(state));
    expect(result.score).toBe(100);
    expect(result.findings).toEqual([{ dimension: 'blastRadius', rule: 'blast.staged', at: 120, points: 0, message: 'Every change made during the incident was tested and reversible.' }]);
  });

  it('breaks blast.destructive when every pod is restarted at once', () => {
    const state = play(small(), [['2m', mitigate('restart-shop-all')]], { until: '10m' });
    const f = only(changeRules(contextOf(state)), 'blast.destructive');
    expect(f).toMatchObject({ dimension: 'blastRadius', at: 120, points: -DEFAULT_DOCTRINE.blastRadius.destructivePenalty });
    expect(f.message).toBe('At 02:00 you ran a destructive change: "Restart every shop pod at once".');
    // It backfired: the database storm started, so the world is worse, not better.
    expect(state.faults['db-storm']?.startedAt).toBe(180);
  });

  it('names the teammate who ran a destructive change on the IC\'s say-so', () => {
    const state = play(small(), [['2m', delegate('rita', { kind: 'mitigate', mitigation: 'restart-shop-all' })]], { until: '10m' });
    expect(only(changeRules(contextOf(state)), 'blast.destructive').message).toBe('At 04:00 Rita Moreno ran a destructive change: "Restart every shop pod at once".');
  });

  it('breaks blast.untested when an untested config is pushed', () => {
    const state = play(small(), [['3m', mitigate('push-skip-validation')]], { until: '10m' });
    const f = only(changeRules(contextOf(state)), 'blast.untested');
    expect(f).toMatchObject({ at: 180, points: -DEFAULT_DOCTRINE.blastRadius.untestedPenalty });
    expect(f.message).toBe('At 03:00 you pushed an untested change mid-incident: "Push a config that skips basket validation everywhere".');
  });

  it('breaks blast.staged when a global change goes out where a staged one was on offer', () => {
    const state = play(small(), [['3m', mitigate('push-shop-timeouts')]], { until: '10m' });
    const f = only(changeRules(contextOf(state)), 'blast.staged');
    expect(f).toMatchObject({ at: 180, points: -DEFAULT_DOCTRINE.blastRadius.globalOverStagedPenalty });
    expect(f.message).toBe('At 03:00 "Push longer timeouts to every shop pod" went out everywhere at once where "Roll back shop to release 41" was a staged option.');
  });

  it('never charges the right mitigation', () => {
    const state = play(small(), [['2m', mitigate('rollback-shop')]], { until: '10m' });
    expect(changeRules(contextOf(state))).toEqual([]);
  });
});

describe('blast.untested for hotfixes (hotfixRule)', () => {
  it('keeps the rule when the hotfix ships after the impact was mitigated', () => {
    const state = play(small(), [['2m', ROLLBACK], ['6m', rootCause('deep-dive', 'shop')], ['8m', rootCause('write-patch', 'shop')], ['10m', rootCause('deploy-hotfix', 'shop')]], { until: '12m' });
    expect(state.mitigatedAt).toBe(360);
    expect(hotfixRule(contextOf(state))).toEqual([]);
  });

  it('breaks the rule when a hotfix is deployed before mitigation', () => {
    const state = play(small(), [['2m', rootCause('deep-dive', 'shop')], ['4m', rootCause('write-patch', 'shop')], ['6m', rootCause('deploy-hotfix', 'shop')]], { until: '10m' });
    // The hotfix itself stopped the bleeding when it landed at 7:00: it was still untested code shipped under fire.
    expect(state.mitigatedAt).toBe(420);
    const f = only(hotfixRule(contextOf(state)), 'blast.untested');
    expect(f).toMatchObject({ at: 360, points: -DEFAULT_DOCTRINE.blastRadius.untestedPenalty });
    expect(f.message).toBe('At 06:00 you deployed an untested hotfix to shop before the impact was mitigated.');
  });
});

describe('scoreBlastRadius', () => {
  it('adds the penalties of every risky change', () => {
    const state = play(small(), [['2m', mitigate('restart-shop-all')], ['2m', mitigate('push-skip-validation')], ['2m', mitigate('push-shop-timeouts')]], { until: '10m' });
    const result = scoreBlastRadius(contextOf(state));
    expect(result.findings.map((f) => f.rule)).toEqual(['blast.destructive', 'blast.staged', 'blast.untested']);
    expect(result.score).toBe(100 - 30 - 25 - 10);
  });
});
