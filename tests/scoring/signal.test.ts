// signal.*: facts and decisions in the main channel, speculation in the thread, stakeholder updates
// early and on cadence and in the right shape, no nagging for updates, no silencing the cause alert.
// small.yaml: Rita is in the channel from the start; Omar joins a minute after his page.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import type { Action } from '../../src/engine';
import { cadenceRules, demandRule, mainChannelRules, PROMISED_ETA, scoreSignal, silencedCauseRule, stakeholderUpdates, UPDATE_DEMAND, updateShapeRule } from '../../src/scoring/signal';
import { claim, contextOf, only, page, penalties, play, resolve, ROLLBACK, say, sev, silence, small, update, withRule, type Step } from '../helpers/play';

const { signal } = DEFAULT_DOCTRINE;

describe('signal.main_channel: speculation (mainChannelRules)', () => {
  it('keeps the rule when the hypothesis goes to the side thread', () => {
    const state = play(small(), [['2m', claim()], ['2m', page('omar')], ['4m', say('maybe it is DNS?', 'hypothesis', 'thread')]], { until: '10m' });
    const findings = mainChannelRules(contextOf(state));
    expect(penalties(findings)).toEqual([]);
    expect(only(findings, 'signal.main_channel')).toMatchObject({ at: 240, points: 0, message: 'At 04:00 debugging moved to the side thread, keeping the main channel clear.' });
  });

  it('lets two people think out loud in the main channel', () => {
    // Omar is paged but not in yet: the player and Rita are two.
    const state = play(small(), [['2m', claim()], ['2m', page('omar')], ['2m30s', say('maybe it is DNS?', 'hypothesis')]], { until: '10m' });
    expect(mainChannelRules(contextOf(state))).toEqual([]);
  });

  it('breaks the rule when a hypothesis goes to the main channel once three people are working', () => {
    const state = play(small(), [['2m', claim()], ['2m', page('omar')], ['4m', say('maybe it is DNS?', 'hypothesis')]], { until: '10m' });
    const f = only(mainChannelRules(contextOf(state)), 'signal.main_channel');
    expect(f).toMatchObject({ dimension: 'signal', at: 240, points: -signal.speculationPenalty });
    expect(f.message).toBe('At 04:00 you posted a hypothesis in the main channel: "maybe it is DNS?". Speculation belongs in the side thread.');
  });

  it('caps the speculation penalties', () => {
    const musings: Step[] = ['4m', '5m', '6m', '7m', '8m', '9m', '10m'].map((at) => [at, say(`wow this graph looks wild (${at})`, 'chatter')]);
    const state = play(small(), [['2m', page('omar')], ...musings], { until: '12m' });
    const speculation = withRule(mainChannelRules(contextOf(state)), 'signal.main_channel').filter((f) => f.message.includes('chatter in the main channel'));
    expect(speculation).toHaveLength(6);
    expect(speculation.reduce((sum, f) => sum + f.points, 0)).toBe(-signal.speculationPenaltyCap);
  });
});

describe('signal.main_channel: signal ratio (mainChannelRules)', () => {
  it('keeps the rule when the main channel carries status, decisions and assignments', () => {
    const state = play(small(), [['2m', claim()], ['2m', sev(1)], ['2m', ROLLBACK], ['4m', say('Rollback is running.')], ['6m', say('Confirmed: errors are down.', 'finding')]], { until: '10m' });
    const f = only(mainChannelRules(contextOf(state)), 'signal.main_channel');
    expect(f).toMatchObject({ at: 360, points: 0 });
    expect(f.message).toBe('100% of your 5 main-channel messages carried signal: status, decisions, assignments, findings.');
  });

  it('breaks the rule when most main-channel messages are noise', () => {
    // Only two people are working, so the chatter is not speculation, but it still drowns the signal.
    const chatter: Step[] = ['2m', '3m', '4m', '5m'].map((at) => [at, say(`this is bad (${at})`, 'chatter')]);
    const state = play(small(), [['2m', claim()], ...chatter], { until: '10m' });
    const f = only(mainChannelRules(contextOf(state)), 'signal.main_channel');
    const expected = Math.round(((signal.signalRatioPenalty * (0.7 - 0.2)) / 0.7) * 10) / 10;
    expect(f).toMatchObject({ at: 300, points: -expected });
    expect(f.message).toBe('Only 20% of your 5 main-channel messages were status, decisions, assignments or confirmed findings (aim for 70%).');
  });
});

