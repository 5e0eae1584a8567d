// A game day over the real server: `npm run server` on a free loopback port, a facilitator and two
// players (plus a spectator for the projector view) in their own Chromium pages. The facilitator
// creates a room, the players join seats, the facilitator starts the clock, raises the speed, injects
// (a free message and one of the scenario's optional injects), arms a fallback and hints; the IC and
// the ops lead play checkout-bad-deploy with the keyboard to the resolution, and every page shows the
// debrief with findings by seat. A player reloads mid-game and gets back into the seat.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { assert, CheckFailure, defineCheck, freePort, REPO_ROOT } from '../harness.ts';
import { selectedPaletteOption } from './lib/keyboard.ts';

const SERVER_START_MS = 60_000;
const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core on a game-day screen: serious and critical violations are problems (as in the axe check). */
async function audit(page: Page, where: string, problems: string[], log: (m: string) => void): Promise<void> {
  await page.waitForTimeout(400);
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  for (const v of violations) {
    log(`axe ${where}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
    if (v.impact === 'serious' || v.impact === 'critical') problems.push(`axe ${where}: ${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
  }
}

async function startGameDayServer(port: number): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  let output = '';
  const child = spawn('npm', ['run', 'server', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + SERVER_START_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new CheckFailure(`npm run server stopped (exit ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { url, child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new CheckFailure(`npm run server did not answer /healthz within ${SERVER_START_MS} ms:\n${output}`);
}

function stopServer(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Every console error or page error on an extra page fails the check, as on the runner's own page. */
function watch(page: Page, who: string, problems: string[]): Page {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${who}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${who}: page error: ${error.message}`));
  return page;
}

async function joinAs(page: Page, url: string, code: string, name: string, seat: RegExp | string, beforeSubmit?: () => Promise<void>) {
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('link', { name: 'Join a game day' }).click();
  await page.getByRole('heading', { level: 1, name: 'Join a game day' }).waitFor();
  await page.getByLabel('Join code').fill(code);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('radio', { name: seat }).check();
  await beforeSubmit?.();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/gameday/room/${code}`));
}

async function composer(page: Page, text: string) {
  const input = page.getByRole('textbox', { name: /Message to Main|Message to Stakeholders/ });
  await input.focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const errors = await page.locator('.composer__error').allTextContents();
  assert(errors.length === 0, `composer refused ${text}: ${errors.join(' ')}`);
}

export const gameday = defineCheck({
  name: 'gameday',
  timeoutMs: 240_000,
  async run({ page, context, screenshotPath, log }) {
    const problems: string[] = [];
    const server = await startGameDayServer(await freePort());
    const browser = context.browser();
    if (!browser) throw new CheckFailure('no browser behind the context');
    const contexts: BrowserContext[] = [];
    const newPage = async (who: string) => {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      contexts.push(ctx);
      return watch(await ctx.newPage(), who, problems);
    };
    try {
      const facilitator = page;
      const ic = await newPage('IC');
      const ops = await newPage('ops');
      // The ops lead's websocket goes through a switch the check can open: a real dropped connection.
      let opsSockets: WebSocketRoute[] = [];
      let opsOffline = false;
      await ops.routeWebSocket(/\/socket\.io\//, (ws) => {
        if (opsOffline) {
          void ws.close({ code: 1006, reason: 'network down' });
          return;
        }
        opsSockets = [ws, ws.connectToServer()];
      });
      const wall = await newPage('spectator');

      // The picker offers game days only because a server answers /healthz.
      await facilitator.goto(server.url, { waitUntil: 'load' });
      await facilitator.getByText('Game-day server reachable.').waitFor({ timeout: 20_000 });
      await facilitator.screenshot({ path: screenshotPath('gameday-1-picker'), fullPage: false });
      await audit(facilitator, 'picker', problems, log);
      await facilitator.getByRole('link', { name: 'Run a game day' }).focus();
      await facilitator.keyboard.press('Enter');
      await facilitator.getByRole('heading', { level: 1, name: 'Run a game day' }).waitFor();
      await facilitator.getByLabel('Scenario').selectOption('checkout-bad-deploy');
      await facilitator.getByLabel('Seed').fill('7');
      await facilitator.screenshot({ path: screenshotPath('gameday-2-create'), fullPage: true });
      await audit(facilitator, 'create', problems, log);
      await facilitator.getByRole('button', { name: 'Create the room' }).click();
      await facilitator.waitForURL(/#\/gameday\/room\/[A-Z2-9]{6}$/);
      const code = facilitator.url().split('/').pop()!;
      await facilitator.getByText('Join code', { exact: true }).first().waitFor();
      log(`room ${code}`);

      await joinAs(ic, server.url, code, 'Priya', /Incident commander/, async () => {
        await ic.screenshot({ path: screenshotPath('gameday-3-join'), fullPage: true });
        await audit(ic, 'join', problems, log);
      });
      await ic.getByText('The drill starts when the facilitator starts the clock.').waitFor();
      await ic.screenshot({ path: screenshotPath('gameday-3-waiting'), fullPage: false });
      await audit(ic, 'waiting', problems, log);
      await joinAs(ops, server.url, code, 'Sam', /Operations lead/);
      await joinAs(wall, server.url, code, 'Wall screen', /Spectator/);
      await wall.getByRole('region', { name: 'How to join' }).waitFor();
      await wall.screenshot({ path: screenshotPath('gameday-4-wall-lobby'), fullPage: false });

      // The facilitator sees the seats fill up live.
      const seats = facilitator.getByRole('region', { name: /Seats/ });
      await seats.getByText('Priya').waitFor();
      await seats.getByText('Sam').waitFor();
      await facilitator.screenshot({ path: screenshotPath('gameday-4-lobby'), fullPage: true });
      await audit(facilitator, 'lobby', problems, log);

      await facilitator.getByRole('button', { name: 'Start the drill' }).click();
      await facilitator.getByRole('group', { name: 'Speed' }).waitFor();
      await facilitator.getByRole('button', { name: '8x' }).click();
      await ic.getByRole('heading', { name: 'Incident channel' }).waitFor({ timeout: 20_000 });
      await ops.getByRole('heading', { name: 'Incident channel' }).waitFor({ timeout: 20_000 });

      // The IC runs the incident from the composer.
      for (const command of ['/ic', '/sev 1', '/status impact=card payments failing for many shoppers status=investigating the latest checkout release next=30m']) await composer(ic, command);
      await ic.keyboard.type('/main');
      await ic.keyboard.press('Enter');

      // The facilitator injects a message and hints the IC.
      await facilitator.getByLabel('What happens').selectOption('message');
      await facilitator.getByLabel('Message', { exact: true }).fill('Support here: customers are tweeting about failed card payments.');
      await facilitator.getByRole('button', { name: 'Inject now' }).click();
      await facilitator.getByText(/A message from a person is in/).waitFor();
      await facilitator.getByLabel('Seat', { exact: true }).selectOption('ic');
      await facilitator.getByLabel('Hint', { exact: true }).fill('Has anyone looked at what was deployed just before this started?');
      await facilitator.getByRole('button', { name: 'Send the hint' }).click();
      await ic.getByText('Has anyone looked at what was deployed just before this started?').first().waitFor({ timeout: 15_000 });
      await ic.getByText(/customers are tweeting/).first().waitFor({ timeout: 15_000 });
      // One of the scenario's optional injects, by name, and a fallback that fires when the impact lasts.
      const scripted = facilitator.locator('.gd-inject__list > li').first();
      const scriptedLabel = (await scripted.locator('.gd-inject__label').textContent()) ?? '';
      await scripted.locator('button').click();
      await facilitator.getByText(`Injected: ${scriptedLabel}`).waitFor();
      await facilitator.getByLabel('Inject to fire').selectOption({ label: 'A nudge in the main channel' });
      await facilitator.getByLabel('Fires when').selectOption({ label: 'The impact is not mitigated' });
      await facilitator.getByLabel('for (min)').fill('1');
      await facilitator.getByRole('button', { name: 'Arm the fallback' }).click();
      await facilitator.getByText(/^armed at \d\d:\d\d$/).waitFor();

      // The fault starts a minute in; once shoppers are hurting, the ops lead rolls back checkout with
      // the palette (Ctrl+K), as this seat.
      await ops.waitForFunction(() => Number(document.querySelector('.impact__meter')?.getAttribute('aria-valuenow') ?? '0') > 0, undefined, { timeout: 60_000 });
      await ops.getByRole('textbox', { name: /Message to Main/ }).focus();
      await ops.keyboard.press('Control+k');
      const palette = ops.getByRole('dialog', { name: 'Actions' });
      await palette.waitFor();
      await ops.keyboard.type('yourself roll back checkout');
      await selectedPaletteOption(palette, /roll back/i);
      await ops.keyboard.press('Enter');
      const confirm = ops.getByRole('dialog', { name: 'Are you sure?' });
      if (await confirm.isVisible().catch(() => false)) await ops.keyboard.press('Enter');
      await palette.waitFor({ state: 'detached' });
      await ops.screenshot({ path: screenshotPath('gameday-5-ops-seat'), fullPage: false });

      // A dropped connection: the seat is kept, what happened meanwhile arrives after the rejoin.
      opsOffline = true;
      for (const side of opsSockets) await side.close({ code: 4000, reason: 'network down' }).catch(() => undefined);
      await ops.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor({ timeout: 15_000 });
      await facilitator.getByText('Dropped, seat kept').first().waitFor({ timeout: 15_000 });
      await composer(ic, 'Ops, we are rolling back checkout now; shout if anything looks odd.');
      await ops.screenshot({ path: screenshotPath('gameday-5b-ops-reconnecting'), fullPage: false });
      opsOffline = false;
      await ops.getByRole('status').filter({ hasText: 'Rejoined' }).waitFor({ timeout: 30_000 });
      await ops.getByText('Ops, we are rolling back checkout now; shout if anything looks odd.').waitFor({ timeout: 15_000 });

      // A reload mid-game goes back into the same seat.
      await ops.reload({ waitUntil: 'load' });
      await ops.getByRole('heading', { name: 'Incident channel' }).waitFor({ timeout: 20_000 });
      await ops.getByText(/Operations lead · Sam/).waitFor();
      await ops.getByRole('status').filter({ hasText: 'Rejoined' }).waitFor();

      // Let the rollback land at 8x.
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline) {
        const impact = await ic.getByRole('meter').getAttribute('aria-valuenow');
        if (impact === '0') break;
        await ic.waitForTimeout(500);
      }
      assert((await ic.getByRole('meter').getAttribute('aria-valuenow')) === '0', 'the rollback never brought the impact to 0');
      await facilitator.getByText(/^fired at \d\d:\d\d$/).waitFor({ timeout: 30_000 });

      // The secret facilitator link opens the console on another device, and leaves the address bar at once.
      await facilitator.getByText(/Join code [A-Z2-9]{6} and links/).click();
      const link = await facilitator.getByRole('textbox', { name: 'Facilitator link' }).inputValue();
      const token = new URL(link.replace('#', '')).searchParams.get('token') ?? '';
      assert(token.length >= 16, `the facilitator link carries no token: ${link}`);
      const second = await newPage('second facilitator device');
      await second.goto(link, { waitUntil: 'load' });
      await second.getByText(/facilitator console/).waitFor({ timeout: 20_000 });
      assert(!second.url().includes(token), `the token stayed in the address bar: ${second.url()}`);
      await second.getByRole('button', { name: 'Pause' }).waitFor();
      await ic.screenshot({ path: screenshotPath('gameday-6-ic-seat'), fullPage: false });
      await wall.screenshot({ path: screenshotPath('gameday-7-projector'), fullPage: false });
      await facilitator.screenshot({ path: screenshotPath('gameday-8-console'), fullPage: true });
      await audit(ic, 'seat', problems, log);
      await audit(wall, 'projector', problems, log);
      await audit(facilitator, 'console', problems, log);

      // The IC resolves; everybody sees the debrief.
      await ic.getByRole('textbox', { name: /Message to Main/ }).focus();
      await ic.keyboard.press('Control+k');
      await ic.keyboard.type('resolve');
      await ic.keyboard.press('Enter');
      await ic.getByRole('dialog', { name: 'Are you sure?' }).waitFor();
      await ic.keyboard.press('Enter');
      for (const [who, p] of [['facilitator', facilitator], ['IC', ic], ['ops', ops], ['spectator', wall]] as const) {
        await p.getByTestId('total-score').waitFor({ timeout: 30_000 });
        const seatsNamed = await p.locator('.finding__seat').allTextContents();
        assert(seatsNamed.length > 0, `${who}: the debrief names no seat`);
        log(`${who}: total ${await p.getByTestId('total-score').textContent()}, findings by ${[...new Set(seatsNamed)].join(', ')}`);
      }
      await ic.screenshot({ path: screenshotPath('gameday-9-debrief-ic'), fullPage: true });
      await facilitator.screenshot({ path: screenshotPath('gameday-10-debrief-facilitator'), fullPage: false });
      await audit(ops, 'debrief', problems, log);
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      for (const ctx of contexts) await ctx.close().catch(() => undefined);
      stopServer(server.child);
    }
  },
});
