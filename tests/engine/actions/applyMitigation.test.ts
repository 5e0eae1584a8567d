import { describe, expect, it } from 'vitest';
import { applyMitigation } from '../../../src/engine/actions/applyMitigation';
import { PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('mitigation/applied', () => {
  it('is recorded now and takes effect after its delay', () => {
    const d = drill(checkout()).at('4m').mitigate('rollback-checkout');
    expect(d.state.mitigations).toEqual([{ id: 'rollback-checkout', kind: 'rollback', by: PLAYER_ID, appliedAt: 240, effectiveAt: 420, outcome: 'works', done: false }]);
    d.at('6m55s').expectNotMitigated();
    expect(d.state.faults['serializer-regression']?.residual).toBeNull();
    d.at('7m').expectMitigated();
    expect(d.state.mitigatedAt).toBe(420);
    expect(d.state.mitigations[0]?.done).toBe(true);
    expect(d.state.faults['serializer-regression']).toMatchObject({ residual: 0, mitigatedAt: 420 });
  });

  it('a mitigation that fails changes nothing, and may be tried again', () => {
    const d = drill(checkout()).at('4m').mitigate('scale-checkout').advance('4m');
    expect(d.state.mitigations[0]).toMatchObject({ outcome: 'fails', done: true });
    expect(d.state.faults['serializer-regression']?.residual).toBeNull();
    d.expectNotMitigated().mitigate('scale-checkout');
    expect(d.state.mitigations).toHaveLength(2);
  });

  it('refuses an unknown mitigation, one in progress, one that already worked, and one delegated', () => {
    const d = drill(checkout());
    d.expectRejected('unknown-mitigation').mitigate('reboot-the-internet');
    d.mitigate('rollback-checkout').expectRejected('not-available').mitigate('rollback-checkout');
    expect(d.lastRejection?.message).toMatch(/in progress/);
    d.advance('3m').expectRejected('not-available').mitigate('rollback-checkout');
    expect(d.lastRejection?.message).toMatch(/already done/);
    d.delegate('arjun', { kind: 'mitigate', mitigation: 'flag-network-tokens' }).expectRejected('not-available').mitigate('flag-network-tokens');
    expect(d.lastRejection?.message).toMatch(/already delegated/);
  });

  it('refuses a player busy with other hands-on work', () => {
    const d = drill(checkout()).investigate('logs', 'checkout');
    d.expectRejected('busy').mitigate('rollback-checkout');
    d.expectRejected('unknown-mitigation').mitigate('nope'); // an unknown id is reported before busyness
    d.advance('3m').mitigate('rollback-checkout');
  });

  it('options() leaves out what is running, done or delegated, and everything while busy', () => {
    const d = drill(checkout());
    expect(applyMitigation.options(d.state, PLAYER_ID).map((o) => o.mitigation)).toEqual([
      'rollback-checkout',
      'scale-checkout',
      'flag-network-tokens',
      'restart-checkout-all',
      'restart-checkout-one',
    ]);
    d.mitigate('rollback-checkout').delegate('arjun', { kind: 'mitigate', mitigation: 'scale-checkout' });
    expect(applyMitigation.options(d.state, PLAYER_ID).map((o) => o.mitigation)).toEqual(['flag-network-tokens', 'restart-checkout-all', 'restart-checkout-one']);
    const busy = drill(checkout()).investigate('logs', 'checkout').state;
    expect(applyMitigation.options(busy, PLAYER_ID)).toEqual([]);
    expect(expectOptionsAccepted(applyMitigation, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});
