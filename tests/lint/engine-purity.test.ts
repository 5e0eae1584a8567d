import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Proves that eslint.config.js keeps the simulation core pure: each forbidden construct is reported
// under every core folder, and the same code is accepted in src/ui.

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CORE_DIRS = ['src/engine', 'src/scoring', 'src/scenario', 'src/bots', 'src/doctrine'];
const PURITY_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-properties',
  'no-restricted-globals',
  'no-restricted-syntax',
]);

interface Case {
  name: string;
  code: string;
  rule: string;
}

const FORBIDDEN: Case[] = [
  { name: 'import react', code: "import { useState } from 'react';\nexport const h = useState;\n", rule: 'no-restricted-imports' },
  { name: 'import type from react', code: "import type { FC } from 'react';\nexport type T = FC;\n", rule: 'no-restricted-imports' },
  { name: 'import react/jsx-runtime', code: "import { jsx } from 'react/jsx-runtime';\nexport const j = jsx;\n", rule: 'no-restricted-imports' },
  { name: 'import react-dom', code: "import { flushSync } from 'react-dom';\nexport const f = flushSync;\n", rule: 'no-restricted-imports' },
  { name: 'import react-dom/client', code: "import { createRoot } from 'react-dom/client';\nexport const c = createRoot;\n", rule: 'no-restricted-imports' },
  { name: 'import zustand', code: "import { create } from 'zustand';\nexport const c = create;\n", rule: 'no-restricted-imports' },
  { name: 'import zustand/middleware', code: "import { persist } from 'zustand/middleware';\nexport const p = persist;\n", rule: 'no-restricted-imports' },
  { name: 'import motion', code: "import { animate } from 'motion';\nexport const a = animate;\n", rule: 'no-restricted-imports' },
  { name: 'import motion/react', code: "import { motion } from 'motion/react';\nexport const m = motion;\n", rule: 'no-restricted-imports' },
  { name: 're-export from react', code: "export { useState } from 'react';\n", rule: 'no-restricted-imports' },
  { name: 'dynamic import of react', code: "export const load = () => import('react');\n", rule: 'no-restricted-syntax' },
  { name: 'Date.now()', code: 'export const t = Date.now();\n', rule: 'no-restricted-properties' },
  { name: 'new Date()', code: 'export const d = new Date();\n', rule: 'no-restricted-syntax' },
  { name: 'Math.random()', code: 'export const r = Math.random();\n', rule: 'no-restricted-properties' },
  { name: 'window', code: 'export const w = window.innerWidth;\n', rule: 'no-restricted-globals' },
  { name: 'document', code: "export const el = document.createElement('div');\n", rule: 'no-restricted-globals' },
  { name: 'performance', code: 'export const p = performance.now();\n', rule: 'no-restricted-globals' },
  { name: 'globalThis.window', code: 'export const w = globalThis.window;\n', rule: 'no-restricted-properties' },
];

const ALLOWED_IN_CORE: Case[] = [
  { name: 'yaml / zod / immer imports', code: "import { z } from 'zod';\nimport { produce } from 'immer';\nimport YAML from 'yaml';\nexport const all = [z, produce, YAML];\n", rule: '' },
  { name: 'a Date from a given timestamp', code: 'export const at = (ms: number) => new Date(ms).toISOString();\n', rule: '' },
  { name: 'a local variable called window', code: 'export const f = (window: number[]) => window.length;\n', rule: '' },
  { name: 'Math helpers other than random', code: 'export const m = Math.max(1, Math.floor(2.5));\n', rule: '' },
];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function purityMessages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, `parse errors in ${filePath}`).toEqual([]);
  // lintText on an ignored path yields a warning with no rule instead of linting; treat as failure.
  const ignored = result.messages.filter((m) => m.ruleId === null);
  expect(ignored, `${filePath} was not linted`).toEqual([]);
  return result.messages.filter((m) => m.ruleId !== null && PURITY_RULES.has(m.ruleId));
}

describe('engine purity lint rules', () => {
  for (const dir of CORE_DIRS) {
    describe(dir, () => {
      it.each(FORBIDDEN)('reports $name', async ({ code, rule }) => {
        const messages = await purityMessages(code, `${dir}/example.ts`);
        expect(messages.map((m) => m.ruleId)).toContain(rule);
        expect(messages.every((m) => m.severity === 2)).toBe(true);
      });
    });
  }

  it.each(ALLOWED_IN_CORE)('allows $name in src/engine', async ({ code }) => {
    expect(await purityMessages(code, 'src/engine/example.ts')).toEqual([]);
  });

  it('also applies to nested folders and .tsx files', async () => {
    const messages = await purityMessages('export const r = Math.random();\n', 'src/engine/deep/nested/x.tsx');
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-properties']);
  });

  describe('src/ui', () => {
    it.each(FORBIDDEN)('allows $name', async ({ code }) => {
      expect(await purityMessages(code, 'src/ui/example.tsx')).toEqual([]);
    });
  });

  it('does not restrict the CLI (it may read the wall clock)', async () => {
    expect(await purityMessages('export const t = Date.now();\n', 'src/cli/example.ts')).toEqual([]);
  });
});
