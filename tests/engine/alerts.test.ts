// Alerts shaped like Alertmanager's: threshold rules over the metrics, and scripted noise with
// hidden truth labels. Small scenarios built here keep the metrics where each test wants them.
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/engine/alerts';
import { hashString } from '../../src/engine/hash';
import type { Alert } from '../../src/engine';
import type { ScenarioInput } from '../../src/scenario/schema';
import { drill } from '../helpers/drill';
import { checkout, makeScenario } from '../helpers/scenarios';

/** A fault that never starts on its own: the metrics move only by the test's metric shifts. */
const QUIET_FAULT = [{ id: 'api-bug', kind: 'bad-deploy', service: 'api', description: 'Never starts by itself.', effect: { errorRate: 0.5 } }] satisfies ScenarioInput['faults'];

const ERROR_RULE = {
  id: 'api-errors',
  alertname: 'ApiHighErrorRate',
  service: 'api',
  metric: 'errorRate',
  above: 0.05,
  for: '1m',
  severity: 'critical',
  summary: 'API 5xx above 5%',
  description: 'More than 5% of API requests fail.',
  runbook: 'Roll back the last deploy.',
  truth: 'cause',
} satisfies NonNullable<ScenarioInput['alerts']>[number];

const shift = (at: string, errorRate: number) => ({ type: 'metric-shift' as const, at, service: 'api', baseline: { errorRate } });

const bySource = (alerts: Alert[], source: string) => alerts.filter((a) => a.source === source);

describe('threshold rules', () => {
  const scenario = makeScenario({
    faults: QUIET_FAULT,
    alerts: [ERROR_RULE],
    // Errors up at 2m, down at 6m, up again at 10m; a blip at 20m shorter than `for`.
    timeline: [shift('2m', 0.2), shift('6m', 0.001), shift('10m', 0.2), shift('14m', 0.001), shift('20m', 0.2), shift('20m30s', 0.001)],
  });

  it('fire only once the breach has lasted `for`', () => {
    const d = drill(scenario).at('2m');
    expect(d.state.rules['api-errors']).toEqual({ breachedSince: 120, alert: null });
    d.at('2m55s');
    expect(d.alerts).toEqual([]);
    d.at('3m');
    expect(d.alerts).toEqual([
      {
        id: 0,
        fingerprint: fingerprintOf('ApiHighErrorRate', 'api'),
        alertname: 'ApiHighErrorRate',
        labels: { service: 'api', severity: 'critical' },
        annotations: { summary: 'API 5xx above 5%', description: 'More than 5% of API requests fail.', runbook: 'Roll back the last deploy.' },
        startsAt: 180,
        endsAt: null,
        status: 'firing',
        truth: 'cause',
        source: 'api-errors',
        fireCount: 1,
        ackedAt: null,
        ackedBy: null,
        silencedUntil: null,
      },
    ]);
  });

  it('resolve when the metric is back under the threshold', () => {
    const d = drill(scenario).at('6m');
    expect(d.alert('ApiHighErrorRate')).toMatchObject({ status: 'resolved', endsAt: 360 });
    expect(d.state.rules['api-errors']).toEqual({ breachedSince: null, alert: 0 });
  });

  it('re-fire the same alert with a higher count after a new breach lasts `for`', () => {
    const d = drill(scenario).at('4m').ack('ApiHighErrorRate').at('10m55s');
    expect(d.alert('ApiHighErrorRate')).toMatchObject({ status: 'resolved', fireCount: 1 });
    d.at('11m');
    expect(d.alerts).toHaveLength(1);
    expect(d.alert('ApiHighErrorRate')).toMatchObject({ id: 0, status: 'firing', startsAt: 660, endsAt: null, fireCount: 2, ackedAt: null, ackedBy: null });
    expect(d.alert('ApiHighErrorRate').fingerprint).toBe(fingerprintOf('ApiHighErrorRate', 'api'));
  });

  it('do not fire for a breach shorter than `for`', () => {
    const d = drill(scenario).at('25m');
    expect(d.alert('ApiHighErrorRate')).toMatchObject({ status: 'resolved', fireCount: 2 });
  });

  it('also watch for a metric falling below a floor, at once when `for` is 0', () => {
    const floor = makeScenario({
      faults: QUIET_FAULT,
      alerts: [{ id: 'api-traffic', alertname: 'ApiTrafficDropped', service: 'api', metric: 'rps', below: 50, for: 0, severity: 'warning', summary: 'API traffic fell', truth: 'symptom' }],
      timeline: [{ type: 'metric-shift', at: '3m', service: 'api', baseline: { rps: 10 } }],
    });
    const d = drill(floor).at('2m55s');
    expect(d.alerts).toEqual([]);
    d.at('3m');
    expect(d.alert('ApiTrafficDropped')).toMatchObject({ status: 'firing', startsAt: 180, truth: 'symptom', labels: { severity: 'warning' } });
  });

  it('follow the real metrics of a scenario: the checkout error alert fires as the bad deploy ramps up and resolves after a rollback', () => {
    const d = drill(checkout()).at('1m');
    expect(d.alerts.filter((a) => a.alertname === 'CheckoutHighErrorRate')).toEqual([]);
    d.at('3m');
    expect(d.alert('CheckoutHighErrorRate')).toMatchObject({ status: 'firing', truth: 'cause' });
    d.mitigate('rollback-checkout').advance('3m5s');
    expect(d.alert('CheckoutHighErrorRate')).toMatchObject({ status: 'resolved', fireCount: 1 });
  });
});

