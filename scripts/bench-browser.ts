// Browser performance bench: `npm run bench:browser [-- --json] [--runs N] [--seconds S] [--build]`.
//
// Builds dist/ if missing (or with --build), serves it with `vite preview` on a free loopback port,
// opens the bench-only war room (`?bench`, see src/ui/screens/BenchScreen.tsx) and posts the
// 5,000-alert storm fixture into it from the page itself, so the fixture never ships with the game.
// Each run fast-forwards to 10:00 (both storms firing), plays at 8x for ~20 s of wall time under a 4x
// CPU throttle (CDP Emulation.setCPUThrottlingRate), clicks Acknowledge, types a message and opens the
// palette, and measures frames, long tasks, the slowest interaction, DOM nodes and the JS heap.
// The first-load JS is the gzip size of the scripts and modulepreloads dist/index.html references.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort } from '../tests/browser/harness.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const VITE_BIN = join(ROOT, 'node_modules/vite/bin/vite.js');
const FIXTURE = join(ROOT, 'tests/fixtures/bench/alert-storm.yaml');
// Precise memory figures for the heap reading.
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const FORCE_BUILD = args.includes('--build');
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const RUNS = numberArg('--runs', 5);
const SECONDS = numberArg('--seconds', 20);
const START_AT = 600; // game seconds: 10:00, both storms firing
const CPU_THROTTLE = 4;

interface Metrics {
  p95FrameMs: number;
  maxFrameMs: number;
  longTasks: number;
  slowestInteractionMs: number;
  domNodes: number;
  heapMB: number;
}

const TARGETS: { key: keyof Metrics | 'firstLoadKiB'; label: string; unit: string; max: number }[] = [
  { key: 'p95FrameMs', label: 'p95 frame interval', unit: 'ms', max: 17.5 },
  { key: 'maxFrameMs', label: 'max frame interval', unit: 'ms', max: Infinity },
  { key: 'longTasks', label: 'long tasks', unit: '', max: 0 },
  { key: 'slowestInteractionMs', label: 'slowest interaction', unit: 'ms', max: 100 },
  { key: 'domNodes', label: 'DOM nodes', unit: '', max: 1500 },
  { key: 'heapMB', label: 'JS heap', unit: 'MB', max: 30 },
  { key: 'firstLoadKiB', label: 'first-load JS (gzip)', unit: 'KiB', max: 125 },
];

// ---------------------------------------------------------------------------------------------
// Build and server

let server: ChildProcess | undefined;

function ensureBuild(): void {
  if (!FORCE_BUILD && existsSync(join(DIST, 'index.html'))) return;
  log(FORCE_BUILD ? 'building (--build)' : 'dist/ not found: running `vite build` first');
  const build = spawnSync(process.execPath, [VITE_BIN, 'build'], { cwd: ROOT, stdio: JSON_OUT ? 'ignore' : 'inherit' });
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status ?? build.signal})`);
}


async function startServer(): Promise<string> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}/`;
  let output = '';
  const child = spawn(process.execPath, [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  server = child;
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview stopped:\n${output}`);
    try {
      if ((await fetch(baseUrl, { signal: AbortSignal.timeout(2_000) })).ok) return baseUrl;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer on ${baseUrl}:\n${output}`);
}

function stopServer(): void {
  const pid = server?.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL'); // its own process group (spawned detached)
  } catch {
    // already gone
  }
  server = undefined;
}
process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopServer();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// First-load JS

