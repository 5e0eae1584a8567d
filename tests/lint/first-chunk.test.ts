// The shell (App.tsx) and what it imports at run time make up the first-load chunk: React and a few
// small files. The router needs the training levels, so the modules it reads must not import the
// engine, the scorer or the scenario parser at run time (type imports vanish in the build).
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

/** Run-time imports of a source file (not `import type`), resolved to repository paths. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)';/gms)) {
    const spec = match[1]!;
    if (/^import\s+\{[^}]*\}/.test(match[0]) && /^import\s+\{\s*(type\s+\w+\s*,?\s*)+\}/.test(match[0])) continue;
    out.push(spec.startsWith('.') ? normalize(join(dirname(file), spec)).replace(/\\/g, '/') : spec);
  }
  return out;
}

/** Every file reached from the shell through run-time imports, not counting lazy `import()`. */
function firstChunk(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (!spec.startsWith('src/')) continue;
      const candidates = [`${spec}.ts`, `${spec}.tsx`, spec, `${spec}/index.ts`];
      const found = candidates.find((c) => {
        try {
          readFileSync(join(ROOT, c));
          return true;
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit('src/ui/App.tsx');
  return seen;
}

describe('first-load chunk', () => {
  it('reaches no engine, scorer, scenario parser or bot at run time from the shell', () => {
    const files = [...firstChunk()];
    expect(files).toContain('src/ui/route.ts');
    expect(files).toContain('src/store/levels.ts');
    for (const file of files) expect(file).not.toMatch(/^src\/(engine|scoring|scenario|bots|doctrine)\//);
  });
});
