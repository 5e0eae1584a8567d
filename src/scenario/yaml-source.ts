// Reading untrusted YAML (or JSON) text: never throws, and keeps a way back from a path in the
// data to the line and column in the file, so every problem can point at its place.
import { isAlias, isMap, isNode, isScalar, isSeq, Lexer, LineCounter, parseDocument, Scalar, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { describeValue, suggest } from './wording';

export { describeValue } from './wording';

export type ProblemPath = (string | number)[];

export interface ScenarioProblem {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

/**
 * Line and column for a path in the data. A scalar value points at the value itself; a mapping or
 * list points at the key that holds it; a path that is not in the file (a missing field) points at
 * the nearest mapping or list that is. `{ key: true }` points at the key even for a scalar value.
 */
export type Locate = (path: ProblemPath, options?: { key?: boolean }) => { line: number; column: number };

export type YamlRead = { ok: true; data: unknown; locate: Locate } | { ok: false; errors: ScenarioProblem[] };

/** Aliases (`*name`) may expand to at most this many nodes in all: enough for any real file. */
const MAX_ALIAS_COUNT = 100;

/**
 * Nesting limits, checked before the file is parsed. The yaml library builds documents recursively;
 * a few kilobytes of `[[[[...` or of ever deeper indentation exhaust the stack, and in V8 that can
 * end the whole process (not a catchable error) when a regular expression is compiled at that depth.
 * Real files stay far below both limits.
 */
const MAX_FLOW_DEPTH = 64;
const MAX_INDENT = 200;

/** The offset where the text nests deeper than the limits above, or null. Uses the library's (iterative) lexer. */
function tooDeep(source: string): number | null {
  let offset = 0;
  let flowDepth = 0;
  let atLineStart = true;
  let indent = 0;
  for (const token of new Lexer().lex(source)) {
    // The lexer's control tokens (document start, scalar start, flow error end) take no room in the text.
    if (token === '\x02' || token === '\x1f' || token === '\x18') continue;
    if (token === '[' || token === '{') {
      flowDepth++;
      if (flowDepth > MAX_FLOW_DEPTH) return offset;
    } else if ((token === ']' || token === '}') && flowDepth > 0) {
      flowDepth--;
    }
    if (token === '\n' || token === '\r\n') {
      atLineStart = true;
      indent = 0;
    } else if (atLineStart) {
      // Indentation, and the "- " / "? " / ": " indicators that open a nested block on the same line.
      if (/^[ \t]+$/.test(token) || token === '-' || token === '?' || token === ':') {
        indent += token.length;
        if (indent > MAX_INDENT) return offset;
      } else {
        atLineStart = false;
      }
    }
    offset += token.length;
  }
  return null;
}

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

/** A node of the parsed file, the pair holding it (when it is a mapping value) and how it was reached. */
interface Placed {
  node: Node | null;
  pair: Pair | null;
  parent: Placed | null;
  key: string | number | null;
}

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

/** The data path of a placed node, e.g. ['people', 0, 'title']. */
function pathOf(placed: Placed): ProblemPath {
  const path: ProblemPath = [];
  for (let at: Placed | null = placed; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

/**
 * The first node of the document (depth first, in file order) that matches. Iterative, and paths
 * are only built on request, so a hostile, deeply nested file costs time linear in its size.
 * Aliases are not followed.
 */
function findPlaced(root: unknown, match: (placed: Placed) => boolean): Placed | undefined {
  const stack: Placed[] = [{ node: isNode(root) ? root : null, pair: null, parent: null, key: null }];
  while (stack.length > 0) {
    const placed = stack.pop()!;
    if (match(placed)) return placed;
    const { node } = placed;
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i]!;
        const key = keyOf(item);
        stack.push({ node: isNode(item.value) ? item.value : null, pair: item, parent: placed, key: typeof key === 'number' ? key : String(key) });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        stack.push({ node: isNode(item) ? item : null, pair: null, parent: placed, key: i });
      }
    }
  }
  return undefined;
}

export function readYaml(source: string, file: string): YamlRead {
  const deep = tooDeep(source);
  if (deep !== null) {
    const before = source.slice(0, deep);
    const line = before.split('\n').length;
    const column = deep - before.lastIndexOf('\n');
    return { ok: false, errors: [{ file, line, column, path: '(yaml)', message: 'invalid YAML: the file is nested too deeply' }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return { ok: false, errors: yamlProblems(doc, doc.errors, file, at) };
  }

  /** The node at a path and the pair holding it; `node` is undefined when the path is not in the file. */
  const find = (path: ProblemPath): { node: Node | undefined; pair: Pair | null } => {
    let node: unknown = doc.contents;
    let pair: Pair | null = null;
    for (const key of path) {
      if (isMap(node)) {
        pair = node.items.find((item) => keyOf(item) === key || String(keyOf(item)) === String(key)) ?? null;
        if (!pair) return { node: undefined, pair: null };
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        pair = null;
        node = node.items[key];
      } else {
        // A scalar, an alias (not followed) or nothing: the path goes no further in the file.
        return { node: undefined, pair: null };
      }
    }
    return { node: isNode(node) ? node : undefined, pair };
  };
  const startOf = (node: Node | null | undefined) => (node?.range ? at(node.range[0]) : { line: 1, column: 1 });
  const placeOf = (node: Node, pair: Pair | null, preferKey: boolean) => {
    const keyNode = pair && isNode(pair.key) ? pair.key : null;
    const emptyScalar = isScalar(node) && !!node.range && node.range[0] === node.range[1];
    if (keyNode && (preferKey || !isScalar(node) || emptyScalar)) return startOf(keyNode);
    return startOf(node);
  };

  const locate: Locate = (path, options = {}) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const found = find(path.slice(0, depth));
      if (found.node) return placeOf(found.node, found.pair, options.key === true || depth < path.length);
      // `key:` with nothing after it: no value node, but the key is there.
      if (depth === path.length && found.pair && isNode(found.pair.key)) return startOf(found.pair.key);
    }
    return startOf(isNode(doc.contents) ? doc.contents : null);
  };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // Alias bombs ("billion laughs"): the yaml library refuses them by throwing.
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      const firstAlias = findPlaced(doc.contents, (placed) => isAlias(placed.node));
      return {
        ok: false,
        errors: [
          {
            file,
            ...(firstAlias ? placeOf(firstAlias.node!, firstAlias.pair, false) : { line: 1, column: 1 }),
            path: '(yaml)',
            message: 'invalid YAML: the aliases (*name) expand to too much data; write the values out instead',
          },
        ],
      };
    }
    const plainMessage = /call stack/i.test(message) ? 'the file is nested too deeply' : lowerFirst(firstLine(message));
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '(yaml)', message: `invalid YAML: ${plainMessage}` }] };
  }
  return { ok: true, data, locate };
}

