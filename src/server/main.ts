// npm run server: the game-day server on 127.0.0.1:8787 (--port / PORT, --host / HOST; REDIS_URL to
// share rooms between processes). Builds the game first when dist/ is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

function fail(message: string): never {
  console.error(`npm run server: ${message}`);
  process.exit(2);
}

function options() {
  let parsed;
  try {
    parsed = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, redis: { type: 'string' } }, allowPositionals: false });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)} (usage: npm run server -- [--port 8787] [--host 127.0.0.1] [--redis redis://127.0.0.1:6379])`);
  }
  const portText = parsed.values.port ?? process.env.PORT ?? '8787';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) fail(`--port must be a port number (0-65535), got "${portText}"`);
  return { port: Number(portText), host: parsed.values.host ?? process.env.HOST ?? '127.0.0.1', redisUrl: parsed.values.redis ?? process.env.REDIS_URL };
}

const { port, host, redisUrl } = options();
if (!existsSync(`${DIST}index.html`)) {
  console.error('dist/ is missing: building the game first (npm run build)...');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed; see above');
}
try {
  const server = await startServer({ port, host, distDir: DIST, ...(redisUrl ? { redisUrl } : {}) });
  console.error(`Firedrill game-day server on ${server.url} (rooms ${redisUrl ? `in Redis at ${redisUrl}` : 'in memory'}); health: ${server.url}/healthz`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