describe('signal.first_update and signal.cadence (cadenceRules)', () => {
  const declared: Step = ['2m', sev(1)];

  it('keeps the rules: first update within 5 minutes, a scoping update, then every 30 minutes', () => {
    const state = play(small(), [declared, ['3m', update()], ['7m', update()], ['35m', update()]], { until: '45m' });
    const findings = cadenceRules(contextOf(state));
    expect(penalties(findings)).toEqual([]);
    expect(only(findings, 'signal.first_update')).toMatchObject({ at: 180, points: 0, message: 'At 03:00 stakeholders got their first update, within 5 minutes of declaring.' });
    expect(only(findings, 'signal.cadence')).toMatchObject({ at: 2100, points: 0, message: 'Stakeholders heard from you at least every 30 minutes (3 updates).' });
  });

  it('breaks signal.first_update when the first update comes late', () => {
    const state = play(small(), [declared, ['9m', update()], ['12m', update()]], { until: '20m' });
    const f = only(cadenceRules(contextOf(state)), 'signal.first_update');
    expect(f).toMatchObject({ at: 540, points: -signal.lateFirstUpdatePenalty });
    expect(f.message).toBe('The first stakeholder update came only at 09:00; it was due within 5 minutes of declaring, by 07:00.');
  });

  it('breaks signal.first_update when no update ever comes', () => {
    const state = play(small(), [declared], { until: '20m' });
    const f = only(cadenceRules(contextOf(state)), 'signal.first_update');
    expect(f).toMatchObject({ at: 420, points: -15 });
    expect(f.message).toBe('The first stakeholder update never came; it was due within 5 minutes of declaring, by 07:00.');
  });

  it('breaks signal.first_update when no impact-scoping update follows the first', () => {
    const state = play(small(), [declared, ['3m', update()]], { until: '20m' });
    const scoping = withRule(cadenceRules(contextOf(state)), 'signal.first_update').filter((f) => f.points < 0);
    expect(scoping).toEqual([
      { dimension: 'signal', rule: 'signal.first_update', at: 480, points: -5, message: 'No impact-scoping update followed the first one within 5 minutes or so.' },
    ]);
  });

  it('breaks signal.cadence for each missed period', () => {
    const state = play(small(), [declared, ['3m', update()], ['7m', update()]], { until: '45m' });
    const f = only(cadenceRules(contextOf(state)), 'signal.cadence');
    expect(f).toMatchObject({ at: 420 + 1800, points: -signal.missedUpdatePenalty });
    expect(f.message).toBe('No stakeholder update between 07:00 and 45:00: the cadence is every 30 minutes.');
  });

  it('counts the updates of a comms lead the IC named', () => {
    const state = play(small(), [['2m', claim()], declared, ['2m', { type: 'role/assigned', role: 'comms', to: 'rita' } satisfies Action]], { until: '12m' });
    expect(stakeholderUpdates(contextOf(state)).map((u) => [u.from, u.at])).toEqual([['rita', 240]]);
    const findings = withRule(cadenceRules(contextOf(state)), 'signal.first_update');
    expect(findings.map((f) => [f.at, f.points, f.message])).toEqual([
      [240, 0, 'At 04:00 stakeholders got their first update, within 5 minutes of declaring.'],
      // The comms lead keeps the pack's cadence; the scoping update five minutes later is the IC's call.
      [540, -5, 'No impact-scoping update followed the first one within 5 minutes or so.'],
    ]);
    expect(only(cadenceRules(contextOf(state)), 'signal.cadence').message).toBe('Stakeholders heard from you at least every 30 minutes (1 update).');
  });

  it('asks for no stakeholder updates for an incident that never became major', () => {
    const state = play(small(), [['1m40s', sev(4)], ['1m50s', resolve()]]);
    expect(cadenceRules(contextOf(state))).toEqual([]);
  });
});

