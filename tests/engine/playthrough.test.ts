// Whole drills played through the fluent driver: the engine behaves as the product promises.
import { describe, expect, it } from 'vitest';
import { drill } from '../helpers/drill';
import { checkout } from '../helpers/scenarios';

describe('checkout-bad-deploy, played by the book', () => {
  it('a commander who claims, declares, pages and delegates the rollback gets checkout back', () => {
    const d = drill(checkout(), { seed: 42 })
      .at('4m')
      .claimCommand()
      .sev(1)
      .page('maya')
      .advance('10m')
      .delegate('maya', { kind: 'mitigate', mitigation: 'rollback-checkout' }, '10m')
      .advance('10m')
      .expectMitigated()
      .markMitigated();
    expect(d.state.mitigations.map((m) => [m.id, m.by])).toEqual([['rollback-checkout', 'maya']]);
    expect(d.state.impact).toBeLessThan(0.01);
    d.resolve().expectPhase('ended');
    expect(d.state.endReason).toBe('resolved');
  });

  it('loads scenarios by id and plays out the clock', () => {
    const d = drill(checkout()).toEnd();
    expect(d.state.phase).toBe('ended');
    expect(d.state.endReason).toBe('time-up');
    expect(d.time).toBe(checkout().duration);
    expect(d.state.mitigatedAt).toBeNull();
    expect(d.state.userMinutesLost).toBeGreaterThan(0);
  });

  it('a rejection is asserted as data and leaves the game as it was', () => {
    const d = drill(checkout()).claimCommand();
    const before = d.state;
    d.expectRejected('not-available').claimCommand();
    expect(d.state).toBe(before);
    expect(d.lastRejection?.code).toBe('not-available');
    expect(() => drill(checkout()).at('2m').at('1m')).toThrow(/already at/);
  });
});
