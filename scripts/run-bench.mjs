// `npm run bench`: bundles scripts/bench.ts with esbuild and runs it on plain Node, so the figures
// measure the engine's own code rather than a TypeScript loader's hooks around it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'firedrill-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'bench.mjs');
await build({
  entryPoints: [join(root, 'scripts', 'bench.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // The bundle lives elsewhere: keep import.meta.url pointing at the source, for file paths.
  define: { 'import.meta.url': JSON.stringify(new URL('../scripts/bench.ts', import.meta.url).href) },
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exitCode = result.status ?? 1;
