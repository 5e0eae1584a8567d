// severity.*: declare once impact is known, take the higher level when unsure, re-classify when the
// impact changes, do not debate. small.yaml: visible 1:30, SEV4 until 2m, then SEV1 until the
// mitigation takes effect, SEV3 after. The rollback handed to Rita at 2m takes effect at 6:00.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import { classificationRules, debateRule, declareRule, scoreSeverity, SEVERITY_DEBATE } from '../../src/scoring/severity';
import { claim, contextOf, kept, only, penalties, play, resolve, ROLLBACK, say, sev, small, withRule } from '../helpers/play';

describe('severity.declare (declareRule)', () => {
  it('keeps the rule when severity is declared within the window', () => {
    const state = play(small(), [['2m', sev(1)]], { until: '10m' });
    const f = only(declareRule(contextOf(state)), 'severity.declare');
    expect(f).toMatchObject({ dimension: 'severity', at: 120, points: 0 });
    expect(f.message).toBe('At 02:00 SEV1 was declared, 0.5 min after the incident began.');
  });

  it('charges a late declaration by the minutes past the window', () => {
    const state = play(small(), [['15m', sev(1)]], { until: '20m' });
    const f = only(declareRule(contextOf(state)), 'severity.declare');
    expect(f).toMatchObject({ at: 900, points: -7 });
    expect(f.message).toBe('Severity was first declared at 15:00, 3.5 min past the 10 minutes allowed.');
  });

  it('breaks the rule when no severity is ever declared', () => {
    const state = play(small(), [['2m', claim()]], { until: '20m' });
    const f = only(declareRule(contextOf(state)), 'severity.declare');
    expect(f).toMatchObject({ at: 90, points: -DEFAULT_DOCTRINE.severity.undeclaredPenalty });
    expect(f.message).toBe('No severity was ever declared, though the impact made this a SEV1.');
  });
});

describe('severity.unsure_higher (classificationRules)', () => {
  it('keeps the rule when the declared level matches the truth throughout', () => {
    const state = play(small(), [['2m', sev(1)]], { until: '10m' });
    const findings = classificationRules(contextOf(state));
    expect(penalties(findings)).toEqual([]);
    const f = only(findings, 'severity.unsure_higher');
    expect(f).toMatchObject({ at: 120, points: 0 });
    expect(f.message).toBe('The declared severity matched the business impact throughout.');
  });

  it('charges every minute under the truth, per level', () => {
    const state = play(small(), [['2m', sev(2)]], { until: '12m' });
    const f = only(classificationRules(contextOf(state)), 'severity.unsure_higher');
    // Minutes are sampled from the start (1:30): 2:30 to 11:30, the last one cut to 30s by the end at
    // 12:00, so 9.5 minutes one level under, at 2 points a level-minute.
    expect(f).toMatchObject({ at: 150, points: -19 });
    expect(f.message).toBe('From 02:30 the incident was under-classified as SEV2 while the impact made it SEV1.');
  });

  it('charges under-classifying twice as much as over-classifying for equal minutes', () => {
    // SEV2 throughout: one level under while the truth is SEV1 (2:30-5:30, four minutes), one level
    // over once the rollback made it SEV3 (6:30-9:30, four minutes).
    const state = play(small(), [['2m', sev(2)], ['2m', ROLLBACK], ['10m30s', resolve()]]);
    expect(state.mitigatedAt).toBe(360);
    const findings = withRule(classificationRules(contextOf(state)), 'severity.unsure_higher');
    expect(findings).toHaveLength(2);
    const [under, over] = findings as [(typeof findings)[0], (typeof findings)[0]];
    expect(under).toMatchObject({ at: 150, points: -8 });
    expect(under.message).toBe('From 02:30 the incident was under-classified as SEV2 while the impact made it SEV1.');
    expect(over).toMatchObject({ at: 390, points: -4 });
    expect(over.message).toBe('From 06:30 the incident was over-classified as SEV2 while the impact made it SEV3.');
    expect(under.points / over.points).toBe(DEFAULT_DOCTRINE.severity.underPenaltyPerLevelMinute / DEFAULT_DOCTRINE.severity.overPenaltyPerLevelMinute);
    expect(under.points / over.points).toBe(2);
  });

  it('charges per level of difference', () => {
    const oneUnder = play(small(), [['2m', sev(2)]], { until: '7m' });
    const twoUnder = play(small(), [['2m', sev(3)]], { until: '7m' });
    const a = only(classificationRules(contextOf(oneUnder)), 'severity.unsure_higher').points;
    const b = only(classificationRules(contextOf(twoUnder)), 'severity.unsure_higher').points;
    expect(b).toBe(2 * a);
  });
});

