import { describe, expect, it } from 'vitest';
import { MAX_SILENCE, MIN_SILENCE, silenceAlert } from '../../../src/engine/actions/silenceAlert';
import { PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('alert/silenced', () => {
  it('silences an alert for a while without resolving it', () => {
    const d = drill(checkout()).at('3m').silence('CheckoutHighErrorRate', '30m');
    expect(d.alert('CheckoutHighErrorRate')).toMatchObject({ silencedUntil: 180 + 1800, status: 'firing' });
  });

  it('refuses an unknown alert, a duration outside 1 minute to 24 hours, and an alert already silenced', () => {
    const d = drill(checkout()).at('3m');
    d.expectRejected('unknown-alert').silence(9999);
    d.expectRejected('invalid-payload').silence('CheckoutHighErrorRate', MIN_SILENCE - 1);
    d.expectRejected('invalid-payload').silence('CheckoutHighErrorRate', MAX_SILENCE + 1);
    d.expectRejected('invalid-payload').do({ type: 'alert/silenced', alert: 0, seconds: '1h' as never });
    d.silence('CheckoutHighErrorRate', MIN_SILENCE).expectRejected('not-available').silence('CheckoutHighErrorRate');
    expect(d.lastRejection?.message).toMatch(/already silenced/);
    // Once the silence runs out it can be silenced again.
    d.advance(MIN_SILENCE).silence('CheckoutHighErrorRate');
  });

  it('options() offers the newest three firing alerts not silenced, for an hour', () => {
    const d = drill(checkout()).at('6m');
    const options = silenceAlert.options(d.state, PLAYER_ID);
    const firing = d.alerts.filter((a) => a.status === 'firing');
    expect(options).toEqual(firing.slice(-3).reverse().map((a) => ({ type: 'alert/silenced', alert: a.id, seconds: 3600 })));
    d.silence(options[0]!.alert);
    expect(silenceAlert.options(d.state, PLAYER_ID).map((o) => o.alert)).not.toContain(options[0]!.alert);
    expect(expectOptionsAccepted(silenceAlert, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});
