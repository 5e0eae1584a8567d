// The simulated production world: faults ramp up, dependencies carry symptoms downstream, customer
// impact stays a share in [0, 1] and integrates into user-minutes lost; mitigations, backfires and
// hotfixes change it as the scenario says.
import { describe, expect, it } from 'vitest';
import { faultStrength } from '../../src/engine/world';
import type { FaultState } from '../../src/engine';
import type { ScenarioInput } from '../../src/scenario/schema';
import { drill } from '../helpers/drill';
import { checkout, makeScenario } from '../helpers/scenarios';

type Service = ScenarioInput['services'][number];
const service = (id: string, extra: Partial<Service> = {}): Service => ({
  id,
  name: id,
  team: 'core',
  dependsOn: [],
  baseline: { rps: 100, errorRate: 0.001, p99: 100, saturation: 0.3 },
  ...extra,
});

/** Metric noise is ±2% of a reading: close enough for these checks. */
const near = (actual: number | undefined, expected: number, tolerance = 0.03) => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected), `${actual} should be within ${tolerance} of ${expected}`).toBeLessThanOrEqual(tolerance);
};

describe('faults', () => {
  const fault = checkout().faults.find((f) => f.id === 'serializer-regression')!; // ramp 2m
  const state = (patch: Partial<FaultState>): FaultState => ({ startedAt: 60, residual: null, mitigatedAt: null, fixedAt: null, ...patch });

  it('ramp linearly from their start to full strength', () => {
    expect(faultStrength(fault, state({ startedAt: null }), 600)).toBe(0);
    expect(faultStrength(fault, state({}), 30)).toBe(0);
    expect(faultStrength(fault, state({}), 60)).toBe(0);
    expect(faultStrength(fault, state({}), 120)).toBe(0.5);
    expect(faultStrength(fault, state({}), 180)).toBe(1);
    expect(faultStrength(fault, state({}), 3000)).toBe(1);
    expect(faultStrength({ ...fault, ramp: 0 }, state({}), 60)).toBe(1);
  });

  it('are capped by a mitigation residual and gone once fixed', () => {
    expect(faultStrength(fault, state({ residual: 0.5 }), 600)).toBe(0.5);
    expect(faultStrength(fault, state({ residual: 0.5 }), 90)).toBe(0.25);
    expect(faultStrength(fault, state({ residual: 0 }), 600)).toBe(0);
    expect(faultStrength(fault, state({ fixedAt: 300 }), 600)).toBe(0);
  });

  it('move the metrics of their service as they ramp', () => {
    const d = drill(checkout()).at('55s');
    near(d.state.services.checkout?.errorRate, 0.004, 0.002);
    expect(d.state.faults['serializer-regression']?.startedAt).toBeNull();
    d.at('1m');
    expect(d.state.faults['serializer-regression']?.startedAt).toBe(60);
    d.at('2m');
    near(d.state.services.checkout?.errorRate, (0.004 + 0.48) / 2);
    d.at('4m');
    near(d.state.services.checkout?.errorRate, 0.48);
    near(d.state.services.checkout?.p99, 1400, 60);
    expect(d.state.services.checkout?.health).toBe('degraded');
  });
});

describe('dependencies', () => {
  const scenario = makeScenario({
    services: [
      service('api', { userFacing: 1, dependsOn: [{ service: 'db', weight: 0.5 }, 'cache'] }),
      service('db', { baseline: { rps: 100, errorRate: 0, p99: 20, saturation: 0.3 } }),
      service('cache', { baseline: { rps: 100, errorRate: 0, p99: 5, saturation: 0.3 } }),
      service('batch', { dependsOn: ['cache'] }),
    ],
    faults: [{ id: 'db-down', kind: 'resource-exhaustion', service: 'db', description: 'The database fails.', onset: '1m', ramp: 0, effect: { errorRate: 0.6, p99: 420 } }],
    mitigations: [{ id: 'failover-db', kind: 'failover', service: 'db', label: 'Fail over', fixes: ['db-down'] }],
  });

  it('carry an upstream failure downstream by the weight of the dependency', () => {
    const d = drill(scenario).at('5m');
    near(d.state.services.db?.errorRate, 0.6);
    // api: 1 - (1 - 0.001) * (1 - 0.5 * 0.6) ~ 0.30; its p99 gains half of the database's extra latency.
    near(d.state.services.api?.errorRate, 0.3);
    near(d.state.services.api?.p99, 100 + 0.5 * 400, 15);
    expect(d.state.services.db?.health).toBe('down');
    expect(d.state.services.api?.health).toBe('degraded');
  });

  it('leave services that do not depend on the failure alone', () => {
    const d = drill(scenario).at('5m');
    near(d.state.services.batch?.errorRate, 0.001, 0.001);
    expect(d.state.services.batch?.health).toBe('ok');
    expect(d.state.services.cache?.health).toBe('ok');
  });

  it('turn failures of user-facing services into customer impact', () => {
    const d = drill(scenario).at('55s');
    expect(d.state.impact).toBeLessThan(0.01);
    d.at('5m');
    near(d.state.impact, 0.3);
  });
});

