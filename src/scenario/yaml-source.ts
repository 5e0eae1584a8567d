// Reading untrusted YAML (or JSON) text: never throws, and keeps a way back from a path in the
// data to the line and column in the file, so every problem can point at its place.
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

export type ProblemPath = (string | number)[];

export interface ScenarioProblem {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export type Locate = (path: ProblemPath) => { line: number; column: number };

export type YamlRead = { ok: true; data: unknown; locate: Locate } | { ok: false; errors: ScenarioProblem[] };

/** "timeline[3].at" for ['timeline', 3, 'at']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(top)';
}

/** The one-line form the CLI prints: `file:line:col path message`. */
export function formatProblem(problem: ScenarioProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.path} ${problem.message}`;
}

const firstLine = (message: string): string => (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');

export function readYaml(source: string, file: string): YamlRead {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const pos = lines.linePos(error.pos[0]);
        return { file, line: pos.line, column: pos.col, path: '(yaml)', message: `invalid YAML: ${firstLine(error.message)}` };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Alias bombs and the like: the yaml library refuses them by throwing.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '(yaml)', message: `invalid YAML: ${firstLine(message)}` }] };
  }
  const locate: Locate = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const pos = lines.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { ok: true, data, locate };
}

/** Plain-English text for a zod issue, in the words an author of a scenario file would use. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}

export function zodProblems(issues: readonly z.core.$ZodIssue[], file: string, locate: Locate): ScenarioProblem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    return { file, ...locate(path), path: formatPath(path), message: describeIssue(issue) };
  });
}
