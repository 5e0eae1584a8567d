// Browser check runner: `npm run test:browser` (or `tsx tests/browser/run.ts [name-filter ...]`).
//
// Serves the production build (dist/, built first if missing) with `vite preview` on a free loopback
// port, launches Debian's chromium through playwright-core, and runs every check exported from
// tests/browser/checks/*.ts, each in a fresh browser context. Any console error or uncaught page
// error fails the check. The last line printed is always `<n> passed, <m> failed`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  freePort,
  REPO_ROOT,
  isBrowserCheck,
  screenshotPath,
  type BrowserCheck,
  type CheckContext,
} from './harness.ts';

const CHECKS_DIR = join(REPO_ROOT, 'tests/browser/checks');
const DIST_INDEX = join(REPO_ROOT, 'dist/index.html');
const VITE_BIN = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
const SERVER_START_TIMEOUT_MS = 30_000;
const DEFAULT_CHECK_TIMEOUT_MS = 30_000;

interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// Preview server

let server: ChildProcess | undefined;
let serverOutput = '';


function ensureBuild(): void {
  if (existsSync(DIST_INDEX)) return;
  console.log('dist/ not found: running `vite build` first');
  const build = spawnSync(process.execPath, [VITE_BIN, 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(DIST_INDEX)) {
    throw new Error(`vite build failed (exit ${build.status ?? build.signal})`);
  }
}

async function startServer(port: number): Promise<string> {
  const baseUrl = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
  );
  server = child;
  child.stdout?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));

  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exit ${code ?? signal}`));
  child.once('error', (error) => (exited = error.message));

  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`vite preview stopped (${exited}):\n${serverOutput}`);
    try {
      const response = await fetch(baseUrl, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return baseUrl;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer on ${baseUrl} within ${SERVER_START_TIMEOUT_MS} ms:\n${serverOutput}`);
}

function signalServerGroup(signal: NodeJS.Signals): void {
  const pid = server?.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal); // the whole process group (spawned detached => its own group)
  } catch {
    // already gone
  }
}

async function stopServer(): Promise<void> {
  const child = server;
  if (!child || child.pid === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalServerGroup('SIGTERM');
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 3_000)),
    ]);
    if (timedOut) signalServerGroup('SIGKILL');
  }
  // Stragglers in the group (if any) go too; ESRCH when the group is already empty is ignored.
  signalServerGroup('SIGKILL');
  server = undefined;
}

// Last resort if the runner dies abruptly: never leave the preview server running.
process.on('exit', () => signalServerGroup('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    signalServerGroup('SIGKILL');
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// Checks

async function loadChecks(filters: string[]): Promise<BrowserCheck[]> {
  const files = readdirSync(CHECKS_DIR)
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .sort();
  const checks: BrowserCheck[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(CHECKS_DIR, file)).href)) as Record<string, unknown>;
    const exported = Object.values(module).filter(isBrowserCheck);
    if (exported.length === 0) throw new Error(`tests/browser/checks/${file} exports no BrowserCheck`);
    for (const check of exported) {
      if (seen.has(check.name)) throw new Error(`duplicate browser check name "${check.name}"`);
      seen.add(check.name);
      checks.push(check);
    }
  }
  if (filters.length === 0) return checks;
  return checks.filter((check) => filters.some((filter) => check.name.includes(filter)));
}

function isAllowed(text: string, allow: (string | RegExp)[] | undefined): boolean {
  return (allow ?? []).some((pattern) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)));
}

async function runCheck(browser: Browser, baseUrl: string, check: BrowserCheck): Promise<CheckResult> {
  const started = Date.now();
  const problems: string[] = [];
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // A breach of the Content-Security-Policy is a problem too, even one the page's code caught
    // (an eval probe): the browser reports it as a violation, not as a console error.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error' || isAllowed(message.text(), check.allowConsoleErrors)) return;
      const where = message.location().url ? ` (${message.location().url})` : '';
      problems.push(`console error: ${message.text()}${where}`);
    });
    page.on('pageerror', (error) => {
      if (!isAllowed(error.message, check.allowConsoleErrors)) problems.push(`page error: ${error.stack ?? error.message}`);
    });
    page.on('crash', () => problems.push('page crashed'));

    const ctx: CheckContext = {
      baseUrl,
      page,
      context,
      screenshotPath,
      log: (message) => console.log(`    ${check.name}: ${message}`),
    };
    const timeoutMs = check.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        check.run(ctx),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (error) {
      problems.unshift(error instanceof Error ? (error.stack ?? error.message) : String(error));
    } finally {
      clearTimeout(timer);
    }
    // Let late console/page errors (e.g. from effects after the last assertion) surface.
    await page.waitForTimeout(100).catch(() => undefined);

    if (problems.length > 0) {
      await page
        .screenshot({ path: screenshotPath(`${check.name}-failure`), fullPage: true })
        .catch(() => undefined);
    }
  } catch (error) {
    problems.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    await context?.close().catch(() => undefined);
  }
  return { name: check.name, ok: problems.length === 0, ms: Date.now() - started, problems };
}

// ---------------------------------------------------------------------------------------------

/** Checks that will run; if the harness itself fails before they finish, they all count as failed. */
let plannedChecks = 1;

async function main(): Promise<{ passed: number; failed: number }> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const checks = await loadChecks(filters);
  if (checks.length === 0) throw new Error(`no browser checks matched ${JSON.stringify(filters)}`);
  plannedChecks = checks.length;

  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  ensureBuild();
  const baseUrl = await startServer(await freePort());
  console.log(`vite preview serving dist/ on ${baseUrl}`);

  const userDataDir = mkdtempSync(join(tmpdir(), 'firedrill-chromium-'));
  const persistent = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  let passed = 0;
  let failed = 0;
  try {
    const browser = persistent.browser();
    if (!browser) throw new Error('playwright-core returned no Browser for the persistent context');
    console.log(`chromium ${browser.version()} (${CHROMIUM_PATH})`);
    for (const check of checks) {
      const result = await runCheck(browser, baseUrl, check);
      if (result.ok) {
        passed += 1;
        console.log(`  ✓ ${result.name} (${result.ms} ms)`);
      } else {
        failed += 1;
        console.log(`  ✗ ${result.name} (${result.ms} ms)`);
        for (const problem of result.problems) console.log(`      ${problem.replace(/\n/g, '\n      ')}`);
      }
    }
  } finally {
    await persistent.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return { passed, failed };
}

let exitCode = 1;
let summary: string | undefined;
try {
  const { passed, failed } = await main();
  summary = `${passed} passed, ${failed} failed`;
  exitCode = failed === 0 ? 0 : 1;
} catch (error) {
  console.error(`browser checks could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await stopServer();
}
console.log(summary ?? `0 passed, ${plannedChecks} failed`);
process.exit(exitCode);
