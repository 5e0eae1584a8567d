import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { GameState, ServiceMetrics } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { useGameStore } from '../../store';
import { HEALTH_TITLES, HealthIcon } from '../Icon';
import { formatCount } from '../labels';
import { Sparkline } from '../Sparkline';

/** Samples shown in each sparkline (one per 30 s of game time). */
const WINDOW = 40;

/** The dashboard refreshes its numbers every few game seconds, as a real one does; health shows at once. */
export const DASHBOARD_REFRESH_SECONDS = 5;

type Services = GameState['services'];

/**
 * A dashboard's view of the service metrics: refreshed every DASHBOARD_REFRESH_SECONDS of game time, or
 * at once when a service's health changes (or time goes back, a game started over). In a storm at 8x
 * that is one render of the rows per refresh instead of one per game second.
 */
export function createDashboardSampler(): (game: Pick<GameState, 'services' | 'time'>) => Services {
  let shown: { at: number; services: Services } | null = null;
  return (game) => {
    if (shown && game.time >= shown.at && game.time < shown.at + DASHBOARD_REFRESH_SECONDS && sameHealth(shown.services, game.services)) return shown.services;
    shown = { at: game.time, services: game.services };
    return game.services;
  };
}

function sameHealth(a: Services, b: Services): boolean {
  if (a === b) return true;
  for (const id in b) if (a[id]?.health !== b[id]?.health) return false;
  return true;
}

const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

export function ServicesPanel() {
  const scenario = useGameStore((s) => s.game.scenario);
  // Deferred: the service rows and sparklines re-render in the background, after the numbers above them.
  // One sampler per panel: a new game mounts a new war room (and a restart sends time back).
  const [sample] = useState(createDashboardSampler);
  const services = useDeferredValue(useGameStore((s) => sample(s.game)));
  const history = useDeferredValue(useGameStore((s) => s.game.history));
  const impact = useGameStore((s) => s.game.impact);
  const userMinutesLost = useGameStore((s) => s.game.userMinutesLost);
  const impactPercent = Math.round(impact * 100);
  return (
    <section className="panel services" aria-labelledby="services-title">
      <header className="panel__header">
        <h2 id="services-title">Services</h2>
        <span className="panel__meta">refreshes every {DASHBOARD_REFRESH_SECONDS} s</span>
      </header>
      <div className="impact">
        <div className="impact__label">
          <span id="impact-label">Customer impact</span>
          <strong>{impactPercent}% of users</strong>
        </div>
        <div className="impact__meter" role="meter" aria-labelledby="impact-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={impactPercent} aria-valuetext={`${impactPercent}% of users affected`}>
          <div className="impact__fill" style={{ transform: `scaleX(${Math.min(100, impactPercent) / 100})` }} />
        </div>
        <p className="impact__lost">
          <strong>{formatCount(userMinutesLost)}</strong> user-minutes lost
        </p>
      </div>
      <ServiceList scenario={scenario} services={services} history={history} />
    </section>
  );
}

// Memoised: the urgent render of a game second (the impact figures above) stops at the panel, and the
// rows render once, in the deferred render that brings a dashboard refresh.
const ServiceList = memo(function ServiceList({ scenario, services, history }: { scenario: Scenario; services: Services; history: GameState['history'] }) {
  const series = useMemo(() => {
    const recent = history.slice(-WINDOW);
    const out: Record<string, { errors: number[]; p99: number[] }> = {};
    for (const service of scenario.services) {
      out[service.id] = {
        errors: recent.map((sample) => sample.services[service.id]?.[1] ?? 0),
        p99: recent.map((sample) => sample.services[service.id]?.[2] ?? 0),
      };
    }
    return out;
  }, [history, scenario]);
  return (
    <ul className="services__list">
      {scenario.services.map((service) => {
        const metrics = services[service.id];
        return metrics ? <ServiceRow key={service.id} service={service} metrics={metrics} series={series[service.id]!} /> : null;
      })}
    </ul>
  );
});

type Service = Scenario['services'][number];

// Memoised: the clock ticks every game second, a service's metrics move every world tick only.
const ServiceRow = memo(function ServiceRow({ service, metrics, series }: { service: Service; metrics: ServiceMetrics; series: { errors: number[]; p99: number[] } }) {
  const slo = service.sloP99;
  return (
    <li className={`service service--${metrics.health}`}>
      <div className="service__name">
        <span className="service__health">
          <HealthIcon health={metrics.health} />
          {HEALTH_TITLES[metrics.health]}
        </span>
        <strong>{service.name}</strong>
        <span className="service__team">{service.team}</span>
      </div>
      <div className="service__metric">
        <span className="service__metric-label">Errors</span>
        <span className="service__metric-value">{percent(metrics.errorRate)}</span>
        <Sparkline values={series.errors} max={0.05} tone={metrics.errorRate > service.baseline.errorRate * 3 ? 'bad' : 'neutral'} label={`${service.name} error rate, last ${Math.round((series.errors.length * 30) / 60)} minutes, now ${percent(metrics.errorRate)}`} />
      </div>
      <div className="service__metric">
        <span className="service__metric-label">p99</span>
        <span className="service__metric-value">{Math.round(metrics.p99)} ms</span>
        <Sparkline values={series.p99} max={slo ?? service.baseline.p99 * 2} tone={slo !== undefined && metrics.p99 > slo ? 'bad' : 'neutral'} label={`${service.name} p99 latency, now ${Math.round(metrics.p99)} ms`} />
      </div>
    </li>
  );
});
