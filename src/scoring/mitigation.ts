// Mitigation over resolution: stop the bleeding first; root-cause work waits until impact is contained.
import { GENERIC_MITIGATIONS } from '../engine';
import { clock, finding, type ScoringContext } from './context';
import { settle } from './dimension';
import type { DimensionResult, Finding } from './types';

export function scoreMitigation(ctx: ScoringContext): DimensionResult {
  return settle([...firstRule(ctx), ...timeRules(ctx), ...preserveRule(ctx)]);
}

/** The first mitigation anyone on the team applied. */
function firstMitigationAt(ctx: ScoringContext): number | null {
  return ctx.state.mitigations[0]?.appliedAt ?? null;
}

/** Root-cause work (deep dives, patches, hotfixes) started while a generic mitigation was still untried. */
export function firstRule(ctx: ScoringContext): Finding[] {
  const { mitigation } = ctx.doctrine;
  const generic = ctx.scenario.truth.mitigations.filter((id) => {
    const m = ctx.scenario.mitigations.find((x) => x.id === id);
    return m !== undefined && GENERIC_MITIGATIONS.has(m.kind);
  });
  if (generic.length === 0) return [];
  // Work stops holding mitigation back once a right generic mitigation is applied (or the bleeding
  // stops). A failed or unrelated change applied first does not excuse digging while one is untried.
  const firstGeneric = ctx.state.mitigations.find((m) => generic.includes(m.id))?.appliedAt ?? Number.POSITIVE_INFINITY;
  const cutoff = Math.min(firstGeneric, ctx.state.mitigatedAt ?? Number.POSITIVE_INFINITY, ctx.end);
  let delaySeconds = 0;
  let firstAt: number | null = null;
  for (const work of ctx.state.rootCause) {
    if (work.startedAt >= cutoff) continue;
    const untried = generic.filter((id) => !ctx.state.mitigations.some((m) => m.id === id && m.appliedAt <= work.startedAt));
    if (untried.length === 0) continue;
    delaySeconds += Math.max(0, Math.min(work.doneAt, cutoff) - work.startedAt);
    firstAt ??= work.startedAt;
  }
  if (firstAt === null) {
    const first = firstMitigationAt(ctx);
    return first === null ? [] : [finding('mitigation', 'mitigation.first', first, 0, `Mitigation came before root-cause work: the first mitigation was applied at ${clock(first)}.`)];
  }
  const minutes = ctx.minutes(delaySeconds);
  const points = Math.min(mitigation.rootCauseFirstPenaltyCap, minutes * mitigation.rootCauseFirstPenaltyPerMinute);
  const label = ctx.scenario.mitigations.find((m) => m.id === generic[0])?.label ?? generic[0];
  return [finding('mitigation', 'mitigation.first', firstAt, -points, `At ${clock(firstAt)} root-cause work began while "${label}" was available and untried; it held mitigation back by ${minutes} min.`)];
}

/** Time to mitigation against the scenario's par, and the user-minutes lost on the way. */
export function timeRules(ctx: ScoringContext): Finding[] {
  const { mitigation } = ctx.doctrine;
  const par = ctx.scenario.truth.parMitigation;
  const mitigatedAt = ctx.state.mitigatedAt;
  const out: Finding[] = [];
  if (mitigatedAt === null) {
    out.push(finding('mitigation', 'mitigation.time', ctx.end, -mitigation.neverMitigatedPenalty, `The impact was never mitigated; ${Math.round(ctx.state.userMinutesLost).toLocaleString('en-US')} user-minutes were lost by ${clock(ctx.end)}.`));
    return out;
  }
  const ttm = Math.max(0, mitigatedAt - ctx.incidentStart);
  if (ttm <= par) {
    out.push(finding('mitigation', 'mitigation.time', mitigatedAt, 0, `Mitigated at ${clock(mitigatedAt)}: ${ctx.minutes(ttm)} min after the incident began, within the par of ${ctx.minutes(par)} min.`));
  } else {
    const over = ctx.minutes(ttm - par);
    const points = Math.min(mitigation.neverMitigatedPenalty, over * mitigation.lateMitigationPenaltyPerMinute);
    out.push(finding('mitigation', 'mitigation.time', mitigatedAt, -points, `Mitigated at ${clock(mitigatedAt)}: ${ctx.minutes(ttm)} min after the incident began, ${over} min over the par of ${ctx.minutes(par)} min.`));
  }
  const peak = Math.max(0, ...ctx.state.history.map((s) => s.impact));
  const parLoss = peak * ctx.scenario.users * (par / 60) * mitigation.parUserMinutesSlack;
  const lost = ctx.state.userMinutesLost;
  if (parLoss > 0 && lost > parLoss) {
    const points = Math.min(mitigation.userMinutesOverParPenalty, mitigation.userMinutesOverParPenalty * (lost / parLoss - 1));
    out.push(finding('mitigation', 'mitigation.time', mitigatedAt, -points, `${fmt(lost)} user-minutes were lost, more than the ${fmt(parLoss)} a par response would allow.`));
  }
  return out;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Destroying evidence (a restart of everything, manual data surgery) before anyone looked at the service. */
export function preserveRule(ctx: ScoringContext): Finding[] {
  const out: Finding[] = [];
  for (const applied of ctx.state.mitigations) {
    const m = ctx.scenario.mitigations.find((x) => x.id === applied.id);
    if (!m || !(m.kind === 'restart-all' || m.kind === 'data-fix')) continue;
    const looked = ctx.state.investigations.some((i) => i.service === m.service && i.startedAt <= applied.appliedAt);
    if (!looked) {
      out.push(finding('mitigation', 'mitigation.preserve', applied.appliedAt, -ctx.doctrine.mitigation.wipedEvidencePenalty, `At ${clock(applied.appliedAt)} "${m.label}" ran before anyone had looked at ${m.service}; the evidence went with it.`));
    }
  }
  return out;
}
