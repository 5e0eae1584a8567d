// Shared types and helpers for browser checks. A check is a module in tests/browser/checks/ that
// exports one or more `BrowserCheck` values (named exports); run.ts discovers and runs them all.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = join(REPO_ROOT, 'tests/browser/screenshots');

export interface CheckContext {
  /** Base URL of the vite preview server, with a trailing slash, e.g. http://127.0.0.1:41234/ */
  baseUrl: string;
  /** A fresh page in a fresh, isolated browser context (no cookies or storage from other checks). */
  page: Page;
  context: BrowserContext;
  /** Absolute path for a screenshot named `<name>.png` in tests/browser/screenshots/. */
  screenshotPath(name: string): string;
  log(message: string): void;
}

export interface BrowserCheck {
  name: string;
  /** Per-check time limit in ms (default 30 000). */
  timeoutMs?: number;
  /**
   * Console messages of type "error" fail the check, as do uncaught page errors. List substrings or
   * patterns here to tolerate specific, understood messages.
   */
  allowConsoleErrors?: (string | RegExp)[];
  run(ctx: CheckContext): Promise<void>;
}

export function defineCheck(check: BrowserCheck): BrowserCheck {
  return check;
}

export function isBrowserCheck(value: unknown): value is BrowserCheck {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BrowserCheck).name === 'string' &&
    typeof (value as BrowserCheck).run === 'function'
  );
}

export function screenshotPath(name: string): string {
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

/** Debian's chromium unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Flags for headless Chromium on this machine (no GPU, no sandbox as root, no background traffic). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A TCP port on 127.0.0.1 that nothing listens on right now, for a preview server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('could not determine a free port'));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}
