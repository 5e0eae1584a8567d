// Acting on a whole alert group in one action: every firing alert with the same name and service.
import { describe, expect, it } from 'vitest';
import { attempt, type GameState } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { checkout } from '../../helpers/scenarios';

const stormOf = (state: GameState) => state.alerts.filter((a) => a.alertname === 'CheckoutPodHealthCheckFailing' && a.status === 'firing');

describe('group actions on alerts', () => {
  it('acknowledges every unacknowledged alert of the group, and nothing else', () => {
    const state = drill(checkout()).at('8m').state;
    const storm = stormOf(state);
    expect(storm.length).toBeGreaterThan(6);
    const result = attempt(state, { type: 'alert/acknowledged', alert: storm[0]!.id, group: true });
    expect(result.rejection).toBeNull();
    expect(stormOf(result.state).every((a) => a.ackedAt === 480)).toBe(true);
    const others = result.state.alerts.filter((a) => a.alertname !== 'CheckoutPodHealthCheckFailing');
    expect(others.every((a) => a.ackedAt === null)).toBe(true);
    // The whole group is done: a second group acknowledgement has nothing left to do.
    expect(attempt(result.state, { type: 'alert/acknowledged', alert: storm[0]!.id, group: true }).rejection?.code).toBe('not-available');
  });

  it('silences every alert of the group until the same time', () => {
    const state = drill(checkout()).at('8m').state;
    const storm = stormOf(state);
    const result = attempt(state, { type: 'alert/silenced', alert: storm[3]!.id, seconds: 600, group: true });
    expect(result.rejection).toBeNull();
    expect(stormOf(result.state).every((a) => a.silencedUntil === 480 + 600)).toBe(true);
    expect(attempt(result.state, { type: 'alert/silenced', alert: storm[0]!.id, seconds: 600, group: true }).rejection?.code).toBe('not-available');
  });
});
