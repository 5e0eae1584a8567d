// command.handoff at the end of a shift, and command.claim for a minor incident.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import { claimRule, handoffRule, shiftHandoff } from '../../src/scoring/command';
import type { Scenario } from '../../src/scenario/schema';
import { claim, contextOf, handOff, only, page, play, ROLLBACK, sev, small } from '../helpers/play';

/** The small drill, with a shift that ends at 20m and Mia to take over. */
const withShift = (): Scenario => ({ ...small(), shift: { endsAt: 20 * 60, relief: 'mia' } });

describe('command.handoff at the end of a shift (shiftHandoff)', () => {
  it('charges a commander who still holds command after the shift and its grace', () => {
    const state = play(withShift(), [['2m', claim()]], { until: '30m' });
    const f = only(shiftHandoff(contextOf(state)), 'command.handoff');
    expect(f).toMatchObject({ at: 25 * 60, points: -DEFAULT_DOCTRINE.command.leftWithoutHandoffPenalty });
    expect(f.message).toBe('Your shift ended at 20:00, and at 25:00 you still held command: hand it to Mia Chen explicitly before leaving.');
  });

  it('keeps the rule when command went to the relief, acknowledged, before the shift ended', () => {
    const state = play(withShift(), [['2m', claim()], ['5m', page('mia')], ['15m', handOff('mia')]], { until: '30m' });
    expect(shiftHandoff(contextOf(state))).toEqual([]);
    const kept = handoffRule(contextOf(state)).filter((f) => f.points >= 0);
    expect(kept.map((f) => f.message)).toContain('At 15:00 command was handed to Mia Chen explicitly, and acknowledged at 15:45.');
  });

  it('asks nothing when the drill ends before the shift does', () => {
    const state = play(withShift(), [['2m', claim()]], { until: '15m' });
    expect(shiftHandoff(contextOf(state))).toEqual([]);
  });
});

describe('command.claim for a minor incident', () => {
  /** The small drill as a minor incident: the truth never goes past SEV3. */
  const minor = (): Scenario => ({ ...small(), truth: { ...small().truth, severity: [{ at: 0, level: 4 }, { at: 120, level: 3 }] } });

  it('charges the minor-incident penalty when nobody takes command', () => {
    const state = play(minor(), [['3m', sev(3)], ['3m', ROLLBACK]], { until: '20m' });
    const f = only(claimRule(contextOf(state)), 'command.claim');
    expect(f.points).toBe(-DEFAULT_DOCTRINE.command.minorNeverClaimedPenalty);
    expect(f.message).toContain('Nobody took command of this minor incident');
  });

  it('is kept when the person who noticed takes command', () => {
    const state = play(minor(), [['2m', claim()]], { until: '20m' });
    expect(only(claimRule(contextOf(state)), 'command.claim').points).toBe(0);
  });
});
