// The debrief model (six dimensions, one merged timeline with markers, STOP/START/CONTINUE, the
// by-the-book ghost) and its Markdown postmortem export.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/bots';
import { textbook } from '../../src/bots/textbook';
import { DIMENSIONS } from '../../src/doctrine/pack';
import { scoreGame } from '../../src/scoring';
import { buildDebrief, debriefMarkdown, type TimelineEntry } from '../../src/scoring/debrief';
import { claim, page, play, resolve, ROLLBACK, say, sev, small, update, type Step } from '../helpers/play';

const GOOD: Step[] = [
  ['2m', claim()],
  ['2m', sev(1)],
  ['2m', page('omar')],
  ['2m', update()],
  ['2m', ROLLBACK],
  ['6m', page('mia')],
  ['6m', update()],
  ['8m', sev(3)],
  ['12m', resolve()],
];

/** No commander, a vague ask; severity and the rollback done right. */
const SLOPPY: Step[] = [['2m', sev(1)], ['2m', ROLLBACK], ['3m', say('Can someone check the database?', 'question')]];

const ADVICE = {
  claimStart: 'Claim command out loud as soon as the incident is real: "I am the incident commander."',
  delegateStop: 'Asking "can someone..."; give one named person a task and a time box.',
  delegateKeep: 'Delegating to named people with time boxes.',
  declareKeep: 'Declaring severity promptly.',
};

describe('buildDebrief', () => {
  it('has the six dimensions with their scores, weights and findings', () => {
    const state = play(small(), GOOD);
    const score = scoreGame(state);
    const debrief = buildDebrief(state, score);
    expect(debrief.dimensions.map((d) => d.dimension)).toEqual([...DIMENSIONS]);
    for (const d of debrief.dimensions) {
      expect(d.score).toBe(score.dimensions[d.dimension]);
      expect(d.weight).toBe(state.doctrine.weights[d.dimension]);
      expect(d.findings).toEqual(score.findings.filter((f) => f.dimension === d.dimension));
    }
    expect(debrief.total).toBe(score.total);
    expect(debrief.findings).toEqual(score.findings);
    expect(debrief.outcome).toEqual({ resolved: true, mitigatedAt: 360, userMinutesLost: Math.round(state.userMinutesLost), endedAt: 720 });
    expect(debrief.scenario).toEqual({ id: 'scoring-small', title: 'The small shop drill' });
    expect(debrief.impact).toEqual(state.history.map((s) => ({ at: s.at, impact: s.impact })));
  });

  it('merges actions, messages, alerts and markers into one time-ordered timeline', () => {
    const debrief = buildDebrief(play(small(), GOOD));
    const { timeline } = debrief;
    for (let i = 1; i < timeline.length; i++) expect(timeline[i - 1]!.at).toBeLessThanOrEqual(timeline[i]!.at);
    expect(new Set(timeline.map((e) => e.kind))).toEqual(new Set(['action', 'message', 'alert', 'marker']));

    const markers = timeline.filter((e): e is Extract<TimelineEntry, { kind: 'marker' }> => e.kind === 'marker');
    expect(markers.map((m) => [m.at, m.marker, m.text])).toEqual([
      [120, 'command', 'You claimed command'],
      [120, 'severity', 'SEV1'],
      [120, 'escalation', 'Paged Omar Haddad'],
      [360, 'escalation', 'Paged Mia Chen'],
      [360, 'mitigated', 'Mitigation effective'],
      [480, 'severity', 'SEV3'],
      [720, 'resolved', 'Resolved'],
    ]);
    expect(debrief.markers.map((m) => m.kind)).toEqual(markers.map((m) => m.marker));

    expect(timeline).toContainEqual({ at: 95, kind: 'alert', text: 'ShopHighErrorRate (shop, critical): Shop 5xx rate above 5%', truth: 'cause' });
    expect(timeline).toContainEqual({ at: 120, kind: 'action', who: 'You', text: 'paged Omar Haddad' });
    expect(timeline).toContainEqual({ at: 120, kind: 'action', who: 'You', text: 'delegated to Rita Moreno (mitigate)' });
    expect(timeline).toContainEqual(expect.objectContaining({ at: 180, kind: 'message', who: 'Omar Haddad', place: 'main' }));
    // At one moment: markers first, then alerts, actions and messages.
    const at120 = timeline.filter((e) => e.at === 120).map((e) => e.kind);
    expect(at120.indexOf('marker')).toBe(0);
    expect(at120.lastIndexOf('marker')).toBeLessThan(at120.indexOf('action'));
    expect(at120.lastIndexOf('action')).toBeLessThan(at120.indexOf('message'));
  });

  it('derives STOP, START and CONTINUE from the findings', () => {
    const state = play(small(), SLOPPY, { until: '15m' });
    const { suggestions, findings } = buildDebrief(state);
    expect(findings.some((f) => f.rule === 'command.claim' && f.points < 0)).toBe(true);
    expect(findings.some((f) => f.rule === 'command.delegate' && f.points < 0)).toBe(true);
    expect(findings.some((f) => f.rule === 'command.delegate' && f.points >= 0)).toBe(true);
    // Something done wrong is a STOP; something left undone is a START.
    expect(suggestions.stop).toContain(ADVICE.delegateStop);
    expect(suggestions.start).toContain(ADVICE.claimStart);
    // A rule kept throughout is a CONTINUE; one both kept and broken is not.
    expect(suggestions.continue).toContain(ADVICE.declareKeep);
    expect(suggestions.continue).not.toContain(ADVICE.delegateKeep);
    expect(suggestions.continue.length).toBeLessThanOrEqual(5);
  });

  it('files paging an executive for a minor incident under STOP, and a late page under START', () => {
    const waking = 'Waking executives or everyone for a minor incident.';
    const onTime = 'Paging the owning team and the people with authority on time; late costs more than early.';
    const needless = buildDebrief(play(small(), [['1m40s', page('eve')], ['2m', page('omar')], ['6m', page('mia')]], { until: '10m' })).suggestions;
    expect(needless.stop).toContain(waking);
    expect(needless.start).not.toContain(onTime);
    const late = buildDebrief(play(small(), [['8m', page('omar')], ['8m', page('mia')]], { until: '10m' })).suggestions;
    expect(late.start).toContain(onTime);
    expect(late.stop).not.toContain(waking);
  });

  it('suggests nothing to stop or start for a by-the-book response', () => {
    const { suggestions } = buildDebrief(play(small(), GOOD));
    expect(suggestions.stop).toEqual([]);
    expect(suggestions.start).toEqual([]);
    expect(suggestions.continue.length).toBeGreaterThan(0);
  });

  it('carries the ghost of a by-the-book run when given one', () => {
    const state = play(small(), SLOPPY, { until: '15m' });
    expect(buildDebrief(state).ghost).toBeNull();
    const ghost = simulate(small(), textbook, { seed: 1 });
    const debrief = buildDebrief(state, scoreGame(state), { ghost });
    expect(debrief.ghost).toEqual({ total: scoreGame(ghost).total, impact: ghost.history.map((s) => ({ at: s.at, impact: s.impact })), mitigatedAt: ghost.mitigatedAt });
    expect(debrief.ghost!.total).toBeGreaterThan(debrief.total);
  });
});

