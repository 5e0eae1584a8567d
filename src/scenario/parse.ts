// One door for scenario text: YAML -> schema -> semantic checks. Never throws; every problem
// comes back with the file, line, column and the path inside the document.
import { scenarioSchema, type Scenario } from './schema';
import { checkScenario } from './semantics';
import { describeValue } from './wording';
import { formatPath, plainErrorMap, readYaml, zodProblems, type ScenarioProblem } from './yaml-source';

export { formatPath, formatProblem, type ProblemPath, type ScenarioProblem } from './yaml-source';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioProblem[] };

const EXPECTED_SCENARIO = 'expected a scenario: a YAML mapping with fields such as schemaVersion, id and title';

export function parseScenario(source: string, file: string): ParseResult {
  try {
    return parseUnguarded(source, file);
  } catch (error) {
    // Nothing below should throw; if something does, it is still a problem report, not a crash.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '(top)', message: `could not read the scenario: ${message}` }] };
  }
}

function parseUnguarded(source: string, file: string): ParseResult {
  const read = readYaml(source, file);
  if (!read.ok) return read;
  const { data, locate } = read;
  if (data === null || data === undefined) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '(top)', message: `the file is empty; ${EXPECTED_SCENARIO}` }] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: [{ file, ...locate([]), path: '(top)', message: `${EXPECTED_SCENARIO}, got ${describeValue(data)}` }] };
  }
  const parsed = scenarioSchema.safeParse(data, { error: plainErrorMap });
  if (!parsed.success) return { ok: false, errors: zodProblems(parsed.error.issues, file, locate) };
  const problems = checkScenario(parsed.data);
  if (problems.length > 0) {
    return { ok: false, errors: problems.map((p) => ({ file, ...locate(p.path), path: formatPath(p.path), message: p.message })) };
  }
  return { ok: true, scenario: parsed.data };
}
