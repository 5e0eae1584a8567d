// Contain the blast radius: no destructive or untested changes unless they prevent worse loss;
// prefer staged, reversible steps to global ones.
import { clock, finding, who, type ScoringContext } from './context';
import { settle } from './dimension';
import type { DimensionResult, Finding } from './types';

const GLOBAL_KINDS = new Set(['restart-all', 'config-push']);
const STAGED_KINDS = new Set(['restart-one', 'feature-flag', 'rollback', 'failover', 'shed-load', 'scale-out']);

export function scoreBlastRadius(ctx: ScoringContext): DimensionResult {
  const findings = [...changeRules(ctx), ...hotfixRule(ctx)];
  if (findings.length === 0 && ctx.state.mitigations.length > 0) {
    findings.push(finding('blastRadius', 'blast.staged', ctx.state.mitigations[0]!.appliedAt, 0, 'Every change made during the incident was tested and reversible.'));
  }
  return settle(findings);
}

export function changeRules(ctx: ScoringContext): Finding[] {
  const { blastRadius } = ctx.doctrine;
  const right = new Set(ctx.scenario.truth.mitigations);
  const out: Finding[] = [];
  for (const applied of ctx.state.mitigations) {
    const m = ctx.scenario.mitigations.find((x) => x.id === applied.id);
    if (!m) continue;
    const by = who(ctx, applied.by);
    // Doctrine's exception: a destructive or untested change that is the way to prevent worse loss.
    if (right.has(m.id)) continue;
    if (m.destructive) {
      out.push(finding('blastRadius', 'blast.destructive', applied.appliedAt, -blastRadius.destructivePenalty, `At ${clock(applied.appliedAt)} ${by} ran a destructive change: "${m.label}".`));
    } else if (m.untested) {
      out.push(finding('blastRadius', 'blast.untested', applied.appliedAt, -blastRadius.untestedPenalty, `At ${clock(applied.appliedAt)} ${by} pushed an untested change mid-incident: "${m.label}".`));
    } else if (GLOBAL_KINDS.has(m.kind)) {
      const staged = ctx.scenario.mitigations.find((x) => x.service === m.service && STAGED_KINDS.has(x.kind));
      if (staged) {
        out.push(finding('blastRadius', 'blast.staged', applied.appliedAt, -blastRadius.globalOverStagedPenalty, `At ${clock(applied.appliedAt)} "${m.label}" went out everywhere at once where "${staged.label}" was a staged option.`));
      }
    }
  }
  return out;
}

/** A hotfix deployed while customers are still hurting is untested code in production. */
export function hotfixRule(ctx: ScoringContext): Finding[] {
  const out: Finding[] = [];
  for (const work of ctx.state.rootCause) {
    if (work.step !== 'deploy-hotfix') continue;
    const mitigated = ctx.state.mitigatedAt;
    if (mitigated !== null && mitigated <= work.startedAt) continue;
    out.push(finding('blastRadius', 'blast.untested', work.startedAt, -ctx.doctrine.blastRadius.untestedPenalty, `At ${clock(work.startedAt)} ${who(ctx, work.by)} deployed an untested hotfix to ${work.service} before the impact was mitigated.`));
  }
  return out;
}