/** Problems for the YAML library's errors, in plain words and at the place the author has to look. */
function yamlProblems(doc: Document.Parsed, errors: readonly YAMLError[], file: string, at: (offset: number) => { line: number; column: number }): ScenarioProblem[] {
  // Tabs used for indentation make every later line fail in confusing ways: report only the first.
  const tabs = errors.filter((error) => error.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) {
    return [
      {
        file,
        ...at(tabs[0]!.pos[0]),
        path: '(yaml)',
        message: 'invalid YAML: tabs are not allowed for indentation; indent with spaces',
      },
    ];
  }
  const problems: ScenarioProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = yamlProblem(error, doc, file, at);
    const id = `${problem.line}:${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems;
}

function yamlProblem(error: YAMLError, doc: Document.Parsed, file: string, at: (offset: number) => { line: number; column: number }): ScenarioProblem {
  const offset = error.pos[0];
  const plain = (message: string): ScenarioProblem => ({ file, ...at(offset), path: '(yaml)', message: `invalid YAML: ${message}` });
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const dup = findPlaced(doc.contents, (p) => p.pair !== null && isNode(p.pair.key) && p.pair.key.range?.[0] === offset);
      if (!dup?.pair || !isMap(dup.parent?.node)) return plain('the same key appears twice in one mapping');
      const key = keyOf(dup.pair);
      const first = dup.parent.node.items.find((item) => item !== dup.pair && keyOf(item) === key);
      const firstKey = first?.key;
      const firstLineText = isNode(firstKey) && firstKey.range ? ` (first set on line ${at(firstKey.range[0]).line})` : '';
      return { file, ...at(offset), path: formatPath(pathOf(dup)), message: `duplicate key "${String(key)}"${firstLineText}` };
    }
    case 'MISSING_CHAR': {
      if (/quote/i.test(error.message)) {
        // The library reports an unclosed quote where the file ends; the author needs the opening quote.
        const open = findPlaced(
          doc.contents,
          (p) =>
            isScalar(p.node) &&
            (p.node.type === Scalar.QUOTE_DOUBLE || p.node.type === Scalar.QUOTE_SINGLE) &&
            !!p.node.range &&
            p.node.range[0] < offset &&
            p.node.range[1] >= offset,
        );
        const quote = /'/.test(error.message) ? "'" : '"';
        if (open?.node?.range) {
          return { file, ...at(open.node.range[0]), path: '(yaml)', message: `invalid YAML: this quoted text is never closed (missing the closing ${quote})` };
        }
        return plain(`a quoted text is never closed (missing the closing ${quote})`);
      }
      return plain(lowerFirst(firstLine(error.message)));
    }
    case 'MULTIPLE_DOCS':
      return plain('expected a single YAML document; remove the second "---" and what follows it');
    case 'BAD_INDENT':
      return plain(`wrong indentation: ${lowerFirst(firstLine(error.message))}`);
    default:
      // The library turns its own stack overflow on absurdly deep nesting into an error.
      if (/call stack/i.test(error.message)) return plain('the file is nested too deeply');
      return plain(lowerFirst(firstLine(error.message)));
  }
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

// ---------------------------------------------------------------------------------------------
// zod issues in plain English

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
  null: 'nothing',
};

const got = (issue: { input?: unknown }) => ('input' in issue ? `, got ${describeValue(issue.input)}` : '');
const oneOf = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * zod error map for the default messages of a schema, in the words of a scenario author: pass it as
 * `schema.safeParse(data, { error: plainErrorMap })`. Messages a schema sets itself win over it.
 */
export const plainErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}${got(issue)}`;
    case 'invalid_union':
      if (issue.input === undefined) return 'is required';
      if (issue.discriminator !== undefined && 'options' in issue && Array.isArray(issue.options) && issue.options.length > 0) {
        // zod puts the discriminator on the path, so the message is about that field's value.
        const value = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[issue.discriminator] : undefined;
        if (value === undefined) return 'is required';
        return `expected one of ${oneOf(issue.options)}, got ${describeValue(value)}`;
      }
      return `does not match any of the allowed forms${got(issue)}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return issue.values.length === 1 ? `expected ${JSON.stringify(issue.values[0])}${got(issue)}` : `expected one of ${oneOf(issue.values)}${got(issue)}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'expected a web address like "https://..."';
      if (issue.format === 'regex') return 'has the wrong format';
      return `expected ${issue.format}`;
    case 'too_small':
      return sizeMessage('at least', issue.minimum, issue.inclusive !== false, 'above', issue.origin);
    case 'too_big':
      return sizeMessage('at most', issue.maximum, issue.inclusive !== false, 'below', issue.origin);
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return issue.keys.map((key) => `unknown field "${key}"${suggest(key, knownFields(issue.inst))}`).join('; ');
    default:
      return undefined;
  }
};

