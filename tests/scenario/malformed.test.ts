import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenario, type ParseResult } from '../../src/scenario/parse';

// Each file in tests/fixtures/malformed/ is tests/fixtures/valid/minimal.yaml with one kind of
// mistake (its first line says which). The table says where the problem must be reported.

const root = fileURLToPath(new URL('../..', import.meta.url));
const MALFORMED_DIR = 'tests/fixtures/malformed';

interface Expected {
  path: string;
  message: string;
  line: number;
}

const CASES: Record<string, Expected & { also?: Expected[] }> = {
  // YAML that does not parse
  'yaml-bad-indentation.yaml': { path: '(yaml)', message: 'wrong indentation', line: 13 },
  'yaml-unclosed-quote.yaml': { path: '(yaml)', message: 'quoted text is never closed', line: 13 },
  'tab-indented.yaml': { path: '(yaml)', message: 'tabs are not allowed for indentation', line: 9 },
  'duplicate-key.yaml': { path: 'people[0].title', message: 'duplicate key "title" (first set on line 49)', line: 50 },
  'alias-bomb.yaml': { path: '(yaml)', message: 'aliases (*name) expand to too much data', line: 6 },
  'deeply-nested.yaml': { path: '(yaml)', message: 'the file is nested too deeply', line: 8 },
  // YAML that is not a scenario mapping
  'top-level-list.yaml': { path: '(top)', message: 'expected a scenario: a YAML mapping', line: 2 },
  'empty.yaml': { path: '(top)', message: 'the file is empty', line: 1 },
  // schema
  'wrong-schema-version.yaml': { path: 'schemaVersion', message: 'expected schemaVersion 1, got 2', line: 2 },
  'wrong-type.yaml': { path: 'users', message: 'expected a number, got text "a thousand"', line: 15 },
  'bad-duration.yaml': { path: 'mitigations[0].delay', message: 'expected a duration like "5m"', line: 68 },
  'unknown-field-top.yaml': {
    path: 'servcies',
    message: 'unknown field "servcies" (did you mean "services"?)',
    line: 16,
    // A missing field points at the mapping that lacks it: here the whole document, which starts on line 2.
    also: [{ path: 'services', message: 'is required', line: 2 }],
  },
  'unknown-field-nested.yaml': { path: 'faults[0].onsett', message: 'unknown field "onsett" (did you mean "onset"?)', line: 32 },
  'missing-required-field.yaml': { path: 'services[1].team', message: 'is required', line: 23 },
  'severity-out-of-range.yaml': { path: 'truth.severity[0].level', message: 'expected a severity level from 1 to 4', line: 75 },
  'bad-enum.yaml': { path: 'difficulty', message: 'expected one of "intro", "standard", "advanced"', line: 6 },
  'bad-reference-url.yaml': { path: 'references[0].url', message: 'expected a web address like "https://..."', line: 10 },
  'number-out-of-range.yaml': { path: 'services[0].userFacing', message: 'expected a number from 0 to 1', line: 20 },
  // semantic checks
  'unknown-service.yaml': { path: 'faults[0].service', message: 'unknown service "apii" (did you mean "api"?)', line: 30 },
  'unknown-fault-in-fixes.yaml': { path: 'mitigations[0].fixes[0]', message: 'unknown fault "bad-relase" (did you mean "bad-release"?)', line: 69 },
  'unknown-person-in-escalation.yaml': { path: 'escalation[0].person', message: 'unknown person "carol"', line: 80 },
  'inject-after-end.yaml': { path: 'timeline[0].at', message: '45m is after the end of the drill (30m)', line: 59 },
  'escalation-window-inverted.yaml': { path: 'escalation[0].latest', message: 'the window closes before it opens', line: 82 },
  'dependency-cycle.yaml': { path: 'services[1].dependsOn[0]', message: 'dependencies form a cycle: api -> db -> api', line: 26 },
  'duplicate-ids.yaml': { path: 'mitigations[1].id', message: 'duplicate id "rollback-api" (first used at mitigations[0])', line: 70 },
  'noise-until-before-from.yaml': { path: 'noise[0].until', message: 'ends before it starts', line: 42 },
};

