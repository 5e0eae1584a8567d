// Severity by business impact: declared early, re-evaluated as impact changes, higher when unsure.
import { minutesToSeconds } from '../doctrine/pack';
import { clock, finding, quote, type ScoringContext } from './context';
import { settle } from './dimension';
import type { DimensionResult, Finding } from './types';

/** Messages that argue about the severity level instead of deciding it. */
export const SEVERITY_DEBATE = /\b(sev ?[1-4]|severity)\b.*\?|\b(is|isn't|not) (this|it) (really|even) (a )?sev/i;

export function scoreSeverity(ctx: ScoringContext): DimensionResult {
  return settle([...declareRule(ctx), ...classificationRules(ctx), ...debateRule(ctx)]);
}

export function declareRule(ctx: ScoringContext): Finding[] {
  const { severity } = ctx.doctrine;
  const first = ctx.state.severity.history[0];
  const window = minutesToSeconds(severity.declareWithinMinutes);
  if (!first) {
    if (ctx.worstTruth >= 4) return [];
    return [finding('severity', 'severity.declare', ctx.incidentStart, -severity.undeclaredPenalty, `No severity was ever declared, though the impact made this a SEV${ctx.worstTruth}.`)];
  }
  const delay = first.at - ctx.incidentStart;
  if (delay <= window) return [finding('severity', 'severity.declare', first.at, 0, `At ${clock(first.at)} SEV${first.level} was declared, ${ctx.minutes(Math.max(0, delay))} min after the incident began.`)];
  const late = ctx.minutes(delay - window);
  return [finding('severity', 'severity.declare', first.at, -Math.min(severity.undeclaredPenalty, late * severity.lateDeclarePenaltyPerMinute), `Severity was first declared at ${clock(first.at)}, ${late} min past the ${severity.declareWithinMinutes} minutes allowed.`)];
}

/** Moments after the incident began when the right severity changed. */
function truthChanges(ctx: ScoringContext): number[] {
  const out: number[] = [];
  let previous = ctx.truthAt(ctx.incidentStart);
  const candidates = [...ctx.scenario.truth.severity.map((s) => s.at), ...(ctx.state.mitigatedAt !== null ? [ctx.state.mitigatedAt] : [])]
    .filter((t) => t > ctx.incidentStart && t < ctx.end)
    .sort((a, b) => a - b);
  for (const t of candidates) {
    const level = ctx.truthAt(t);
    if (level !== previous && !out.includes(t)) out.push(t);
    previous = level;
  }
  return out;
}

interface Episode {
  from: number;
  declared: number;
  truth: number;
  levelMinutes: number;
  under: boolean;
  afterChange: number | null;
}

/**
 * Declared against true severity, minute by minute. Someone who had it right gets the pack's
 * reassessment window to follow a change of impact; otherwise every minute at the wrong level costs
 * points per level, under-classifying twice as much as over-classifying (when unsure, go higher).
 */
export function classificationRules(ctx: ScoringContext): Finding[] {
  const { severity } = ctx.doctrine;
  const grace = minutesToSeconds(severity.reassessWithinMinutes);
  const raiseGrace = minutesToSeconds(severity.raiseWithinMinutes);
  const changes = truthChanges(ctx);
  const episodes: Episode[] = [];
  let open: Episode | null = null;
  for (let t = ctx.incidentStart; t < ctx.end; t += 60) {
    const declared = ctx.declaredAt(t);
    const truth = ctx.truthAt(t);
    if (declared === null || declared === truth) {
      open = null;
      continue;
    }
    const lastChange = changes.filter((c) => c <= t).pop() ?? null;
    const wasTracking = lastChange !== null && ctx.declaredAt(lastChange - 1) === ctx.truthAt(lastChange - 1);
    // Growing impact calls for a quick raise; a falling one may be watched a while before lowering.
    const window = lastChange !== null && ctx.truthAt(lastChange) < ctx.truthAt(lastChange - 1) ? raiseGrace : grace;
    if (wasTracking && t - lastChange < window) continue;
    const span = Math.min(60, ctx.end - t) / 60;
    if (!open || open.declared !== declared || open.truth !== truth) {
      open = { from: t, declared, truth, levelMinutes: 0, under: declared > truth, afterChange: wasTracking ? lastChange : null };
      episodes.push(open);
    }
    open.levelMinutes += Math.abs(declared - truth) * span;
  }
  const out: Finding[] = episodes.map((e) => {
    const rate = e.under ? severity.underPenaltyPerLevelMinute : severity.overPenaltyPerLevelMinute;
    if (e.afterChange !== null) {
      return finding('severity', 'severity.reassess', e.from, -Math.min(100, e.levelMinutes * rate + severity.stalePenalty), `Impact changed at ${clock(e.afterChange)} (right level SEV${e.truth}), but SEV${e.declared} still stood at ${clock(e.from)}.`);
    }
    const direction = e.under ? 'under-classified' : 'over-classified';
    return finding('severity', 'severity.unsure_higher', e.from, -Math.min(100, e.levelMinutes * rate), `From ${clock(e.from)} the incident was ${direction} as SEV${e.declared} while the impact made it SEV${e.truth}.`);
  });
  for (const change of changes) {
    const followed = ctx.declaredAt(change - 1) === ctx.truthAt(change - 1) && !episodes.some((e) => e.afterChange === change);
    if (followed) out.push(finding('severity', 'severity.reassess', change, 0, `When the impact changed at ${clock(change)}, severity followed to SEV${ctx.truthAt(change)} in time.`));
  }
  if (episodes.length === 0 && ctx.state.severity.history.length > 0) {
    out.push(finding('severity', 'severity.unsure_higher', ctx.state.severity.history[0]!.at, 0, 'The declared severity matched the business impact throughout.'));
  }
  return out;
}

export function debateRule(ctx: ScoringContext): Finding[] {
  const { severity } = ctx.doctrine;
  const out: Finding[] = [];
  for (const m of ctx.playerMessages) {
    if (m.place === 'main' && SEVERITY_DEBATE.test(m.text)) {
      out.push(finding('severity', 'severity.no_debate', m.at, -severity.debatePenalty, `At ${clock(m.at)} the severity was argued in the main channel: ${quote(m.text)}. Decide, note it, move on.`));
    }
  }
  // Flip-flopping: a change undone within the reassessment window is a debate played out in actions.
  const history = ctx.state.severity.history;
  const window = minutesToSeconds(severity.reassessWithinMinutes);
  for (let i = 2; i < history.length; i++) {
    const a = history[i - 2]!;
    const c = history[i]!;
    if (a.level === c.level && c.at - a.at <= window) {
      out.push(finding('severity', 'severity.no_debate', c.at, -severity.debatePenalty, `At ${clock(c.at)} severity went back to SEV${c.level} within ${severity.reassessWithinMinutes} minutes of leaving it.`));
    }
  }
  return out;
}
