// command.*: claim command early and out loud, keep the IC's hands off, hand off explicitly,
// delegate to one named person. Plays on tests/fixtures/scoring/small.yaml (visible from 1:30).
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE, type DoctrinePack } from '../../src/doctrine/pack';
import { claimRule, delegateRule, handoffRule, handsOffRule, isPresentAt, scoreCommand, spanRule, VAGUE_ASK } from '../../src/scoring/command';
import { claim, contextOf, delegate, handOff, investigate, only, page, penalties, play, resolve, ROLLBACK, say, sev, small } from '../helpers/play';

describe('command.claim (claimRule)', () => {
  it('keeps the rule when command is claimed within 5 minutes of the incident becoming visible', () => {
    const state = play(small(), [['2m', claim()]], { until: '10m' });
    const f = only(claimRule(contextOf(state)), 'command.claim');
    expect(f).toMatchObject({ dimension: 'command', at: 120, points: 0 });
    expect(f.message).toBe('At 02:00 you claimed command out loud, 0.5 min after the incident began.');
  });

  it('charges a late claim per minute past the window', () => {
    // Visible at 1:30, window 5 min: a claim at 10:30 is 4 minutes late, 3 points a minute.
    const state = play(small(), [['10m30s', claim()]], { until: '15m' });
    const f = only(claimRule(contextOf(state)), 'command.claim');
    expect(f).toMatchObject({ at: 630, points: -12 });
    expect(f.message).toBe('Command was claimed at 10:30, 4 min later than the 5 minutes doctrine allows.');
  });

  it('caps a very late claim at the never-claimed penalty', () => {
    const state = play(small(), [['45m', claim()]], { until: '50m' });
    expect(only(claimRule(contextOf(state)), 'command.claim').points).toBe(-DEFAULT_DOCTRINE.command.neverClaimedPenalty);
  });

  it('breaks the rule when nobody ever claims command of a major incident', () => {
    const state = play(small(), [['20m', resolve()]]);
    const f = only(claimRule(contextOf(state)), 'command.claim');
    expect(f).toMatchObject({ at: 90, points: -60 });
    expect(f.message).toBe('Nobody claimed command. From 01:30 the incident ran without an incident commander.');
  });

  it('asks nothing of an incident that never became major', () => {
    // Resolved at 1:50, before the truth reaches SEV1 at 2m: the worst it got was SEV4.
    const state = play(small(), [['1m50s', resolve()]]);
    expect(claimRule(contextOf(state))).toEqual([]);
  });
});

describe('command.hands_off (handsOffRule)', () => {
  it('keeps the rule when the IC delegates the hands-on work', () => {
    const state = play(small(), [['2m', claim()], ['2m', delegate('rita', { kind: 'investigate', source: 'deploys', service: 'shop' })]], { until: '10m' });
    expect(handsOffRule(contextOf(state))).toEqual([]);
  });

  it('does not charge hands-on work done before anyone else was in the channel', () => {
    // A scenario with Rita off the channel: the IC is alone, so doing the work is right.
    const alone = { ...small(), people: small().people.map((p) => (p.id === 'rita' ? { ...p, present: false } : p)) };
    const state = play(alone, [['2m', claim()], ['2m', investigate('deploys', 'shop')]], { until: '10m' });
    expect(handsOffRule(contextOf(state))).toEqual([]);
  });

  it('does not charge hands-on work by a player who is not in command', () => {
    const state = play(small(), [['2m', investigate('deploys', 'shop')]], { until: '10m' });
    expect(handsOffRule(contextOf(state))).toEqual([]);
  });

  it('breaks the rule when the IC reads the graphs while a responder is there', () => {
    const state = play(small(), [['2m', claim()], ['3m', investigate('deploys', 'shop')]], { until: '10m' });
    const f = only(handsOffRule(contextOf(state)), 'command.hands_off');
    expect(f).toMatchObject({ dimension: 'command', at: 180, points: -8 });
    expect(f.message).toBe('At 03:00 the incident commander did hands-on work (read shop deploys) while Rita Moreno could have taken it.');
  });

  it('caps the hands-on penalties', () => {
    const steps = ['2m', '3m', '4m', '5m', '6m', '7m'].map((at) => [at, investigate('dashboard', 'shop')] as const);
    const state = play(small(), [['2m', claim()], ...steps], { until: '10m' });
    const findings = handsOffRule(contextOf(state));
    expect(findings.map((f) => f.points)).toEqual([-8, -8, -8, -8, -8]);
    expect(findings.reduce((sum, f) => sum + f.points, 0)).toBe(-DEFAULT_DOCTRINE.command.handsOnPenaltyCap);
  });
});