function sizeMessage(word: string, limit: number | bigint, inclusive: boolean, strictWord: string, origin: string): string {
  const n = String(limit);
  if (origin === 'array' || origin === 'set') {
    if (word === 'at least' && n === '1') return 'expected at least one item';
    return `expected ${word} ${n} item${n === '1' ? '' : 's'}`;
  }
  if (origin === 'string') {
    if (word === 'at least' && n === '1') return 'expected some text';
    return `expected text of ${word} ${n} character${n === '1' ? '' : 's'}`;
  }
  return inclusive ? `expected a number ${word} ${n}` : `expected a number ${strictWord} ${n}`;
}

/** The field names an object schema knows (for "did you mean"). */
function knownFields(inst: unknown): string[] {
  const def = (inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def;
  return def?.shape && typeof def.shape === 'object' ? Object.keys(def.shape) : [];
}

/**
 * Plain-English text for a finished zod issue. Issues parsed with {@link plainErrorMap} already
 * carry it; for others this replaces zod's default texts for the common cases.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    if (issue.message.startsWith('unknown field')) return issue.message;
    return issue.keys.map((k) => `unknown field "${k}"`).join('; ');
  }
  // zod's own English (used when no error map was given) starts with "Invalid"; anything else was chosen on purpose.
  if (!/^Invalid /.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    if (/received undefined$/.test(issue.message)) return 'is required';
    return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    return issue.values.length === 1 ? `expected ${JSON.stringify(issue.values[0])}` : `expected one of ${oneOf(issue.values)}`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'expected a web address like "https://..."';
  return issue.message;
}

export function zodProblems(issues: readonly z.core.$ZodIssue[], file: string, locate: Locate): ScenarioProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown field, at the field's own line.
      // plainErrorMap writes one "unknown field ..." text per key, joined with "; ".
      const messages = describeIssue(issue).split('; ');
      const aligned = messages.length === issue.keys.length;
      return issue.keys.map((key, i) => {
        const keyPath = [...path, key];
        return { file, ...locate(keyPath, { key: true }), path: formatPath(keyPath), message: aligned ? messages[i]! : `unknown field "${key}"` };
      });
    }
    return [{ file, ...locate(path), path: formatPath(path), message: describeIssue(issue) }];
  });
}
