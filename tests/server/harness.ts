// Game-day servers for tests: in-process on a free loopback port, with a tiny dist/ of their own,
// and real socket.io clients. Every server and client a test starts is closed after it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { connectGameday, type GamedayClient } from '../../src/gameday/client';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/server';

export const CSP = "default-src 'self'; script-src 'self'; connect-src 'self' ws:; object-src 'none'";

export function tinyDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-dist-'));
  open.dists.push(dir);
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}" /><title>Firedrill</title></head><body></body></html>`);
  return dir;
}

const open: { servers: RunningServer[]; clients: GamedayClient[]; dists: string[] } = { servers: [], clients: [], dists: [] };

afterEach(async () => {
  for (const client of open.clients.splice(0)) client.close();
  await Promise.all(open.servers.splice(0).map((s) => s.close()));
  for (const dir of open.dists.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface TestServer extends RunningServer {
  lines: string[];
}

/** A server whose clock the test ticks by hand (server.rooms.tick(code)), unless clock: true. */
export async function testServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const lines: string[] = [];
  const server = await startServer({ port: 0, host: '127.0.0.1', distDir: tinyDist(), clock: false, log: (line) => lines.push(line), ...options });
  open.servers.push(server);
  return Object.assign(server, { lines });
}

export function client(url: string): GamedayClient {
  const c = connectGameday(url, { ackTimeoutMs: 5000 });
  open.clients.push(c);
  return c;
}

/** Waits until a condition holds (polling), or fails with what it was waiting for. */
export async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A room with a facilitator, ready for players to join. */
export async function roomOn(server: RunningServer, scenarioId = 'checkout-bad-deploy', seed = 7) {
  const facilitator = client(server.url);
  const created = await facilitator.createRoom({ scenarioId, seed });
  if (!created.ok) throw new Error(`could not create a room: ${created.error.message}`);
  return { facilitator, code: created.code, token: created.facilitatorToken, created };
}

export const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A throwaway redis-server on a free loopback port, no persistence; stop() ends it. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('redis-server to accept connections', () => output.includes('Ready to accept connections'), 15_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