describe('noise', () => {
  const noise = (gen: Record<string, unknown>) => ({ alertname: 'Noise', service: 'api', severity: 'warning', summary: 'noise', ...gen }) as NonNullable<ScenarioInput['noise']>[number];

  it('flapping toggles one alert, one fingerprint, counting each fire, and resolves at `until`', () => {
    const scenario = makeScenario({ noise: [noise({ id: 'flap', kind: 'flapping', alertname: 'CacheHitRateLow', from: '1m', every: '2m', until: '11m' })] });
    const d = drill(scenario).at('1m');
    expect(d.alert('CacheHitRateLow')).toMatchObject({ status: 'firing', startsAt: 60, fireCount: 1, truth: 'flapping', source: 'flap' });
    const seen: [number, Alert['status'], number][] = [];
    for (const t of ['3m', '5m', '7m', '9m', '11m']) {
      d.at(t);
      const a = d.alert('CacheHitRateLow');
      seen.push([d.time, a.status, a.fireCount]);
    }
    expect(seen).toEqual([
      [180, 'resolved', 1],
      [300, 'firing', 2],
      [420, 'resolved', 2],
      [540, 'firing', 3],
      [660, 'resolved', 3], // `until`: the window closed with it firing
    ]);
    expect(d.alerts).toHaveLength(1);
    expect(d.alert('CacheHitRateLow').fingerprint).toBe(fingerprintOf('CacheHitRateLow', 'api'));
    d.at('20m');
    expect(d.alerts).toHaveLength(1);
    expect(d.alert('CacheHitRateLow')).toMatchObject({ status: 'resolved', fireCount: 3, endsAt: 660 });
  });

  it('each kind carries its ground-truth label, and a generator may override it', () => {
    const scenario = makeScenario({
      noise: [
        noise({ id: 'flap', kind: 'flapping', alertname: 'Flap', every: '5m' }),
        noise({ id: 'dup', kind: 'duplicate', alertname: 'Dup', every: '5m' }),
        noise({ id: 'other', kind: 'unrelated', alertname: 'Other', every: '5m' }),
        noise({ id: 'storm', kind: 'storm', alertname: 'Storm', every: '5m', burst: 3 }),
        noise({ id: 'notice', kind: 'notification', alertname: 'Notice', severity: 'info', every: '5m' }),
        noise({ id: 'odd', kind: 'unrelated', alertname: 'Odd', every: '5m', truth: 'symptom' }),
      ],
    });
    const alerts = drill(scenario).at('1m').alerts;
    const truths = Object.fromEntries(alerts.map((a) => [a.source, a.truth]));
    expect(truths).toEqual({ flap: 'flapping', dup: 'duplicate', other: 'unrelated', storm: 'symptom', notice: 'notification-only', odd: 'symptom' });
    expect(bySource(alerts, 'dup')[0]?.labels.instance).toMatch(/^replica-[0-9a-f]{6}$/);
    expect(bySource(alerts, 'other')[0]?.labels.instance).toMatch(/^host-[0-9a-f]{6}$/);
    expect(bySource(alerts, 'flap')[0]?.labels.instance).toBeUndefined();
  });

  it('a notification fires and resolves in the same moment', () => {
    const scenario = makeScenario({ noise: [noise({ id: 'notice', kind: 'notification', alertname: 'DeployFinished', severity: 'info', from: '2m', every: '10m' })] });
    const d = drill(scenario).at('25m');
    expect(bySource(d.alerts, 'notice').map((a) => [a.startsAt, a.endsAt, a.status, a.fireCount])).toEqual([
      [120, 120, 'resolved', 1],
      [720, 720, 'resolved', 1],
      [1320, 1320, 'resolved', 1],
    ]);
  });

  it('a storm bursts many alerts with distinct instances, piling up until `until`, then resolves them', () => {
    const scenario = makeScenario({ noise: [noise({ id: 'storm', kind: 'storm', alertname: 'PodUnhealthy', from: '2m', until: '5m', every: '1m', burst: 5 })] });
    const d = drill(scenario, { seed: 3 }).at('4m');
    const storm = bySource(d.alerts, 'storm');
    expect(storm).toHaveLength(15);
    expect(storm.every((a) => a.status === 'firing' && a.labels.instance?.startsWith('pod-'))).toBe(true);
    expect(new Set(storm.map((a) => a.labels.instance)).size).toBe(15);
    expect(new Set(storm.map((a) => a.fingerprint)).size).toBe(15);
    for (const a of storm) expect(a.fingerprint).toBe(fingerprintOf('PodUnhealthy', 'api', a.labels.instance));
    expect(storm.map((a) => a.startsAt)).toEqual([120, 120, 120, 120, 120, 180, 180, 180, 180, 180, 240, 240, 240, 240, 240]);
    expect(d.state.noise.storm?.count).toBe(15);

    d.at('5m');
    expect(bySource(d.alerts, 'storm').every((a) => a.status === 'resolved' && a.endsAt === 300)).toBe(true);
    d.at('30m');
    expect(bySource(d.alerts, 'storm')).toHaveLength(15);
  });

  it('generators start at `from`, stop at `until`, and leave nothing firing', () => {
    const scenario = makeScenario({
      noise: [
        noise({ id: 'dup', kind: 'duplicate', alertname: 'Dup', from: '3m', until: '20m', every: '4m' }),
        noise({ id: 'other', kind: 'unrelated', alertname: 'Other', from: '1m', until: '9m', every: '2m', burst: 2 }),
      ],
    });
    const d = drill(scenario).at('2m55s');
    expect(bySource(d.alerts, 'dup')).toEqual([]);
    d.at('40m');
    const dup = bySource(d.alerts, 'dup');
    expect(dup.map((a) => a.startsAt)).toEqual([180, 420, 660, 900, 1140]);
    expect(bySource(d.alerts, 'other').map((a) => a.startsAt)).toEqual([60, 60, 180, 180, 300, 300, 420, 420]);
    for (const a of [...dup, ...bySource(d.alerts, 'other')]) {
      expect(a.status).toBe('resolved');
      expect(a.endsAt).not.toBeNull();
      expect(a.endsAt!).toBeLessThanOrEqual(a.source === 'dup' ? 1200 : 540);
    }
    expect(d.state.noise.dup?.nextAt).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('alert records', () => {
  it('an alert inject fires with its own truth and source', () => {
    const scenario = makeScenario({
      timeline: [{ type: 'alert', id: 'vendor-page', at: '5m', alertname: 'VendorStatusDegraded', service: 'api', severity: 'info', summary: 'Vendor says degraded', truth: 'unrelated' }, { type: 'alert', at: '6m', alertname: 'Another', service: 'api', severity: 'info', summary: 'x', truth: 'symptom' }],
    });
    const d = drill(scenario).at('6m');
    expect(d.alert('VendorStatusDegraded')).toMatchObject({ startsAt: 300, truth: 'unrelated', source: 'vendor-page', status: 'firing' });
    expect(d.alert('Another').source).toBe('timeline-1');
  });

  it('ids are their index, in every state of a real drill', () => {
    const d = drill(checkout()).at('30m');
    expect(d.alerts.length).toBeGreaterThan(20);
    d.alerts.forEach((a, i) => expect(a.id).toBe(i));
  });

  it('fingerprints depend only on name, service and instance, and are stable across games and releases', () => {
    expect(fingerprintOf('CheckoutHighErrorRate', 'checkout')).toBe(fingerprintOf('CheckoutHighErrorRate', 'checkout'));
    expect(fingerprintOf('A', 'b')).not.toBe(fingerprintOf('A', 'c'));
    expect(fingerprintOf('A', 'b', 'pod-1')).not.toBe(fingerprintOf('A', 'b'));
    // No separator collisions ("ab"+"c" vs "a"+"bc").
    expect(fingerprintOf('ab', 'c')).not.toBe(fingerprintOf('a', 'bc'));
    // Pinned: saved games and debriefs refer to alerts by fingerprint.
    expect(hashString('')).toBe('488bdcb81aee8d83');
    expect(fingerprintOf('CheckoutHighErrorRate', 'checkout')).toBe('5bd521df7233d955');
    const rule = (seed: number) => drill(checkout(), { seed }).at('10m').alert('CheckoutHighErrorRate').fingerprint;
    expect(rule(1)).toBe(rule(2));
  });
});