describe('debriefMarkdown', () => {
  const sections = ['## Summary', '## Impact', '## Timeline', '## What went well', '## What went wrong', '## Action items'];

  it('has the postmortem sections in order', () => {
    const md = debriefMarkdown(buildDebrief(play(small(), SLOPPY, { until: '15m' })));
    expect(md.startsWith('# Postmortem (drill): The small shop drill\n')).toBe(true);
    const positions = sections.map((s) => md.split('\n').indexOf(s));
    for (const p of positions) expect(p).toBeGreaterThan(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).toContain('| Explicit command |');
    expect(md).toMatch(/^- \[ \] STOP: Asking "can someone\.\.\."/m);
    expect(md).toMatch(/^- \[ \] START: Claim command out loud/m);
    expect(md).toMatch(/^- \[ \] CONTINUE: /m);
    expect(md).toMatch(/^- \d\d:\d\d: Nobody claimed command\..*\(`command\.claim`, -60\)$/m);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes | and folds line breaks in table cells', () => {
    const state = play(small(), [['2m', sev(1)], ['3m', say('errors | timeouts on shop | db fine')], ['4m', say('first line\nsecond | line')]], { until: '10m' });
    const md = debriefMarkdown(buildDebrief(state));
    expect(md).toContain('| 03:00 | You: errors \\| timeouts on shop \\| db fine |');
    expect(md).toContain('| 04:00 | You: first line second \\| line |');
    const timeline = md.slice(md.indexOf('## Timeline'), md.indexOf('## What went well'));
    const rows = timeline.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(4);
    // Every row has exactly two cells: three unescaped pipes.
    for (const row of rows) expect(row.match(/(?<!\\)\|/g), row).toHaveLength(3);
  });

  it('names the by-the-book score when a ghost is given', () => {
    const state = play(small(), SLOPPY, { until: '15m' });
    const ghost = simulate(small(), textbook, { seed: 1 });
    const md = debriefMarkdown(buildDebrief(state, scoreGame(state), { ghost }));
    expect(md).toContain(`(a by-the-book response on the same seed scores ${scoreGame(ghost).total})`);
    expect(md).toContain('was not resolved before the drill ended');
  });
});