export function firstLoadKiB(distDir = DIST): { kib: number; files: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) files.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(match[0]);
    if (href) files.add(href[1]!);
  }
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(distDir, file.replace(/^\.?\//, '')))).length;
  return { kib: bytes / 1024, files: [...files] };
}

// ---------------------------------------------------------------------------------------------
// One run

// Runs in the page before any of its scripts: frame intervals, long tasks and event timing.
const INSTRUMENT = `(() => {
  const b = (window.__bench = { on: false, frames: [], longTasks: 0, events: [], keys: [] });
  addEventListener('keydown', (e) => { if (b.on) b.keys.push({ key: e.key, command: e.ctrlKey || e.metaKey, at: e.timeStamp }); }, true);
  let last = 0;
  const tick = (t) => { if (b.on && last) b.frames.push(t - last); last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => { if (b.on) b.longTasks += list.getEntries().length; }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    if (!b.on) return;
    for (const e of list.getEntries()) b.events.push({ name: e.name, duration: e.duration, id: e.interactionId || 0, at: e.startTime });
  }).observe({ type: 'event', durationThreshold: 16 });
})();`;

interface PageBench {
  frames: number[];
  longTasks: number;
  events: { name: string; duration: number; id: number; at: number }[];
  keys: { key: string; command: boolean; at: number }[];
}

/**
 * The bench's interactions by what the player was doing. Opening the palette is Control and Control+K
 * (a plain K is typing: the message has two), closing it is Escape; typing its filter counts as typing.
 */
const KINDS = ['acknowledge', 'typing', 'send', 'palette'] as const;
type InteractionKind = (typeof KINDS)[number];

function kindOfKey(press: PageBench['keys'][number] | undefined): InteractionKind {
  if (press?.key === 'Enter') return 'send';
  if (press?.key === 'Control' || press?.key === 'Escape' || (press?.command && press.key.toLowerCase() === 'k')) return 'palette';
  return 'typing';
}

/** What one run saw besides the figures: the slowest interaction, named, by kind, and the machine's load. */
interface RunNotes {
  slowest: string;
  byKind: Record<InteractionKind, number>;
  loadAverage: number;
}

async function oneRun(browser: Browser, baseUrl: string, yaml: string): Promise<{ metrics: Metrics; notes: RunNotes }> {
  const loadAverage = loadavg()[0]!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  try {
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${baseUrl}?bench#/`, { waitUntil: 'load' });
    await page.locator('[data-bench-status="waiting"]').waitFor({ timeout: 20_000 });
    await page.evaluate(
      ({ text, startAt }) => window.postMessage({ type: 'firedrill-bench-scenario', yaml: text, seed: 1, startAt }, window.location.origin),
      { text: yaml, startAt: START_AT },
    );
    await page.getByRole('heading', { name: 'Incident channel' }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '8x', exact: true }).click();
    await page.waitForTimeout(500);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await page.evaluate(() => ((window as unknown as { __bench: { on: boolean } }).__bench.on = true));
    const started = Date.now();
    const at = async (seconds: number) => {
      const wait = started + seconds * 1000 - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
    };
    await interact(page, at);
    await at(SECONDS);
    const result = await page.evaluate(() => {
      const b = (window as unknown as { __bench: PageBench & { on: boolean } }).__bench;
      b.on = false;
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return { frames: b.frames, longTasks: b.longTasks, events: b.events, keys: b.keys, domNodes: document.getElementsByTagName('*').length, heap: memory?.usedJSHeapSize ?? NaN };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (errors.length > 0) throw new Error(`page errors during the bench:\n${errors.join('\n')}`);
    const frames = [...result.frames].sort((a, b) => a - b);
    const interactions = result.events.filter((e) => e.id > 0);
    const slowest = interactions.reduce<PageBench['events'][number] | null>((max, e) => (max === null || e.duration > max.duration ? e : max), null);
    // A key event is named by its key (the same timestamp as the keydown the page saw).
    const pressAt = (at: number) => result.keys.find((k) => Math.abs(k.at - at) < 0.01);
    const key = slowest?.name.startsWith('key') ? pressAt(slowest.at)?.key : undefined;
    // An interaction's events share its id; its keydown names the key (a keyup alone counts as typing).
    const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<InteractionKind, number>;
    const keyOfInteraction = new Map<number, PageBench['keys'][number] | undefined>();
    for (const e of interactions) if (e.name === 'keydown') keyOfInteraction.set(e.id, pressAt(e.at));
    for (const e of interactions) {
      const kind = e.name.startsWith('key') ? kindOfKey(keyOfInteraction.get(e.id)) : 'acknowledge';
      byKind[kind] = Math.max(byKind[kind], e.duration);
    }
    return {
      metrics: {
        p95FrameMs: percentile(frames, 0.95),
        maxFrameMs: frames[frames.length - 1] ?? NaN,
        longTasks: result.longTasks,
        slowestInteractionMs: slowest?.duration ?? 0,
        domNodes: result.domNodes,
        heapMB: result.heap / 1024 / 1024,
      },
      notes: { slowest: slowest ? `${slowest.name}${key ? ` "${key}"` : ''}` : 'none', byKind, loadAverage },
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** The interactions whose latency is measured: acknowledge an alert group, send a message, open the palette. */
async function interact(page: Page, at: (seconds: number) => Promise<void>): Promise<void> {
  await at(3);
  await page.locator('.alerts__list button:not([disabled])', { hasText: 'Acknowledge' }).first().click();
  await at(7);
  const composer = page.getByRole('textbox', { name: /Message to/ });
  await composer.click();
  await page.keyboard.type('looking at the checkout pods', { delay: 30 });
  await page.keyboard.press('Enter');
  await at(12);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Actions' }).waitFor();
  await page.keyboard.type('page', { delay: 30 });
  await page.keyboard.press('Escape');
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function log(message: string): void {
  if (!JSON_OUT) console.log(message);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  ensureBuild();
  const firstLoad = firstLoadKiB();
  const yaml = readFileSync(FIXTURE, 'utf8');
  const baseUrl = await startServer();
  log(`vite preview on ${baseUrl}; ${RUNS} runs of ${SECONDS} s at 8x, CPU throttle ${CPU_THROTTLE}x, from ${START_AT / 60}:00 of ${FIXTURE.slice(ROOT.length)}`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'firedrill-bench-'));
  const persistent = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, args: BENCH_CHROMIUM_ARGS, headless: true });
  const runs: Metrics[] = [];
  const notes: RunNotes[] = [];
  try {
    const browser = persistent.browser();
    if (!browser) throw new Error('playwright-core returned no Browser');
    for (let i = 0; i < RUNS; i++) {
      const { metrics, notes: runNotes } = await oneRun(browser, baseUrl, yaml);
      runs.push(metrics);
      notes.push(runNotes);
      log(`  run ${i + 1}: ${Object.entries(metrics).map(([k, v]) => `${k} ${round(v)}`).join(', ')} (slowest: ${runNotes.slowest}; by kind: ${KINDS.map((k) => `${k} ${runNotes.byKind[k]}`).join(', ')}; load average ${runNotes.loadAverage.toFixed(2)})`);
    }
  } finally {
    await persistent.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    stopServer();
  }
  const medians = Object.fromEntries((Object.keys(runs[0]!) as (keyof Metrics)[]).map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Metrics;
  const values: Record<string, number> = { ...medians, firstLoadKiB: firstLoad.kib };
  const rows = TARGETS.map((t) => ({ metric: t.key, label: t.label, median: round(values[t.key]!), unit: t.unit, target: Number.isFinite(t.max) ? t.max : null, met: values[t.key]! <= t.max }));
  // Where the slowest interaction comes from: each kind's slowest, median over the runs (no target).
  const slowestByKind = Object.fromEntries(KINDS.map((kind) => [kind, median(notes.map((n) => n.byKind[kind]))])) as Record<InteractionKind, number>;
  if (JSON_OUT) {
    console.log(JSON.stringify({ runs: runs.length, seconds: SECONDS, cpuThrottle: CPU_THROTTLE, startAt: START_AT, medians: values, slowestByKind, perRun: runs.map((r, i) => ({ ...r, ...notes[i] })), firstLoadFiles: firstLoad.files, targets: rows }, null, 2));
  } else {
    console.log(`\nmedian of ${runs.length} runs`);
    for (const row of rows) {
      const target = row.target === null ? '(no target)' : `target <= ${row.target}${row.unit ? ` ${row.unit}` : ''}`;
      const verdict = row.target === null ? '' : row.met ? 'met' : 'MISSED';
      console.log(`  ${row.label.padEnd(22)} ${String(row.median).padStart(9)} ${row.unit.padEnd(3)}  ${target.padEnd(20)} ${verdict}`);
    }
    console.log(`  slowest by kind (median, no target): ${KINDS.map((k) => `${k} ${slowestByKind[k]} ms`).join(', ')}`);
    const missed = rows.filter((r) => r.target !== null && !r.met).length;
    console.log(missed === 0 ? 'all targets met' : `${missed} target(s) missed`);
  }
  return 0;
}

const round = (v: number) => Math.round(v * 10) / 10;

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`bench:browser failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  stopServer();
}
process.exit(code);