describe('command.handoff (handoffRule)', () => {
  it('keeps the rule when the handoff is acknowledged', () => {
    const state = play(small(), [['2m', claim()], ['2m', page('omar')], ['4m', handOff('omar')]], { until: '10m' });
    const f = only(handoffRule(contextOf(state)), 'command.handoff');
    expect(f).toMatchObject({ at: 285, points: 0 });
    expect(f.message).toBe('At 04:00 command was handed to Omar Haddad explicitly, and acknowledged at 04:45.');
    expect(state.command.ic).toBe('omar');
  });

  it('breaks the rule when the drill ends before the new IC acknowledges', () => {
    const state = play(small(), [['2m', claim()], ['4m', handOff('rita')], ['4m20s', resolve()]]);
    const f = only(handoffRule(contextOf(state)), 'command.handoff');
    expect(f).toMatchObject({ at: 240, points: -20 });
    expect(f.message).toBe('At 04:00 command was handed to Rita Moreno, but the drill ended before they acknowledged it.');
  });
});

describe('command.delegate (delegateRule)', () => {
  it('keeps the rule when a task goes to one named person with a time box', () => {
    const state = play(small(), [['2m', claim()], ['2m30s', ROLLBACK]], { until: '10m' });
    const f = only(delegateRule(contextOf(state)), 'command.delegate');
    expect(f).toMatchObject({ at: 150, points: 0 });
    expect(f.message).toBe('At 02:30 a task went to one named person with a time box (1 delegated in all).');
  });

  it('breaks the rule for a "can someone..." ask in the main channel', () => {
    const state = play(small(), [['2m', claim()], ['3m', say('Can someone check the shop logs?', 'question')], ['3m', ROLLBACK]], { until: '10m' });
    const f = penalties(delegateRule(contextOf(state)));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'command.delegate', at: 180, points: -6 });
    expect(f[0]!.message).toBe('At 03:00 you asked nobody in particular: "Can someone check the shop logs?". Name one person, a task and a time box.');
  });

  it('does not treat an ask that names someone as vague', () => {
    const state = play(small(), [['2m', claim()], ['3m', say('@rita can someone on your team check the shop logs?', 'question')], ['3m', ROLLBACK]], { until: '10m' });
    expect(penalties(delegateRule(contextOf(state)))).toEqual([]);
  });

  it('breaks the rule when everything is done alone while teammates are in the channel', () => {
    const state = play(small(), [['2m', claim()], ['2m', investigate('deploys', 'shop')], ['3m', investigate('logs', 'shop')]], { until: '10m' });
    const f = only(delegateRule(contextOf(state)), 'command.delegate');
    expect(f).toMatchObject({ at: 120, points: -25 });
    expect(f.message).toBe('Nothing was delegated: all 2 pieces of hands-on work were done alone while teammates were in the channel.');
  });

  it('counts a single piece of lone work in the same finding', () => {
    const state = play(small(), [['2m', claim()], ['2m', investigate('deploys', 'shop')]], { until: '10m' });
    expect(only(delegateRule(contextOf(state)), 'command.delegate').message).toBe(
      'Nothing was delegated: the one piece of hands-on work was done alone while teammates were in the channel.',
    );
  });

  it('recognises the usual vague asks', () => {
    for (const text of ['Can someone look at the logs?', 'could anybody restart it', 'Anyone free to check the DB?', 'someone please roll back']) expect(VAGUE_ASK.test(text), text).toBe(true);
    for (const text of ['Rita, roll back the shop; report in 10 minutes.', 'Omar joined; he is someone who knows the shop.']) expect(VAGUE_ASK.test(text), text).toBe(false);
  });
});

describe('command.span (spanRule)', () => {
  const narrow: DoctrinePack = { ...DEFAULT_DOCTRINE, command: { ...DEFAULT_DOCTRINE.command, spanMax: 1 } };
  const twoReports = () =>
    play(small(), [['2m', claim()], ['2m', page('omar')], ['2m', ROLLBACK], ['3m30s', delegate('omar', { kind: 'investigate', source: 'logs', service: 'shop' })]], { until: '10m' });

  it('keeps the rule while the IC directs no more people than the pack allows', () => {
    expect(spanRule(contextOf(twoReports()))).toEqual([]);
  });

  it('breaks the rule past the span of control (a pack allowing one direct report)', () => {
    const f = only(spanRule(contextOf(twoReports(), narrow)), 'command.span');
    expect(f).toMatchObject({ at: 210, points: -10 });
    expect(f.message).toBe('The incident commander directed 2 people directly; past 1, split the work into sub-teams.');
  });
});

describe('scoreCommand', () => {
  it('scores a clean response 100 and a commander-less one lower', () => {
    const clean = play(small(), [['2m', claim()], ['2m', sev(1)], ['2m', ROLLBACK]], { until: '10m' });
    expect(scoreCommand(contextOf(clean)).score).toBe(100);
    const none = play(small(), [['2m', investigate('deploys', 'shop')]], { until: '20m' });
    expect(scoreCommand(contextOf(none)).score).toBe(100 - 60 - 25);
  });

  it('knows who was in the channel when (isPresentAt)', () => {
    const state = play(small(), [['2m', page('omar')]], { until: '5m' });
    const ctx = contextOf(state);
    expect(isPresentAt(ctx, 'rita', 0)).toBe(true);
    expect(isPresentAt(ctx, 'omar', 179)).toBe(false);
    expect(isPresentAt(ctx, 'omar', 180)).toBe(true);
    expect(isPresentAt(ctx, 'nobody', 180)).toBe(false);
  });
});
