// The simulated production world: faults shape a service's metrics, dependencies carry the
// symptoms downstream, and user-facing services turn failures into customer impact.
import type { Fault, Metrics, Scenario, Service } from '../scenario/schema';
import type { FaultState, GameState, ServiceMetrics } from './types';
import type { Tx } from './tx';

/** How strongly a fault acts now, in [0, 1]. */
export function faultStrength(fault: Fault, state: FaultState, time: number): number {
  if (state.startedAt === null || state.fixedAt !== null || time < state.startedAt) return 0;
  const ramped = fault.ramp <= 0 ? 1 : Math.min(1, (time - state.startedAt) / fault.ramp);
  return state.residual === null ? ramped : Math.min(ramped, state.residual);
}

const orderCache = new WeakMap<Scenario, Service[]>();

/** Services ordered so each comes after what it depends on. */
export function servicesInDependencyOrder(scenario: Scenario): Service[] {
  const cached = orderCache.get(scenario);
  if (cached) return cached;
  const byId = new Map(scenario.services.map((s) => [s.id, s]));
  const ordered: Service[] = [];
  const seen = new Set<string>();
  const visit = (service: Service) => {
    if (seen.has(service.id)) return;
    seen.add(service.id);
    for (const dep of service.dependsOn) {
      const target = byId.get(typeof dep === 'string' ? dep : dep.service);
      if (target) visit(target);
    }
    ordered.push(service);
  };
  scenario.services.forEach(visit);
  orderCache.set(scenario, ordered);
  return ordered;
}

const lerp = (from: number, to: number, amount: number) => from + (to - from) * amount;

/** A service's own metrics: its baseline moved toward each active fault's effect. */
function ownMetrics(service: Service, baseline: Metrics, scenario: Scenario, faults: GameState['faults'], time: number): Metrics {
  const out = { ...baseline };
  for (const fault of scenario.faults) {
    if (fault.service !== service.id) continue;
    const state = faults[fault.id];
    const strength = state ? faultStrength(fault, state, time) : 0;
    if (strength <= 0) continue;
    for (const key of ['rps', 'errorRate', 'p99', 'saturation'] as const) {
      const target = fault.effect[key];
      if (target === undefined) continue;
      const moved = lerp(baseline[key], target, strength);
      // Several faults on one service: the worst reading wins.
      out[key] = Math.abs(moved - baseline[key]) > Math.abs(out[key] - baseline[key]) ? moved : out[key];
    }
  }
  return out;
}

export function healthOf(metrics: Metrics, service: Service): ServiceMetrics['health'] {
  const slo = service.sloP99 ?? service.baseline.p99 * 4;
  if (metrics.errorRate >= 0.5 || metrics.saturation >= 0.99) return 'down';
  const errorsUp = metrics.errorRate >= Math.max(0.02, service.baseline.errorRate * 5);
  if (errorsUp || metrics.p99 > slo || metrics.saturation >= 0.85) return 'degraded';
  return 'ok';
}

/** Share of a user-facing service's requests that fail users, above what fails on a healthy day. */
export function failingShare(metrics: Metrics, service: Service, healthyErrorRate: number): number {
  const slo = service.sloP99 ?? service.baseline.p99 * 4;
  const slow = metrics.p99 > slo ? Math.min(1, (metrics.p99 - slo) / (slo * 3)) * 0.8 : 0;
  return Math.min(1, Math.max(0, metrics.errorRate - healthyErrorRate + slow));
}

/** Combines a service's own error rate with what its dependencies pass on. */
function propagate(ownErrorRate: number, service: Service, upstreamErrorRate: (id: string) => number | undefined): number {
  let passes = 1 - ownErrorRate;
  for (const dep of service.dependsOn) {
    const upstream = upstreamErrorRate(typeof dep === 'string' ? dep : dep.service);
    if (upstream === undefined) continue;
    passes *= 1 - (typeof dep === 'string' ? 1 : dep.weight) * upstream;
  }
  return 1 - passes;
}

/** Recomputes every service's metrics and the customer impact for the current time. */
export function updateWorld(tx: Tx): void {
  const { scenario } = tx;
  const baselines = tx.s.baselines;
  const time = tx.now;
  const services: Record<string, ServiceMetrics> = {};
  // Error rates on a healthy day (baselines passed down the dependencies), so impact counts only
  // what the incident adds, not the errors every service always has.
  const healthy: Record<string, number> = {};
  let unaffected = 1;
  for (const service of servicesInDependencyOrder(scenario)) {
    const baseline = baselines[service.id] ?? service.baseline;
    healthy[service.id] = propagate(baseline.errorRate, service, (id) => healthy[id]);
    const own = ownMetrics(service, baseline, scenario, tx.s.faults, time);
    let addedLatency = 0;
    for (const dep of service.dependsOn) {
      const depId = typeof dep === 'string' ? dep : dep.service;
      const upstream = services[depId];
      const upstreamBaseline = baselines[depId];
      if (!upstream || !upstreamBaseline) continue;
      addedLatency += (typeof dep === 'string' ? 1 : dep.weight) * Math.max(0, upstream.p99 - upstreamBaseline.p99);
    }
    const errorRate = propagate(own.errorRate, service, (id) => services[id]?.errorRate);
    // A little measurement noise so dashboards look alive; drawn from the game's PRNG.
    const jitter = () => 1 + (tx.random() - 0.5) * 0.04;
    // Built in place, health last, rather than spread into a second object: this runs for every
    // service on every world tick. Same fields in the same order, same draws in the same order.
    const metrics: ServiceMetrics = {
      rps: own.rps * jitter(),
      errorRate: Math.min(1, Math.max(0, errorRate * jitter())),
      p99: (own.p99 + addedLatency) * jitter(),
      saturation: Math.min(1, Math.max(0, own.saturation * jitter())),
      health: 'ok',
    };
    metrics.health = healthOf(metrics, service);
    services[service.id] = metrics;
    if (service.userFacing !== undefined) unaffected *= 1 - service.userFacing * failingShare(metrics, service, healthy[service.id]! * 1.03);
  }
  tx.s.services = services;
  tx.s.impact = Math.min(1, Math.max(0, 1 - unaffected));
}

/** True once every fault that has started is neutralised (mitigated to a small residual, or fixed). */
export function allFaultsContained(state: GameState): boolean {
  let anyStarted = false;
  for (const fault of state.scenario.faults) {
    const fs = state.faults[fault.id];
    if (!fs || fs.startedAt === null) continue;
    anyStarted = true;
    const contained = fs.fixedAt !== null || (fs.residual !== null && fs.residual <= 0.2);
    if (!contained) return false;
  }
  return anyStarted;
}

/** Keeps `mitigatedAt` true to the world: set when the bleeding stops, cleared if it starts again. */
export function refreshMitigated(tx: Tx): void {
  const contained = allFaultsContained(tx.s);
  if (contained && tx.s.mitigatedAt === null) tx.s.mitigatedAt = tx.now;
  if (!contained && tx.s.mitigatedAt !== null) tx.s.mitigatedAt = null;
}

export function startFault(tx: Tx, faultId: string): void {
  const current = tx.s.faults[faultId];
  if (!current || current.startedAt !== null) return;
  tx.own('faults')[faultId] = { ...current, startedAt: tx.now };
  refreshMitigated(tx);
}
