// escalation.window: page the people the scenario names within their windows; late costs more than
// early; no executives (or anyone extra) for a SEV3/SEV4. small.yaml: Omar [0s, 5m], Mia [5m, 20m];
// Lars and Eve have no window. SEV4 until 2m, SEV1 until the mitigation, SEV3 after.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import { isNeedlessPage, needlessPageRules, scoreEscalation, windowRules } from '../../src/scoring/escalation';
import { contextOf, only, page, play, resolve, ROLLBACK, small, withRule } from '../helpers/play';

const OMAR_WHY = "the shop is his; the owning team's on-call comes in for a customer-visible outage.";
const MIA_WHY = 'a SEV1 on the shop needs a manager for customer communication.';

describe('escalation.window (windowRules)', () => {
  it('keeps the rule when each person is paged inside their window', () => {
    const state = play(small(), [['2m', page('omar')], ['6m', page('mia')]], { until: '10m' });
    const findings = windowRules(contextOf(state));
    expect(findings).toEqual([
      { dimension: 'escalation', rule: 'escalation.window', at: 120, points: 0, message: `At 02:00 Omar Haddad was paged on time: ${OMAR_WHY}` },
      { dimension: 'escalation', rule: 'escalation.window', at: 360, points: 0, message: `At 06:00 Mia Chen was paged on time: ${MIA_WHY}` },
    ]);
  });

  it('charges an early page per minute before the window opens', () => {
    const state = play(small(), [['2m', page('omar')], ['2m', page('mia')]], { until: '10m' });
    const f = windowRules(contextOf(state)).find((x) => x.message.includes('Mia'))!;
    expect(f).toMatchObject({ at: 120, points: -3 * DEFAULT_DOCTRINE.escalation.earlyPenaltyPerMinute });
    expect(f.message).toBe('At 02:00 Mia Chen was paged 3 min before there was reason to (from 05:00).');
  });

  it('charges a late page per minute after the window closed', () => {
    const state = play(small(), [['8m', page('omar')], ['8m', page('mia')]], { until: '10m' });
    const f = windowRules(contextOf(state)).find((x) => x.message.includes('Omar'))!;
    expect(f).toMatchObject({ at: 480, points: -3 * DEFAULT_DOCTRINE.escalation.latePenaltyPerMinute });
    expect(f.message).toBe(`At 08:00 Omar Haddad was paged 3 min late (by 05:00: ${OMAR_WHY})`);
  });

  it('charges late harder than early, minute for minute', () => {
    // Mia three minutes early, Omar three minutes late, in the same play.
    const state = play(small(), [['2m', page('mia')], ['8m', page('omar')]], { until: '10m' });
    const findings = windowRules(contextOf(state));
    const early = findings.find((f) => f.message.includes('Mia'))!;
    const late = findings.find((f) => f.message.includes('Omar'))!;
    expect(early.points).toBe(-6);
    expect(late.points).toBe(-9);
    expect(Math.abs(late.points)).toBeGreaterThan(Math.abs(early.points));
  });

  it('caps a very late page', () => {
    const state = play(small(), [['35m', page('omar')]], { until: '40m' });
    const f = windowRules(contextOf(state)).find((x) => x.message.includes('Omar'))!;
    expect(f.points).toBe(-DEFAULT_DOCTRINE.escalation.windowPenaltyCap);
  });

  it('breaks the rule when someone the scenario calls for is never paged', () => {
    const state = play(small(), [['25m', resolve()]]);
    expect(windowRules(contextOf(state))).toEqual([
      { dimension: 'escalation', rule: 'escalation.window', at: 300, points: -30, message: `Omar Haddad was never paged, though ${OMAR_WHY}` },
      { dimension: 'escalation', rule: 'escalation.window', at: 1200, points: -30, message: `Mia Chen was never paged, though ${MIA_WHY}` },
    ]);
  });

  it('asks for nobody whose window had not opened when the drill ended', () => {
    const state = play(small(), [['2m', page('omar')], ['4m', resolve()]]);
    expect(windowRules(contextOf(state)).map((f) => f.points)).toEqual([0]);
  });

  it('does not ask to page someone already in the channel', () => {
    const present = { ...small(), people: small().people.map((p) => (p.id === 'omar' ? { ...p, present: true } : p)) };
    const state = play(present, [['6m', page('mia')]], { until: '10m' });
    expect(withRule(windowRules(contextOf(state)), 'escalation.window').map((f) => f.message)).toEqual([`At 06:00 Mia Chen was paged on time: ${MIA_WHY}`]);
  });
});

describe('escalation.window for people outside every window (needlessPageRules)', () => {
  it('keeps the rule when an executive and an extra responder are paged for a SEV1', () => {
    const state = play(small(), [['3m', page('eve')], ['3m', page('lars')]], { until: '10m' });
    expect(needlessPageRules(contextOf(state))).toEqual([]);
  });

  it('breaks the rule when an executive is paged for a SEV4', () => {
    const state = play(small(), [['1m40s', page('eve')]], { until: '10m' });
    const f = only(needlessPageRules(contextOf(state)), 'escalation.window');
    expect(f).toMatchObject({ at: 100, points: -DEFAULT_DOCTRINE.escalation.executiveForLowSeverityPenalty });
    expect(f.message).toBe('At 01:40 Eve Laurent (VP Commerce) was paged while the incident was a SEV4; executives come in for a SEV1 or when the scenario needs their authority.');
  });

  it('breaks the rule when an executive is paged once the mitigation made it a SEV3', () => {
    const state = play(small(), [['2m', ROLLBACK], ['8m', page('eve')]], { until: '10m' });
    const f = only(needlessPageRules(contextOf(state)), 'escalation.window');
    expect(f).toMatchObject({ at: 480, points: -20 });
    expect(f.message).toContain('paged while the incident was a SEV3');
  });

  it('breaks the rule when anyone extra is paged for a SEV4', () => {
    const state = play(small(), [['1m40s', page('lars')]], { until: '10m' });
    const f = only(needlessPageRules(contextOf(state)), 'escalation.window');
    expect(f).toMatchObject({ at: 100, points: -DEFAULT_DOCTRINE.escalation.needlessPagePenalty });
    expect(f.message).toBe('At 01:40 Lars Berg was paged for what was then a SEV4; nothing needed them.');
  });

  it('charges a person once, however often they are paged', () => {
    const state = play(small(), [['30s', page('lars')], ['1m40s', page('lars')]], { until: '10m' });
    expect(needlessPageRules(contextOf(state))).toHaveLength(1);
  });
});

describe('isNeedlessPage', () => {
  it('tells a page nobody needed from a missing, early or late one', () => {
    const needless = needlessPageRules(contextOf(play(small(), [['1m40s', page('eve')], ['1m40s', page('lars')]], { until: '10m' })));
    expect(needless).toHaveLength(2);
    for (const f of needless) expect(isNeedlessPage(f), f.message).toBe(true);
    const windows = windowRules(contextOf(play(small(), [['2m', page('mia')]], { until: '25m' })));
    expect(windows.map((f) => f.points)).toEqual([-30, -6]);
    for (const f of windows) expect(isNeedlessPage(f), f.message).toBe(false);
  });
});

describe('scoreEscalation', () => {
  it('scores pages on time at 100 and a silent response at 40', () => {
    expect(scoreEscalation(contextOf(play(small(), [['2m', page('omar')], ['6m', page('mia')]], { until: '25m' }))).score).toBe(100);
    expect(scoreEscalation(contextOf(play(small(), [], { until: '25m' }))).score).toBe(40);
  });
});
