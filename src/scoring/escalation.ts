// Escalation on time: the scenario names who should come in and when; late costs more than early,
// except waking executives or everyone for a minor incident.
import { clock, finding, type ScoringContext } from './context';
import { settle } from './dimension';
import type { DimensionResult, Finding } from './types';

export function scoreEscalation(ctx: ScoringContext): DimensionResult {
  return settle([...windowRules(ctx), ...needlessPageRules(ctx)]);
}

/** First page a player sent to a person, if any. */
function firstPlayerPage(ctx: ScoringContext, person: string): number | null {
  return ctx.actions('page/sent').find((p) => p.action.to === person)?.at ?? null;
}

export function windowRules(ctx: ScoringContext): Finding[] {
  const { escalation } = ctx.doctrine;
  const out: Finding[] = [];
  for (const window of ctx.scenario.escalation) {
    const person = ctx.scenario.people.find((p) => p.id === window.person);
    const name = person?.name ?? window.person;
    if (person?.present) continue;
    const paged = firstPlayerPage(ctx, window.person);
    if (paged === null) {
      if (window.earliest >= ctx.end) continue;
      out.push(finding('escalation', 'escalation.window', Math.min(window.latest, ctx.end), -escalation.missedPenalty, `${name} was never paged, though ${lowerFirst(window.why)}`));
    } else if (paged < window.earliest) {
      const early = ctx.minutes(window.earliest - paged);
      out.push(finding('escalation', 'escalation.window', paged, -Math.min(escalation.windowPenaltyCap, early * escalation.earlyPenaltyPerMinute), `At ${clock(paged)} ${name} was paged ${early} min before there was reason to (from ${clock(window.earliest)}).`));
    } else if (paged > window.latest) {
      const late = ctx.minutes(paged - window.latest);
      out.push(finding('escalation', 'escalation.window', paged, -Math.min(escalation.windowPenaltyCap, late * escalation.latePenaltyPerMinute), `At ${clock(paged)} ${name} was paged ${late} min late (by ${clock(window.latest)}: ${lowerFirst(window.why)})`));
    } else {
      out.push(finding('escalation', 'escalation.window', paged, 0, `At ${clock(paged)} ${name} was paged on time: ${lowerFirst(window.why)}`));
    }
  }
  return out;
}

/** Pages outside every window: an executive for less than a SEV1, anyone extra for a SEV3 or SEV4. */
export function needlessPageRules(ctx: ScoringContext): Finding[] {
  const { escalation } = ctx.doctrine;
  const windows = new Set(ctx.scenario.escalation.map((w) => w.person));
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const page of ctx.actions('page/sent')) {
    if (windows.has(page.action.to) || seen.has(page.action.to)) continue;
    seen.add(page.action.to);
    const person = ctx.scenario.people.find((p) => p.id === page.action.to);
    const truth = ctx.truthAt(page.at);
    if (person?.role === 'executive' && truth > 1) {
      out.push(finding('escalation', 'escalation.window', page.at, -escalation.executiveForLowSeverityPenalty, `At ${clock(page.at)} ${person.name} (${person.title}) was paged while the incident was a SEV${truth}; executives come in for a SEV1 or when the scenario needs their authority.`));
    } else if (person && truth >= 3) {
      out.push(finding('escalation', 'escalation.window', page.at, -escalation.needlessPagePenalty, `At ${clock(page.at)} ${person.name} was paged for what was then a SEV${truth}; nothing needed them.`));
    }
  }
  return out;
}

/** Texts of the needless-page findings: waking people nothing needed, which the debrief files under STOP. */
const NEEDLESS_PAGE = /executives come in for a SEV1|; nothing needed them\.$/;

/** Whether a finding charges a page nobody needed (something to stop), rather than a missing or mistimed one. */
export const isNeedlessPage = (f: Finding): boolean => f.rule === 'escalation.window' && f.points < 0 && NEEDLESS_PAGE.test(f.message);

const lowerFirst = (text: string) => (text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text);