describe('severity.reassess (classificationRules)', () => {
  it('keeps the rule when severity follows the mitigation down in time', () => {
    const state = play(small(), [['2m', sev(1)], ['2m', ROLLBACK], ['8m', sev(3)]], { until: '12m' });
    const findings = classificationRules(contextOf(state));
    expect(penalties(findings)).toEqual([]);
    const f = only(findings, 'severity.reassess');
    expect(f).toMatchObject({ at: 360, points: 0 });
    expect(f.message).toBe('When the impact changed at 06:00, severity followed to SEV3 in time.');
  });

  it('breaks the rule when a severity stays stale for more than 10 minutes after the impact fell', () => {
    const state = play(small(), [['2m', sev(1)], ['2m', ROLLBACK]], { until: '25m' });
    const f = only(classificationRules(contextOf(state)), 'severity.reassess');
    // Grace until 16:00; from 16:30 to the end at 25:00 (8.5 minutes) two levels over at 1 a
    // level-minute, plus 15 for staleness.
    expect(f).toMatchObject({ at: 990, points: -(8.5 * 2 * 1 + DEFAULT_DOCTRINE.severity.stalePenalty) });
    expect(f.message).toBe('Impact changed at 06:00 (right level SEV3), but SEV1 still stood at 16:30.');
  });

  it('keeps the rule when severity is raised within 3 minutes of the impact growing', () => {
    const state = play(small(), [['1m40s', sev(4)], ['3m', sev(1)]], { until: '10m' });
    const findings = classificationRules(contextOf(state));
    expect(penalties(findings)).toEqual([]);
    expect(only(findings, 'severity.reassess')).toMatchObject({ at: 120, points: 0, message: 'When the impact changed at 02:00, severity followed to SEV1 in time.' });
  });

  it('breaks the rule when severity is not raised after the impact grew', () => {
    const state = play(small(), [['1m40s', sev(4)]], { until: '8m' });
    const f = only(classificationRules(contextOf(state)), 'severity.reassess');
    // Grace until 5:00; from 5:30 to the end at 8:00 (2.5 minutes) three levels under at 2 a
    // level-minute, plus 15.
    expect(f).toMatchObject({ at: 330, points: -(2.5 * 3 * 2 + 15) });
    expect(f.message).toBe('Impact changed at 02:00 (right level SEV1), but SEV4 still stood at 05:30.');
  });
});

describe('severity.no_debate (debateRule)', () => {
  it('keeps the rule when severity is decided and changed without argument', () => {
    const state = play(small(), [['2m', sev(1)], ['2m', ROLLBACK], ['8m', sev(3)], ['8m', say('Severity questions go in the thread?', 'question', 'thread')]], { until: '10m' });
    expect(debateRule(contextOf(state))).toEqual([]);
  });

  it('breaks the rule when severity is argued in the main channel', () => {
    const text = 'Is this really a SEV1? Feels more like a SEV2 to me?';
    const state = play(small(), [['2m', sev(1)], ['3m', say(text, 'question')]], { until: '10m' });
    const f = only(debateRule(contextOf(state)), 'severity.no_debate');
    expect(f).toMatchObject({ at: 180, points: -DEFAULT_DOCTRINE.severity.debatePenalty });
    expect(f.message).toBe(`At 03:00 the severity was argued in the main channel: "${text}". Decide, note it, move on.`);
  });

  it('breaks the rule when severity flip-flops within the reassessment window', () => {
    const state = play(small(), [['2m', sev(1)], ['3m', sev(2)], ['4m', sev(1)]], { until: '10m' });
    const f = only(debateRule(contextOf(state)), 'severity.no_debate');
    expect(f).toMatchObject({ at: 240, points: -10 });
    expect(f.message).toBe('At 04:00 severity went back to SEV1 within 10 minutes of leaving it.');
  });

  it('recognises a debate, not a decision', () => {
    expect(SEVERITY_DEBATE.test('Is this even a sev?')).toBe(true);
    expect(SEVERITY_DEBATE.test('Declaring SEV1 (critical).')).toBe(false);
  });
});

describe('scoreSeverity', () => {
  it('scores a by-the-book classification at 100', () => {
    const state = play(small(), [['2m', sev(1)], ['2m', ROLLBACK], ['8m', sev(3)]], { until: '12m' });
    const result = scoreSeverity(contextOf(state));
    expect(result.score).toBe(100);
    expect(kept(result.findings).map((f) => f.rule)).toEqual(['severity.declare', 'severity.unsure_higher', 'severity.reassess']);
  });
});
