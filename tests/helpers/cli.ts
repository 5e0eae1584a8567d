// Runs the `drill` CLI in-process with its output captured, for the CLI tests.
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/drill';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Captured {
  code: number;
  /** Each call to io.out / io.err, as written. */
  out: string[];
  err: string[];
}

export function drill(...argv: string[]): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

/** All lines written to a stream. */
export const linesOf = (chunks: string[]): string[] => chunks.join('\n').split('\n');

/** One short line on stderr: no usage dump, no stack trace. */
export function expectOneClearLine(result: Captured, pattern: RegExp): void {
  expect(result.out).toEqual([]);
  const lines = linesOf(result.err);
  expect(lines, result.err.join('\n')).toHaveLength(1);
  expect(lines[0]).toMatch(/^drill: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).not.toMatch(/\n\s+at /);
}