function parseFile(relative: string): ParseResult {
  const text = readFileSync(`${root}/${relative}`, 'utf8');
  let result: ParseResult | undefined;
  expect(() => {
    result = parseScenario(text, relative);
  }).not.toThrow();
  return result!;
}

describe('malformed scenarios', () => {
  const files = readdirSync(`${root}/${MALFORMED_DIR}`).filter((name) => name.endsWith('.yaml'));

  it('has a table entry for every file in the corpus, and a file for every entry', () => {
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  describe.each(Object.entries(CASES))('%s', (name, expected) => {
    const file = `${MALFORMED_DIR}/${name}`;

    it.each([expected, ...(expected.also ?? [])])('reports $path: $message (line $line)', (want) => {
      const result = parseFile(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const atPath = result.errors.filter((error) => error.path === want.path);
      expect(atPath, `errors were:\n${result.errors.map(formatProblem).join('\n')}`).not.toHaveLength(0);
      const match = atPath.find((error) => error.message.includes(want.message));
      expect(match, `messages at ${want.path}: ${atPath.map((e) => e.message).join(' | ')}`).toBeDefined();
      expect(match!.line).toBe(want.line);
      expect(match!.file).toBe(file);
      expect(formatProblem(match!)).toContain(`${file}:${want.line}:`);
    });

    it('reports every problem with a place in the file', () => {
      const result = parseFile(file);
      if (result.ok) throw new Error('expected problems');
      for (const error of result.errors) {
        expect(error.file).toBe(file);
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.column).toBeGreaterThanOrEqual(1);
        expect(error.message).not.toMatch(/^Invalid|received undefined|Unrecognized key/);
      }
    });
  });

  it('starts every non-empty fixture with a comment saying which mistake it holds', () => {
    for (const name of files) {
      const text = readFileSync(`${root}/${MALFORMED_DIR}/${name}`, 'utf8');
      if (text.trim() !== '') expect(text, name).toMatch(/^# \S/);
    }
  });
});

describe('valid scenarios', () => {
  const scenarioFiles = readdirSync(`${root}/scenarios`)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `scenarios/${name}`);

  it('finds the shipped scenarios', () => {
    expect(scenarioFiles.length).toBeGreaterThan(0);
  });

  it.each(['tests/fixtures/valid/minimal.yaml', ...scenarioFiles])('%s parses', (file) => {
    const result = parseFile(file);
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
  });

  it('reads durations in seconds and fills in defaults', () => {
    const result = parseFile('tests/fixtures/valid/minimal.yaml');
    if (!result.ok) throw new Error('minimal.yaml should parse');
    const { scenario } = result;
    expect(scenario.duration).toBe(1800);
    expect(scenario.faults[0]!.onset).toBe(60);
    expect(scenario.faults[0]!.ramp).toBe(60);
    expect(scenario.people[1]!.behaviour).toEqual({ ackDelay: 120, answersPages: true, workDelay: 60 });
    expect(scenario.alerts).toEqual([]);
  });
});

describe('parseScenario on arbitrary text', () => {
  const minimal = readFileSync(`${root}/tests/fixtures/valid/minimal.yaml`, 'utf8');

  function expectProblemsOrScenario(text: string) {
    let result: ParseResult | undefined;
    expect(() => {
      result = parseScenario(text, 'fuzz.yaml');
    }).not.toThrow();
    if (!result!.ok) {
      expect(result!.errors.length).toBeGreaterThan(0);
      for (const error of result!.errors) {
        expect(error.file).toBe('fuzz.yaml');
        expect(Number.isInteger(error.line) && error.line >= 1).toBe(true);
        expect(error.message.length).toBeGreaterThan(0);
      }
    }
  }

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectProblemsOrScenario), { numRuns: 300 });
  }, 30_000);

  it('never throws on minimal.yaml with a slice cut out or replaced', () => {
    fc.assert(
      fc.property(fc.nat(minimal.length), fc.nat(40), fc.string({ maxLength: 8 }), (start, length, insert) => {
        expectProblemsOrScenario(minimal.slice(0, start) + insert + minimal.slice(start + length));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