describe('signal.update_shape (updateShapeRule)', () => {
  it('keeps the rule for an update with the impact and the time of the next update', () => {
    const state = play(small(), [['3m', update()], ['4m', update('About 50% of users cannot check out; rolling back. Next update at 10:35.', {})]], { until: '10m' });
    expect(updateShapeRule(contextOf(state))).toEqual([]);
  });

  it('breaks the rule for an update without the impact or the next update', () => {
    const state = play(small(), [['3m', update('We are looking into it.', {})], ['4m', update('About 50% of users cannot check out; rolling back.', {})]], { until: '10m' });
    const findings = updateShapeRule(contextOf(state));
    expect(findings).toEqual([
      { dimension: 'signal', rule: 'signal.update_shape', at: 180, points: -signal.updateShapePenalty, message: 'The update at 03:00 did not say the impact or the time of the next update: "We are looking into it.".' },
      { dimension: 'signal', rule: 'signal.update_shape', at: 240, points: -5, message: 'The update at 04:00 did not say the time of the next update: "About 50% of users cannot check out; rolling back.".' },
    ]);
  });

  it('breaks the rule for an update that promises a resolution time', () => {
    const text = 'Half of our users cannot check out. It will be fixed in 20 minutes. Next update at 10:30.';
    const state = play(small(), [['3m', update(text, {})], ['4m', update(undefined, { impact: 'half of users', next: 1800, eta: '10:45' })]], { until: '10m' });
    const findings = updateShapeRule(contextOf(state));
    expect(findings).toEqual([
      { dimension: 'signal', rule: 'signal.update_shape', at: 180, points: -signal.promisedEtaPenalty, message: `The update at 03:00 promised a resolution time: "${text}". Promise the next update, not the fix.` },
      { dimension: 'signal', rule: 'signal.update_shape', at: 240, points: -10, message: 'The update at 04:00 promised a resolution time: "10:45". Promise the next update, not the fix.' },
    ]);
    expect(PROMISED_ETA.test('Next update in 30 minutes.')).toBe(false);
  });
});

describe('signal.cadence: demanding updates (demandRule)', () => {
  it('keeps the rule when updates are asked for no more often than the pack allows', () => {
    const state = play(small(), [['3m', say('Any update?', 'question')], ['25m', say('Any update?', 'question')]], { until: '30m' });
    expect(demandRule(contextOf(state))).toEqual([]);
  });

  it('breaks the rule when updates are demanded every few minutes', () => {
    const state = play(small(), [['3m', say('Any update?', 'question')], ['8m', say('What is the status?', 'question')]], { until: '10m' });
    const f = only(demandRule(contextOf(state)), 'signal.cadence');
    expect(f).toMatchObject({ at: 480, points: -signal.tooFrequentPenalty });
    expect(f.message).toBe('At 08:00 you demanded another update only 5 min after the last: "What is the status?".');
  });

  it('does not count questions from stakeholders, or questions that are not about progress', () => {
    const state = play(small(), [['3m', say('Any update?', 'question', 'stakeholders')], ['4m', say('Rita, which pods are failing?', 'question')], ['5m', say('Any update?', 'question')]], { until: '10m' });
    expect(demandRule(contextOf(state))).toEqual([]);
    expect(UPDATE_DEMAND.test('where are we?')).toBe(true);
  });
});

describe('signal.main_channel: silencing the cause (silencedCauseRule)', () => {
  it('keeps the rule when only a symptom alert is silenced, or the cause once mitigated', () => {
    const state = play(small(), [['2m', ROLLBACK], ['3m', silence('ShopLatencyHigh')], ['8m', silence('ShopHighErrorRate')]], { until: '10m' });
    expect(silencedCauseRule(contextOf(state))).toEqual([]);
  });

  it('breaks the rule when the alert that points at the cause is silenced while live', () => {
    const state = play(small(), [['3m', silence('ShopHighErrorRate')]], { until: '10m' });
    const f = only(silencedCauseRule(contextOf(state)), 'signal.main_channel');
    expect(f).toMatchObject({ at: 180, points: -signal.silencedCausePenalty });
    expect(f.message).toBe('At 03:00 you silenced ShopHighErrorRate, the alert that pointed at the cause, while it was still live.');
  });
});

describe('scoreSignal', () => {
  it('scores a by-the-book response at 100', () => {
    const state = play(small(), [['2m', claim()], ['2m', sev(1)], ['2m', update()], ['2m', ROLLBACK], ['6m', update()]], { until: '15m' });
    expect(scoreSignal(contextOf(state)).score).toBe(100);
  });
});
