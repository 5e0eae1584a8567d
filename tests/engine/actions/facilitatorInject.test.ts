import { describe, expect, it } from 'vitest';
import { ACTIONS, attempt, FACILITATOR_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { checkout, loadScenario } from '../../helpers/scenarios';

const by = FACILITATOR_ID;

describe('facilitator/injected', () => {
  it('fires one of the scenario optional injects by id, once', () => {
    const d = drill(loadScenario('checkout-bad-deploy')).at('2m');
    expect(d.findMessages({ from: 'priya' })).toHaveLength(0);
    d.do({ type: 'facilitator/injected', by, inject: { kind: 'scripted', id: 'exec-asks-eta' } });
    d.expectMessage({ from: 'priya', place: 'stakeholders', text: /board is asking/ });
    d.expectRejected('not-available').do({ type: 'facilitator/injected', by, inject: { kind: 'scripted', id: 'exec-asks-eta' } });
    expect(d.lastRejection?.message).toMatch(/already happened/);
  });

  it('never fires an optional inject by itself', () => {
    const d = drill(loadScenario('checkout-bad-deploy')).toEnd();
    expect(d.findMessages({ text: /board is asking/ })).toHaveLength(0);
    expect(d.alerts.some((a) => a.alertname === 'CatalogLatencyHigh')).toBe(false);
  });

  it('refuses a timeline inject that is not optional, or an unknown id', () => {
    const d = drill(loadScenario('checkout-bad-deploy'));
    d.expectRejected('not-available').do({ type: 'facilitator/injected', by, inject: { kind: 'scripted', id: 'no-such-thing' } });
  });

  it('posts a free message from a person of the scenario, who walks into the channel if they are support', () => {
    const d = drill(checkout()).do({ type: 'facilitator/injected', by, inject: { kind: 'message', from: 'sam', place: 'main', text: 'Is anyone looking at refunds?' } });
    d.expectMessage({ from: 'sam', kind: 'question', text: 'Is anyone looking at refunds?' });
    expect(d.state.people.sam?.present).toBe(true);
    d.expectRejected('unknown-person').do({ type: 'facilitator/injected', by, inject: { kind: 'message', from: 'ghost', place: 'main', text: 'Boo' } });
  });

  it('fires a new alert and shifts a metric baseline', () => {
    const d = drill(checkout())
      .do({ type: 'facilitator/injected', by, inject: { kind: 'alert', service: 'catalog', severity: 'warning', alertname: 'CatalogSlow', summary: 'Catalog is slow' } })
      .do({ type: 'facilitator/injected', by, inject: { kind: 'metric-shift', service: 'catalog', baseline: { p99: 1200 } } });
    expect(d.alerts.at(-1)).toMatchObject({ alertname: 'CatalogSlow', labels: { service: 'catalog', severity: 'warning' }, status: 'firing', source: 'facilitator' });
    expect(d.state.baselines.catalog?.p99).toBe(1200);
    d.expectRejected('unknown-service').do({ type: 'facilitator/injected', by, inject: { kind: 'metric-shift', service: 'nowhere', baseline: { p99: 1 } } });
  });

  it('is the facilitator reserved actor only: a player is refused', () => {
    const d = drill(checkout());
    const result = attempt(d.state, { type: 'facilitator/injected', inject: { kind: 'message', from: 'sam', place: 'main', text: 'hi' } });
    expect(result.rejection?.code).toBe('not-facilitator');
  });

  it('options() offers the optional injects not yet fired, to the facilitator only', () => {
    const d = drill(loadScenario('checkout-bad-deploy'));
    const ids = (s = d.state) => ACTIONS['facilitator/injected'].options(s, by).map((a) => (a.inject.kind === 'scripted' ? a.inject.id : ''));
    expect(ids()).toEqual(['exec-asks-eta', 'catalog-latency-blip', 'support-twitter']);
    expect(ACTIONS['facilitator/injected'].options(d.state, 'you')).toEqual([]);
    d.do({ type: 'facilitator/injected', by, inject: { kind: 'scripted', id: 'catalog-latency-blip' } });
    expect(ids()).toEqual(['exec-asks-eta', 'support-twitter']);
  });
});
