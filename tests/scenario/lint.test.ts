// The authoring checks (src/scenario/lint.ts): each rule with a case that breaks it and one that
// keeps it, on copies of the `drill new` template (which lints clean), written out as YAML and read
// back through the same doors as a real file, so problems carry real lines and columns.
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintScenario, LINT_RULES, type LintProblem, type LintRule, type TextbookRun } from '../../src/scenario/lint';
import { parseScenario } from '../../src/scenario/parse';
import { scenarioTemplate } from '../../src/scenario/template';
import { readYaml } from '../../src/scenario/yaml-source';

const FILE = 'scenarios/lint-case.yaml';
const TEMPLATE = scenarioTemplate('lint-case');

// The template as plain data (its ids: services web/api/db; faults api-bad-release, db-reconnect-storm;
// people ana -> ben, raj, sofia, grace; mitigations rollback-api (right), scale-api, restart-api-all
// (destructive), push-lenient-parser (untested), cap-db-connections; red herrings db-overload, traffic-spike).
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Data => parse(TEMPLATE) as Data;

interface Linted {
  text: string;
  problems: LintProblem[];
}

/** Lints a changed copy of the template (without the textbook run unless given). */
function lintAfter(change: (d: Data) => void, textbook?: TextbookRun): Linted {
  const data = base();
  change(data);
  const text = stringify(data);
  const parsed = parseScenario(text, FILE);
  if (!parsed.ok) throw new Error(`the changed scenario does not parse: ${JSON.stringify(parsed.errors)}`);
  const read = readYaml(text, FILE);
  if (!read.ok) throw new Error('unreachable');
  return { text, problems: lintScenario(parsed.scenario, read.locate, FILE, textbook ? { textbook } : {}) };
}

const of = (linted: Linted, rule: LintRule) => linted.problems.filter((p) => p.rule === rule).map((p) => `${p.path} ${p.message}`);

/** The 1-based line of the only (or with `last`, the last) line matching, and the column where `token` starts on it. */
function placeOf(text: string, line: RegExp, token: string, which: 'only' | 'last' = 'only'): { line: number; column: number } {
  const lines = text.split('\n');
  const matching = lines.flatMap((l, i) => (line.test(l) ? [i] : []));
  if (which === 'only' && matching.length > 1) throw new Error(`${matching.length} lines match ${line}`);
  const index = matching.at(-1) ?? -1;
  if (index < 0) throw new Error(`no line matches ${line}`);
  return { line: index + 1, column: lines[index]!.indexOf(token) + 1 };
}