describe('impact', () => {
  it('stays within [0, 1], reaching 1 when every user-facing service fails completely', () => {
    const scenario = makeScenario({
      services: [service('web', { userFacing: 1 }), service('app', { userFacing: 1 })],
      faults: [
        { id: 'web-down', kind: 'region-loss', service: 'web', description: 'Gone.', onset: 0, ramp: 0, effect: { errorRate: 1 } },
        { id: 'app-down', kind: 'region-loss', service: 'app', description: 'Gone.', onset: 0, ramp: 0, effect: { errorRate: 1 } },
      ],
      mitigations: [{ id: 'failover', kind: 'failover', service: 'web', label: 'Fail over', fixes: ['web-down', 'app-down'] }],
    });
    const d = drill(scenario);
    for (let i = 0; i < 20; i++) {
      d.advance(5);
      expect(d.state.impact).toBeGreaterThanOrEqual(0);
      expect(d.state.impact).toBeLessThanOrEqual(1);
    }
    expect(d.state.impact).toBeGreaterThan(0.95);
  });

  it('user-minutes lost integrate impact over time for every user', () => {
    const scenario = checkout();
    const d = drill(scenario);
    let expected = 0;
    for (let i = 0; i < 120; i++) {
      const { impact } = d.state;
      d.advance(5);
      expected += (impact * scenario.users * 5) / 60;
      expect(d.state.userMinutesLost).toBeCloseTo(expected, 6);
    }
    expect(d.state.userMinutesLost).toBeGreaterThan(0);
  });

  it('user-minutes lost do not depend on how the clock is advanced', () => {
    const oneGo = drill(checkout()).advance('20m').state.userMinutesLost;
    const d = drill(checkout());
    for (const step of [7, 13, 60, 1, 299, 3, 17]) d.advance(step);
    d.at('20m');
    expect(d.state.userMinutesLost).toBeCloseTo(oneGo, 6);
  });
});

describe('mitigations', () => {
  it('a working mitigation lowers impact after its delay and sets mitigatedAt', () => {
    const d = drill(checkout()).at('5m');
    const before = d.state.impact;
    expect(before).toBeGreaterThan(0.2);
    d.mitigate('rollback-checkout').at('7m55s');
    expect(d.state.impact).toBeGreaterThan(0.2);
    d.expectNotMitigated().at('8m');
    expect(d.state.mitigatedAt).toBe(480);
    expect(d.state.faults['serializer-regression']).toMatchObject({ residual: 0, mitigatedAt: 480 });
    expect(d.state.impact).toBeLessThan(0.01);
    const lostAtMitigation = d.state.userMinutesLost;
    d.advance('10m');
    expect(d.state.userMinutesLost - lostAtMitigation).toBeLessThan(lostAtMitigation * 0.05);
  });

  it('a partial mitigation lowers impact but does not stop the bleeding', () => {
    const d = drill(checkout()).at('5m');
    const before = d.state.impact;
    d.mitigate('flag-network-tokens').advance('2m');
    expect(d.state.faults['serializer-regression']?.residual).toBe(0.5);
    expect(d.state.impact).toBeLessThan(before * 0.75);
    expect(d.state.impact).toBeGreaterThan(0.05);
    d.expectNotMitigated();
  });

  it('a backfire starts the fault it triggers, and the world is no longer mitigated', () => {
    const d = drill(checkout()).at('2m').mitigate('rollback-checkout').at('5m').expectMitigated();
    expect(d.state.faults['db-connection-churn']?.startedAt).toBeNull();
    d.mitigate('restart-checkout-all').at('7m');
    expect(d.state.faults['db-connection-churn']?.startedAt).toBe(420);
    d.expectNotMitigated().advance('1m');
    near(d.state.services['payments-db']?.saturation, 0.99);
    expect(d.state.services['payments-db']?.health).not.toBe('ok');
    expect(d.state.impact).toBeGreaterThan(0.05);
    d.advance('1m');
    expect(d.alert('PaymentsDbConnectionsSaturated').status).toBe('firing');
  });

  it('a metric-shift inject moves a service baseline', () => {
    const scenario = makeScenario({ timeline: [{ type: 'metric-shift', at: '2m', service: 'api', baseline: { rps: 400 } }] });
    const d = drill(scenario).at('2m');
    expect(d.state.baselines.api?.rps).toBe(400);
    near(d.state.services.api?.rps, 400, 10);
  });
});

describe('hotfix', () => {
  it('after a deep dive and a patch, a deployed hotfix fixes the fault for good', () => {
    const d = drill(checkout())
      .at('1m')
      .rootCause('deep-dive', 'checkout')
      .at('13m')
      .rootCause('write-patch', 'checkout')
      .at('33m')
      .rootCause('deploy-hotfix', 'checkout')
      .at('40m55s')
      .expectNotMitigated();
    expect(d.state.impact).toBeGreaterThan(0.2);
    d.at('41m').expectMitigated();
    expect(d.state.faults['serializer-regression']?.fixedAt).toBe(2460);
    expect(d.state.impact).toBeLessThan(0.01);
  });

  it('a hotfix for another service than the repair names fixes nothing', () => {
    const scenario = makeScenario({
      services: [service('api', { userFacing: 1 }), service('web', { userFacing: 0.5 })],
      repair: { service: 'api', deepDive: '1m', patch: '1m', hotfix: '1m', fixes: ['api-bug'] },
    });
    const wrong = drill(scenario).at('2m').rootCause('deep-dive', 'web').advance('1m').rootCause('write-patch', 'web').advance('1m').rootCause('deploy-hotfix', 'web').advance('1m');
    expect(wrong.state.faults['api-bug']?.fixedAt).toBeNull();
    wrong.expectNotMitigated();
    const right = drill(scenario).at('2m').rootCause('deep-dive', 'api').advance('1m').rootCause('write-patch', 'api').advance('1m').rootCause('deploy-hotfix', 'api').advance('1m');
    expect(right.state.faults['api-bug']?.fixedAt).toBe(300);
    right.expectMitigated();
  });
});
