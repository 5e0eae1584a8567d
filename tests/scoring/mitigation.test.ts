// mitigation.*: stop the bleeding before digging for the root cause, mitigate within par, keep the
// evidence. small.yaml: visible 1:30, par 15 min; the rollback handed to Rita at T is applied at
// T+1:30 and takes effect 2 minutes later. Root-cause steps take 2m (deep dive), 2m (patch), 1m (hotfix).
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import { firstRule, preserveRule, scoreMitigation, timeRules } from '../../src/scoring/mitigation';
import { contextOf, investigate, mitigate, only, play, rootCause, ROLLBACK, small, withRule } from '../helpers/play';

const ROLLBACK_LABEL = 'Roll back shop to release 41';

describe('mitigation.first (firstRule)', () => {
  it('keeps the rule when mitigation comes before root-cause work', () => {
    const state = play(small(), [['2m', ROLLBACK], ['7m', rootCause('deep-dive', 'shop')]], { until: '12m' });
    const f = only(firstRule(contextOf(state)), 'mitigation.first');
    expect(f).toMatchObject({ dimension: 'mitigation', at: 240, points: 0 });
    expect(f.message).toBe('Mitigation came before root-cause work: the first mitigation was applied at 04:00.');
  });

  it('breaks the rule when root-cause work starts while the rollback is untried', () => {
    const state = play(small(), [['2m', rootCause('deep-dive', 'shop')], ['4m', ROLLBACK]], { until: '12m' });
    const f = only(firstRule(contextOf(state)), 'mitigation.first');
    expect(f).toMatchObject({ at: 120, points: -2 * DEFAULT_DOCTRINE.mitigation.rootCauseFirstPenaltyPerMinute });
    expect(f.message).toBe(`At 02:00 root-cause work began while "${ROLLBACK_LABEL}" was available and untried; it held mitigation back by 2 min.`);
  });

  it('charges by how long the root-cause work delayed mitigation', () => {
    const short = play(small(), [['2m', rootCause('deep-dive', 'shop')], ['4m', ROLLBACK]], { until: '15m' });
    const long = play(small(), [['2m', rootCause('deep-dive', 'shop')], ['4m', rootCause('write-patch', 'shop')], ['6m', ROLLBACK]], { until: '15m' });
    const a = only(firstRule(contextOf(short)), 'mitigation.first');
    const b = only(firstRule(contextOf(long)), 'mitigation.first');
    expect(a.points).toBe(-4);
    expect(b.points).toBe(-8);
    expect(b.message).toContain('held mitigation back by 4 min');
  });

  it('counts the delay only until the rollback is applied', () => {
    // The deep dive runs 2:00-4:00, but Rita applied the rollback at 3:30.
    const state = play(small(), [['1m30s', ROLLBACK], ['2m', rootCause('deep-dive', 'shop')]], { until: '12m' });
    expect(state.mitigations[0]).toMatchObject({ id: 'rollback-shop', by: 'rita', appliedAt: 210 });
    expect(only(firstRule(contextOf(state)), 'mitigation.first')).toMatchObject({ at: 120, points: -3, message: expect.stringContaining('back by 1.5 min') });
  });

  it('still charges digging after a change that was not one of the generic mitigations', () => {
    // Restarting one pod (it does not help) does not excuse a deep dive while the rollback is untried.
    const state = play(small(), [['2m', mitigate('restart-shop-one')], ['3m', rootCause('deep-dive', 'shop')], ['5m', ROLLBACK]], { until: '12m' });
    const f = only(firstRule(contextOf(state)), 'mitigation.first');
    expect(f).toMatchObject({ at: 180, points: -4 });
    expect(f.message).toBe(`At 03:00 root-cause work began while "${ROLLBACK_LABEL}" was available and untried; it held mitigation back by 2 min.`);
  });

  it('says nothing when nobody mitigated or dug', () => {
    expect(firstRule(contextOf(play(small(), [], { until: '10m' })))).toEqual([]);
  });
});

describe('mitigation.time (timeRules)', () => {
  it('keeps the rule when the impact is mitigated within par, with no user-minutes over par', () => {
    const state = play(small(), [['2m', ROLLBACK]], { until: '10m' });
    expect(state.mitigatedAt).toBe(360);
    const findings = timeRules(contextOf(state));
    expect(findings).toEqual([
      { dimension: 'mitigation', rule: 'mitigation.time', at: 360, points: 0, message: 'Mitigated at 06:00: 4.5 min after the incident began, within the par of 15 min.' },
    ]);
  });

  it('charges time to mitigation over par per minute, and the user-minutes lost over par', () => {
    const state = play(small(), [['20m', ROLLBACK]], { until: '25m' });
    expect(state.mitigatedAt).toBe(1440);
    const [ttm, lost] = withRule(timeRules(contextOf(state)), 'mitigation.time');
    expect(ttm).toMatchObject({ at: 1440, points: -7.5 * DEFAULT_DOCTRINE.mitigation.lateMitigationPenaltyPerMinute });
    expect(ttm!.message).toBe('Mitigated at 24:00: 22.5 min after the incident began, 7.5 min over the par of 15 min.');

    const { users } = small();
    const peak = Math.max(...state.history.map((s) => s.impact));
    const parLoss = peak * users * 15 * DEFAULT_DOCTRINE.mitigation.parUserMinutesSlack;
    expect(state.userMinutesLost).toBeGreaterThan(parLoss);
    const expected = Math.round(20 * (state.userMinutesLost / parLoss - 1) * 10) / 10;
    expect(lost).toMatchObject({ at: 1440, points: -expected });
    expect(lost!.message).toBe(`${Math.round(state.userMinutesLost).toLocaleString('en-US')} user-minutes were lost, more than the ${Math.round(parLoss).toLocaleString('en-US')} a par response would allow.`);
  });

  it('charges the full penalty when the impact is never mitigated', () => {
    const state = play(small(), [], { until: '20m' });
    const f = only(timeRules(contextOf(state)), 'mitigation.time');
    expect(f).toMatchObject({ at: 1200, points: -DEFAULT_DOCTRINE.mitigation.neverMitigatedPenalty });
    expect(f.message).toBe(`The impact was never mitigated; ${Math.round(state.userMinutesLost).toLocaleString('en-US')} user-minutes were lost by 20:00.`);
  });
});

describe('mitigation.preserve (preserveRule)', () => {
  it('keeps the rule when someone looked at the service before a restart of everything', () => {
    const state = play(small(), [['2m', investigate('dashboard', 'shop')], ['3m', mitigate('restart-shop-all')]], { until: '10m' });
    expect(preserveRule(contextOf(state))).toEqual([]);
  });

  it('breaks the rule when everything is restarted before anyone looked', () => {
    const state = play(small(), [['2m', mitigate('restart-shop-all')]], { until: '10m' });
    const f = only(preserveRule(contextOf(state)), 'mitigation.preserve');
    expect(f).toMatchObject({ at: 120, points: -DEFAULT_DOCTRINE.mitigation.wipedEvidencePenalty });
    expect(f.message).toBe('At 02:00 "Restart every shop pod at once" ran before anyone had looked at shop; the evidence went with it.');
  });
});

describe('scoreMitigation', () => {
  it('scores rollback-first at 100 and never mitigating at 40', () => {
    expect(scoreMitigation(contextOf(play(small(), [['2m', ROLLBACK]], { until: '10m' }))).score).toBe(100);
    expect(scoreMitigation(contextOf(play(small(), [], { until: '10m' }))).score).toBe(40);
  });
});
