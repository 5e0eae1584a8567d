import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editDistance, suggest } from '../../src/scenario/wording';
import { describeIssue, formatPath, formatProblem, plainErrorMap, readYaml, zodProblems } from '../../src/scenario/yaml-source';

const SOURCE = `# a comment
name: demo
briefing:
  role: on call
items:
  - id: a
    size: 3
  - id: b
flow: { x: 1 }
empty:
`;

function read(source = SOURCE) {
  const result = readYaml(source, 'demo.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return result;
}

describe('formatPath and formatProblem', () => {
  it('writes paths the way authors read them', () => {
    expect(formatPath(['timeline', 3, 'at'])).toBe('timeline[3].at');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('(top)');
  });

  it('writes one line per problem', () => {
    expect(formatProblem({ file: 'a.yaml', line: 3, column: 5, path: 'users', message: 'is required' })).toBe('a.yaml:3:5 users is required');
  });
});

describe('readYaml locate', () => {
  const { locate } = read();

  it('points at a scalar value', () => {
    expect(locate(['name'])).toEqual({ line: 2, column: 7 });
    expect(locate(['items', 0, 'size'])).toEqual({ line: 7, column: 11 });
    expect(locate(['flow', 'x'])).toEqual({ line: 9, column: 12 });
  });

  it('points at the key of a mapping or list value', () => {
    expect(locate(['briefing'])).toEqual({ line: 3, column: 1 });
    expect(locate(['items'])).toEqual({ line: 5, column: 1 });
  });

  it('points at the key when asked to, and for an empty value', () => {
    expect(locate(['name'], { key: true })).toEqual({ line: 2, column: 1 });
    expect(locate(['empty'])).toEqual({ line: 10, column: 1 });
  });

  it('points a missing field at the mapping that lacks it', () => {
    expect(locate(['briefing', 'situation'])).toEqual({ line: 3, column: 1 });
    expect(locate(['items', 1, 'size'])).toEqual({ line: 8, column: 5 });
    expect(locate(['flow', 'y'])).toEqual({ line: 9, column: 1 });
    expect(locate(['missing'])).toEqual({ line: 2, column: 1 });
    expect(locate(['items', 7, 'id'])).toEqual({ line: 5, column: 1 });
  });
});

describe('readYaml errors', () => {
  it('never throws on bytes that are not YAML', () => {
    for (const text of ['\u0000\u0001', '{{{{', ']', '"', '- - - -\n  x: [', '&a [*a]', '!!binary zz', '? [a]\n: b', 'a: !!int x']) {
      expect(() => readYaml(text, 'x.yaml')).not.toThrow();
    }
  });

  it('refuses more than one document', () => {
    const result = readYaml('a: 1\n---\nb: 2\n', 'x.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: '(yaml)', line: 2, message: expect.stringContaining('single YAML document') });
  });

  it('names the path of a duplicate key', () => {
    const result = readYaml('a:\n  - b: 1\n    c: 2\n    b: 3\n', 'x.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ file: 'x.yaml', line: 4, column: 5, path: 'a[0].b', message: 'duplicate key "b" (first set on line 2)' }]);
  });
});

describe('plain-English zod messages', () => {
  const schema = z.strictObject({ count: z.number(), kind: z.enum(['a', 'b']), tags: z.array(z.string()).min(1), url: z.url(), nested: z.strictObject({ on: z.boolean() }) });
  const bad = { count: 'x', kind: 'c', tags: [], url: 'nope', nested: { on: 'yes', onn: true }, extra: 1 };

  it('with plainErrorMap', () => {
    const result = schema.safeParse(bad, { error: plainErrorMap });
    const problems = zodProblems(result.error!.issues, 'f', () => ({ line: 1, column: 1 })).map((p) => `${p.path} ${p.message}`);
    expect(problems).toEqual([
      'count expected a number, got text "x"',
      'kind expected one of "a", "b", got text "c"',
      'tags expected at least one item',
      'url expected a web address like "https://..."',
      'nested.on expected true or false, got text "yes"',
      'nested.onn unknown field "onn" (did you mean "on"?)',
      'extra unknown field "extra"',
    ]);
  });

  it('says "is required" for a missing field', () => {
    const result = schema.safeParse({}, { error: plainErrorMap });
    expect(new Set(result.error!.issues.map((i) => i.message))).toEqual(new Set(['is required']));
  });

  it('without the error map, describeIssue still avoids zod’s default texts', () => {
    const result = schema.safeParse(bad);
    const messages = result.error!.issues.map(describeIssue);
    expect(messages).toEqual(expect.arrayContaining(['expected a number', 'expected one of "a", "b"', 'expected a web address like "https://..."', 'unknown field "extra"']));
    const missing = schema.safeParse({ ...bad, count: undefined });
    expect(missing.error!.issues.map(describeIssue)).toContain('is required');
  });

  it('keeps a message a schema sets itself', () => {
    const own = z.object({ n: z.number({ error: 'expected a count' }) });
    const result = own.safeParse({ n: 'x' }, { error: plainErrorMap });
    expect(describeIssue(result.error!.issues[0]!)).toBe('expected a count');
  });
});

describe('suggest', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('servcies', 'services')).toBe(1);
    expect(editDistance('onsett', 'onset')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests a close name, and nothing for a far one', () => {
    expect(suggest('checkuot', ['checkout', 'catalog'])).toBe(' (did you mean "checkout"?)');
    expect(suggest('bob', ['ben', 'ana'])).toBe('');
    expect(suggest('payments', ['web'])).toBe('');
  });
});
