import { describe, expect, it } from 'vitest';
import { acknowledgeAlert } from '../../../src/engine/actions/acknowledgeAlert';
import { PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('alert/acknowledged', () => {
  it('marks a firing alert as owned by the player', () => {
    const d = drill(checkout()).at('3m');
    const alert = d.alert('CheckoutHighErrorRate');
    expect(alert).toMatchObject({ status: 'firing', ackedAt: null, ackedBy: null });
    d.ack('CheckoutHighErrorRate');
    expect(d.state.alerts[alert.id]).toEqual({ ...alert, ackedAt: 180, ackedBy: PLAYER_ID });
  });

  it('refuses an alert that does not exist, is not firing, or is already acknowledged', () => {
    const d = drill(checkout()).at('3m');
    d.expectRejected('unknown-alert').ack(9999);
    // The deploy notice is a notification: it fires and resolves at once.
    expect(d.alert('DeployFinished').status).toBe('resolved');
    d.expectRejected('not-available').ack('DeployFinished');
    expect(d.lastRejection?.message).toMatch(/not firing/);
    d.ack('CheckoutHighErrorRate').expectRejected('not-available').ack('CheckoutHighErrorRate');
    expect(d.lastRejection?.message).toMatch(/already acknowledged/);
  });

  it('refuses ids that are not whole non-negative numbers', () => {
    const d = drill(checkout()).at('3m');
    for (const alert of [-1, 0.5, Number.NaN]) d.expectRejected('invalid-payload').ack(alert);
    d.expectRejected('invalid-payload').do({ type: 'alert/acknowledged', alert: '0' as never });
  });

  it('options() offers the newest five firing, unacknowledged alerts', () => {
    const d = drill(checkout()).at('6m');
    const open = d.alerts.filter((a) => a.status === 'firing' && a.ackedAt === null);
    expect(open.length).toBeGreaterThan(5);
    const options = acknowledgeAlert.options(d.state, PLAYER_ID);
    expect(options.map((o) => o.alert)).toEqual(open.slice(-5).reverse().map((a) => a.id));
    d.ack(options[0]!.alert);
    expect(acknowledgeAlert.options(d.state, PLAYER_ID).map((o) => o.alert)).not.toContain(options[0]!.alert);
    expect(expectOptionsAccepted(acknowledgeAlert, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});
