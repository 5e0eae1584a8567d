// Hands-on work, the same whoever does it: the player, or a teammate the player delegated to.
import type { Fault, InvestigationSource } from '../scenario/schema';
import { mitigationById } from './lookup';
import type { RootCauseStep } from './types';
import type { Tx } from './tx';
import { faultStrength, refreshMitigated, startFault } from './world';

/** Game time each kind of look costs, in seconds. */
export const INVESTIGATION_COST: Record<InvestigationSource, number> = {
  dashboard: 60,
  deploys: 60,
  runbook: 60,
  traces: 120,
  logs: 180,
};

/** Generic mitigations stop the bleeding without knowing the root cause. */
export const GENERIC_MITIGATIONS = new Set(['rollback', 'scale-out', 'shed-load', 'failover', 'feature-flag', 'pause-job']);

export function rootCauseDuration(tx: Tx, step: RootCauseStep): number {
  const repair = tx.scenario.repair;
  if (step === 'deep-dive') return repair?.deepDive ?? 900;
  if (step === 'write-patch') return repair?.patch ?? 1500;
  return repair?.hotfix ?? 600;
}

/** Starts a look (now, or when a busy teammate gets to it); its clues arrive when it is done. */
export function startInvestigation(tx: Tx, by: string, source: InvestigationSource, service: string, startAt = tx.now, cost = INVESTIGATION_COST[source]): number {
  const investigations = tx.own('investigations');
  const index = investigations.length;
  investigations.push({ by, source, service, startedAt: startAt, doneAt: startAt + cost, clues: [], done: false });
  occupy(tx, by, startAt + cost);
  tx.schedule({ at: startAt + cost, type: 'investigation-finished', index });
  return index;
}

/** Reveals the clues the scenario attaches to this look. */
/** A fault that locks responders out of this kind of tool is acting (not yet contained). */
export function lockedOut(tx: Pick<Tx, 'scenario' | 's'>, at: number, source?: InvestigationSource): Fault | undefined {
  return tx.scenario.faults.find((fault) => {
    if (!fault.locksOut || (source !== undefined && !fault.locksOut.sources.includes(source))) return false;
    const state = tx.s.faults[fault.id];
    return state !== undefined && faultStrength(fault, state, at) > 0.2;
  });
}

export function finishInvestigation(tx: Tx, index: number): void {
  const investigation = tx.s.investigations[index];
  if (!investigation || investigation.done) return;
  if (lockedOut(tx, tx.now, investigation.source)) {
    tx.own('investigations')[index] = { ...investigation, clues: [], done: true, blocked: true };
    return;
  }
  const clues = tx.scenario.clues
    .filter((c) => c.source === investigation.source && c.service === investigation.service && c.from <= investigation.startedAt)
    .map((c) => c.id);
  tx.own('investigations')[index] = { ...investigation, clues, done: true };
  const found = tx.s.cluesFound;
  const fresh = clues.filter((c) => !found.includes(c));
  if (fresh.length > 0) tx.own('cluesFound').push(...fresh);
}

export function applyMitigation(tx: Tx, by: string, mitigationId: string): void {
  const mitigation = mitigationById(tx.scenario, mitigationId);
  if (!mitigation) return;
  const applied = tx.own('mitigations');
  const index = applied.length;
  applied.push({
    id: mitigation.id,
    kind: mitigation.kind,
    by,
    appliedAt: tx.now,
    effectiveAt: tx.now + mitigation.delay,
    outcome: mitigation.outcome,
    done: false,
  });
  tx.schedule({ at: tx.now + mitigation.delay, type: 'mitigation-effective', index });
}

/** The mitigation's delay has passed: it works, does nothing, or backfires, as the scenario says. */
export function mitigationTakesEffect(tx: Tx, index: number): void {
  const applied = tx.s.mitigations[index];
  if (!applied || applied.done) return;
  const mitigation = mitigationById(tx.scenario, applied.id);
  tx.own('mitigations')[index] = { ...applied, done: true };
  if (!mitigation) return;
  if (mitigation.outcome === 'works') {
    const faults = tx.own('faults');
    for (const faultId of mitigation.fixes) {
      const fs = faults[faultId];
      // A mitigation acts on what is happening now; a fault that starts later is not yet contained.
      if (!fs || fs.startedAt === null) continue;
      const residual = fs.residual === null ? mitigation.residual : Math.min(fs.residual, mitigation.residual);
      faults[faultId] = { ...fs, residual, mitigatedAt: fs.mitigatedAt ?? tx.now };
    }
    refreshMitigated(tx);
  } else if (mitigation.outcome === 'backfires' && mitigation.triggers !== undefined) {
    startFault(tx, mitigation.triggers);
  }
}

export function startRootCauseWork(tx: Tx, by: string, step: RootCauseStep, service: string, startAt = tx.now, duration = rootCauseDuration(tx, step)): number {
  const work = tx.own('rootCause');
  const index = work.length;
  work.push({ step, service, by, startedAt: startAt, doneAt: startAt + duration, done: false });
  occupy(tx, by, startAt + duration);
  tx.schedule({ at: startAt + duration, type: 'root-cause-finished', index });
  return index;
}

/** Deep dives reveal code-level clues; a deployed hotfix removes the faults the repair names. */
export function finishRootCauseWork(tx: Tx, index: number): void {
  const work = tx.s.rootCause[index];
  if (!work || work.done) return;
  const repair = tx.scenario.repair;
  if (work.step === 'deep-dive') {
    // Like any look, a deep dive finds only clues that exist when it starts (`from`), as investigations do.
    const clues = tx.scenario.clues.filter((c) => c.source === 'deep-dive' && c.service === work.service && c.from <= work.startedAt).map((c) => c.id);
    tx.own('rootCause')[index] = { ...work, done: true, clues };
    const fresh = clues.filter((c) => !tx.s.cluesFound.includes(c));
    if (fresh.length > 0) tx.own('cluesFound').push(...fresh);
    return;
  }
  tx.own('rootCause')[index] = { ...work, done: true };
  if (work.step === 'deploy-hotfix' && repair && repair.service === work.service && hasWritten(tx, work.service)) {
    const faults = tx.own('faults');
    for (const faultId of repair.fixes) {
      const fs = faults[faultId];
      if (fs && fs.fixedAt === null) faults[faultId] = { ...fs, fixedAt: tx.now };
    }
    refreshMitigated(tx);
  }
}

const hasWritten = (tx: Tx, service: string) => tx.s.rootCause.some((w) => w.step === 'write-patch' && w.service === service && w.done);

/** Marks someone busy with hands-on work until a time (only teammates queue; players may overlap). */
export function occupy(tx: Tx, who: string, until: number): void {
  const person = tx.s.people[who];
  if (person && person.busyUntil < until) tx.own('people')[who] = { ...person, busyUntil: until };
}