const byId = (list: Data[], id: string): Data => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('lintScenario', () => {
  it('finds nothing wrong in the template', () => {
    expect(lintAfter(() => {}).problems).toEqual([]);
  });

  it('names a rule on every problem and reports file, line, column and path', () => {
    const linted = lintAfter((d) => {
      d.noise = [];
      d.truth.redHerrings.push({ id: 'cosmic-rays', text: 'A bit flipped.' });
    });
    expect(linted.problems.length).toBeGreaterThan(0);
    for (const p of linted.problems) {
      expect(LINT_RULES).toContain(p.rule);
      expect(p.file).toBe(FILE);
      expect(p.line).toBeGreaterThan(0);
      expect(p.column).toBeGreaterThan(0);
    }
    // Sorted by place in the file.
    const places = linted.problems.map((p) => p.line * 1000 + p.column);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  describe('red-herring-disprovable', () => {
    it('reports a red herring no clue contradicts, at its id', () => {
      const linted = lintAfter((d) => {
        byId(d.clues, 'api-dashboard').contradicts = [];
      });
      expect(of(linted, 'red-herring-disprovable')).toEqual([
        'truth.redHerrings[1].id red herring "traffic-spike" is never disproved: add it to the contradicts list of a clue that rules it out',
      ]);
      expect(linted.problems[0]).toMatchObject(placeOf(linted.text, /^\s+- id: traffic-spike$/, 'traffic-spike'));
    });

    it('keeps a new red herring once a clue contradicts it', () => {
      const linted = lintAfter((d) => {
        d.truth.redHerrings.push({ id: 'cert-expiry', text: 'A certificate expired.' });
        byId(d.clues, 'api-logs').contradicts = ['cert-expiry'];
      });
      expect(of(linted, 'red-herring-disprovable')).toEqual([]);
    });
  });

  describe('red-herring-id', () => {
    it('reports a duplicate red herring id once, at the second', () => {
      const linted = lintAfter((d) => void d.truth.redHerrings.push({ id: 'db-overload', text: 'Again.' }));
      expect(of(linted, 'red-herring-id')).toEqual(['truth.redHerrings[2].id duplicate red herring id "db-overload" (first used at truth.redHerrings[0])']);
      expect(of(linted, 'red-herring-disprovable')).toEqual([]);
    });

    it('reports a red herring that shares an id with the root cause or a mitigation', () => {
      const linted = lintAfter((d) => {
        d.truth.redHerrings.push({ id: 'order-id-parser-bug', text: 'x' }, { id: 'scale-api', text: 'y' });
        byId(d.clues, 'db-dashboard').contradicts.push('order-id-parser-bug', 'scale-api');
      });
      expect(of(linted, 'red-herring-id')).toEqual([
        'truth.redHerrings[2].id red herring id "order-id-parser-bug" is also the root cause id; give it its own id',
        'truth.redHerrings[3].id red herring id "scale-api" is also a mitigation id; give it its own id',
      ]);
    });

    it('keeps distinct ids', () => {
      expect(of(lintAfter(() => {}), 'red-herring-id')).toEqual([]);
    });
  });

  describe('clue-support', () => {
    it('reports a right mitigation with fewer than three supporting clues, at its entry in truth.mitigations', () => {
      const linted = lintAfter((d) => {
        byId(d.clues, 'api-runbook').supports = [];
      });
      expect(of(linted, 'clue-support')).toEqual([
        'truth.mitigations[0] right mitigation "rollback-api": only 2 clues support it ("api-deploys", "api-dashboard"); expected at least 3 (list it in the supports of more clues)',
      ]);
      expect(linted.problems[0]).toMatchObject(placeOf(linted.text, /^\s+- rollback-api$/, 'rollback-api', 'last'));
    });

    it('reports a root cause with one supporting clue, and a right mitigation with none', () => {
      const linted = lintAfter((d) => {
        for (const id of ['api-deploys', 'api-dashboard', 'api-logs']) byId(d.clues, id).supports = byId(d.clues, id).supports.filter((s: string) => s !== 'order-id-parser-bug');
        d.truth.mitigations.push('cap-db-connections');
      });
      expect(of(linted, 'clue-support')).toEqual([
        'truth.rootCause.id root cause "order-id-parser-bug": only 1 clue supports it ("parser-diff"); expected at least 3 (list it in the supports of more clues)',
        'truth.mitigations[1] right mitigation "cap-db-connections": no clue supports it; expected at least 3 (list it in the supports of more clues)',
      ]);
    });

    it('keeps exactly three supporting clues', () => {
      const linted = lintAfter((d) => {
        byId(d.clues, 'parser-diff').supports = [];
      });
      expect(of(linted, 'clue-support')).toEqual([]);
    });
  });

  describe('right-mitigation-works', () => {
    it('reports a right mitigation that fails, and one that fixes nothing', () => {
      const linted = lintAfter((d) => {
        byId(d.mitigations, 'rollback-api').fixes = [];
        d.truth.mitigations.push('scale-api');
      });
      expect(of(linted, 'right-mitigation-works')).toEqual([
        'truth.mitigations[0] right mitigation "rollback-api" fixes no fault; list the faults it neutralises in its fixes',
        'truth.mitigations[1] right mitigation "scale-api" has outcome "fails"; a right mitigation works',
      ]);
    });

    it('keeps a right mitigation that works and fixes a fault', () => {
      expect(of(lintAfter(() => {}), 'right-mitigation-works')).toEqual([]);
    });
  });

  describe('generic-mitigation', () => {
    it('reports right mitigations that are all root-cause work (here a config push)', () => {
      const linted = lintAfter((d) => {
        byId(d.mitigations, 'rollback-api').kind = 'config-push';
      });
      expect(of(linted, 'generic-mitigation')).toEqual([
        'truth.mitigations no right mitigation is generic (rollback, scale-out, shed-load, failover, feature-flag, pause-job); the drill trains mitigation before root cause, so one right answer should be one of these',
      ]);
    });

    it.each(['rollback', 'scale-out', 'shed-load', 'failover', 'feature-flag', 'pause-job'])('keeps a right %s', (kind) => {
      const linted = lintAfter((d) => {
        byId(d.mitigations, 'rollback-api').kind = kind;
      });
      expect(of(linted, 'generic-mitigation')).toEqual([]);
    });
  });

  describe('risky-option', () => {
    it('reports a drill with no destructive or untested option', () => {
      const linted = lintAfter((d) => {
        for (const m of d.mitigations) {
          delete m.destructive;
          delete m.untested;
        }
      });
      expect(of(linted, 'risky-option')).toEqual([
        'mitigations no wrong mitigation is destructive or untested; add a tempting risky option (restart everything at once, an untested config push) so the drill tests blast radius',
      ]);
      expect(linted.problems.find((p) => p.rule === 'risky-option')).toMatchObject(placeOf(linted.text, /^mitigations:$/, 'mitigations'));
    });

    it('reports a drill whose only risky option is a right answer', () => {
      const linted = lintAfter((d) => {
        for (const m of d.mitigations) {
          delete m.destructive;
          delete m.untested;
        }
        byId(d.mitigations, 'rollback-api').untested = true;
      });
      expect(of(linted, 'risky-option')).toHaveLength(1);
    });

    it('keeps one untested wrong option', () => {
      const linted = lintAfter((d) => {
        delete byId(d.mitigations, 'restart-api-all').destructive;
      });
      expect(of(linted, 'risky-option')).toEqual([]);
    });
  });

  describe('noise-kinds', () => {
    it('reports noise of two kinds', () => {
      const linted = lintAfter((d) => {
        d.noise = d.noise.filter((n: Data) => n.kind === 'flapping' || n.kind === 'duplicate');
      });
      expect(of(linted, 'noise-kinds')).toEqual(['noise noise of 2 kinds (flapping, duplicate); expected at least 3 kinds of flapping, duplicate, unrelated, storm, notification']);
    });

    it('reports a drill without noise at the top of the file', () => {
      const linted = lintAfter((d) => void delete d.noise);
      expect(of(linted, 'noise-kinds')).toEqual(['noise no noise; expected at least 3 kinds of flapping, duplicate, unrelated, storm, notification']);
      expect(linted.problems.find((p) => p.rule === 'noise-kinds')).toMatchObject({ line: 1 });
    });

    it('keeps three kinds, however many generators', () => {
      const linted = lintAfter((d) => {
        d.noise = d.noise.filter((n: Data) => n.kind !== 'notification');
        d.noise.push({ ...d.noise[0], id: 'second-flap' });
      });
      expect(of(linted, 'noise-kinds')).toEqual([]);
    });
  });

  describe('ignored-field', () => {
    it('reports when.mitigation and when.person on conditions that ignore them, at the field', () => {
      const linted = lintAfter((d) => {
        d.timeline.push(
          { when: { kind: 'not-mitigated', for: '20m', mitigation: 'rollback-api' }, type: 'message', from: 'sofia', text: 'Still broken.' },
          { when: { kind: 'no-commander', for: '5m', person: 'ana' }, type: 'message', from: 'sofia', text: 'Who leads?' },
        );
      });
      expect(of(linted, 'ignored-field')).toEqual([
        'timeline[4].when.mitigation a "not-mitigated" condition ignores mitigation; only "mitigation-applied" reads it',
        'timeline[5].when.person a "no-commander" condition ignores person; only "person-paged" reads it',
      ]);
    });

    it('reports triggers on a mitigation that does not backfire', () => {
      const linted = lintAfter((d) => {
        byId(d.mitigations, 'scale-api').triggers = 'db-reconnect-storm';
      });
      expect(of(linted, 'ignored-field')).toEqual(['mitigations[1].triggers triggers is ignored unless the outcome is "backfires" (this one fails)']);
    });

    it('keeps the fields on the kinds that read them', () => {
      const linted = lintAfter((d) => {
        d.timeline.push({ when: { kind: 'person-paged', person: 'ana', for: '3m' }, type: 'message', from: 'ana', text: 'Here.' });
      });
      expect(of(linted, 'ignored-field')).toEqual([]);
    });
  });

  describe('escalation-loop', () => {
    it('reports A -> B -> A at the escalatesTo that closes the loop', () => {
      const linted = lintAfter((d) => {
        byId(d.people, 'ben').escalatesTo = 'ana';
      });
      expect(of(linted, 'escalation-loop')).toEqual(['people[2].escalatesTo escalation goes round in a loop: ana -> ben -> ana; an unanswered page must end with someone']);
    });

    it('reports a longer loop once', () => {
      const linted = lintAfter((d) => {
        byId(d.people, 'ben').escalatesTo = 'grace';
        byId(d.people, 'grace').escalatesTo = 'ana';
        byId(d.people, 'raj').escalatesTo = 'ana';
      });
      expect(of(linted, 'escalation-loop')).toEqual(['people[4].escalatesTo escalation goes round in a loop: ana -> ben -> grace -> ana; an unanswered page must end with someone']);
    });

    it('keeps a chain that ends', () => {
      const linted = lintAfter((d) => {
        byId(d.people, 'ben').escalatesTo = 'grace';
        byId(d.people, 'raj').escalatesTo = 'ana';
      });
      expect(of(linted, 'escalation-loop')).toEqual([]);
    });
  });

  describe('fault-never-starts', () => {
    const orphan = { id: 'disk-full', kind: 'resource-exhaustion', service: 'db', description: 'The disk fills.', effect: { errorRate: 0.2 } };

    it('reports a fault with no onset that nothing starts', () => {
      const linted = lintAfter((d) => void d.faults.push(orphan));
      expect(of(linted, 'fault-never-starts')).toEqual([
        'faults[2].id fault "disk-full" never starts: give it an onset, start it from a timeline inject, or name it in a backfiring mitigation\'s triggers',
      ]);
    });

    it('keeps a fault a timeline inject starts, and one a backfire starts', () => {
      const linted = lintAfter((d) => {
        d.faults.push(orphan);
        d.timeline.push({ when: { kind: 'not-mitigated', for: '25m' }, type: 'fault', fault: 'disk-full' });
      });
      expect(of(linted, 'fault-never-starts')).toEqual([]);
      // db-reconnect-storm has no onset either: restart-api-all backfires into it.
      expect(of(lintAfter(() => {}), 'fault-never-starts')).toEqual([]);
    });
  });

  describe('after-end', () => {
    it('reports noise until and an escalation latest after the end', () => {
      const linted = lintAfter((d) => {
        d.noise[1].until = '50m';
        d.escalation[1].latest = '1h';
      });
      expect(of(linted, 'after-end')).toEqual(['noise[1].until 50m is after the end of the drill (45m)', 'escalation[1].latest 1h is after the end of the drill (45m)']);
      expect(linted.problems.find((p) => p.path === 'noise[1].until')).toMatchObject(placeOf(linted.text, /^\s+until: 50m$/, '50m'));
    });

    it('reports an inject at the very end and a condition as long as the drill', () => {
      const linted = lintAfter((d) => {
        d.timeline[0].at = '45m';
        d.timeline[1].when.for = '45m';
      });
      expect(of(linted, 'after-end')).toEqual([
        'timeline[0].at 45m is the very end of the drill; nobody will see this inject',
        'timeline[1].when.for 45m is not shorter than the drill (45m); this inject can never fire',
      ]);
    });

    it('keeps times just inside the drill', () => {
      const linted = lintAfter((d) => {
        d.noise[1].until = '45m';
        d.escalation[1].latest = '45m';
        d.timeline[0].at = '44m59s';
        d.timeline[1].when.for = '44m';
      });
      expect(of(linted, 'after-end')).toEqual([]);
    });
  });

  describe('shift-relief-window', () => {
    it('reports a shift whose relief has no escalation window, at the relief', () => {
      const linted = lintAfter((d) => {
        d.shift = { endsAt: '40m', relief: 'raj' };
      });
      expect(of(linted, 'shift-relief-window')).toEqual([
        'shift.relief the shift ends at 40m but "raj" has no escalation window; add one that opens before the shift ends so the relief is paged in time',
      ]);
      expect(linted.problems.find((p) => p.rule === 'shift-relief-window')).toMatchObject(placeOf(linted.text, /^\s+relief: raj$/, 'raj'));
    });

    it('reports a relief window that opens after the shift ends', () => {
      const linted = lintAfter((d) => {
        d.shift = { endsAt: '20m', relief: 'ben' };
        d.escalation[1].earliest = '25m';
        d.escalation[1].latest = '30m';
      });
      expect(of(linted, 'shift-relief-window')).toEqual(["escalation[1].earliest the relief's window opens at 25m, after the shift ends (20m)"]);
    });

    it('keeps a shift whose relief is paged before it ends', () => {
      const linted = lintAfter((d) => {
        d.shift = { endsAt: '40m', relief: 'ben' };
      });
      expect(of(linted, 'shift-relief-window')).toEqual([]);
    });
  });

  describe('textbook-par', () => {
    it('reports a textbook run over par, and one that never mitigates, at parMitigation', () => {
      const over = lintAfter(() => {}, { seed: 1, mitigatedAt: 1500, incidentStart: 120 });
      expect(of(over, 'textbook-par')).toEqual([
        'truth.parMitigation the textbook bot (seed 1) mitigates 23m after the incident became visible, over par (15m); raise par or make the right mitigation easier to find',
      ]);
      expect(over.problems[0]).toMatchObject(placeOf(over.text, /^\s+parMitigation: 15m$/, '15m'));
      const never = lintAfter(() => {}, { seed: 1, mitigatedAt: null, incidentStart: 120 });
      expect(of(never, 'textbook-par')).toEqual([
        'truth.parMitigation the textbook bot (seed 1) never mitigates; par is 15m. Check that the right mitigations fix the faults and that a responder can apply them',
      ]);
    });

    it('keeps a run exactly at par, and skips the check without a run', () => {
      expect(of(lintAfter(() => {}, { seed: 1, mitigatedAt: 1020, incidentStart: 120 }), 'textbook-par')).toEqual([]);
      expect(of(lintAfter((d) => void (d.truth.parMitigation = '1s')), 'textbook-par')).toEqual([]);
    });
  });
});
