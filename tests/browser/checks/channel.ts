// The incident channel keeps the whole conversation, with only the messages in view in the page: it
// opens on the newest message and follows new ones while the player reads at the bottom; scrolled up,
// it stays put and offers the way back down, counting what arrived meanwhile; the player's own message
// brings it down wherever it was.
import type { Page } from 'playwright-core';
import { assert, defineCheck } from '../harness.ts';
import { startCheckoutDrillByKeyboard } from './lib/keyboard.ts';

interface LogState {
  rows: number;
  total: number;
  lastText: string;
  lastInView: boolean;
  scrolledToEnd: boolean;
}

async function logState(page: Page): Promise<LogState> {
  return page.evaluate(() => {
    const log = document.querySelector<HTMLElement>('.channel__log')!;
    const rows = [...log.querySelectorAll<HTMLElement>('.channel__row')];
    const last = rows.reduce<HTMLElement | null>((best, row) => (best && Number(best.dataset.index) > Number(row.dataset.index) ? best : row), null);
    const box = log.getBoundingClientRect();
    const lastBox = last?.getBoundingClientRect();
    return {
      rows: rows.length,
      total: Number(rows[0]?.getAttribute('aria-setsize') ?? 0),
      lastText: last?.querySelector('.message__text')?.textContent ?? '',
      lastInView: lastBox !== undefined && lastBox.bottom <= box.bottom + 1 && lastBox.top >= box.top - 1,
      scrolledToEnd: log.scrollHeight - log.scrollTop - log.clientHeight <= 2,
    };
  });
}

export const channel = defineCheck({
  name: 'channel',
  timeoutMs: 120_000,
  async run({ page, baseUrl, screenshotPath, log }) {
    await page.goto(baseUrl, { waitUntil: 'load' });
    await page.getByRole('button', { name: /Brief me/ }).first().waitFor({ timeout: 20_000 });
    await startCheckoutDrillByKeyboard(page);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();

    const composer = page.getByRole('textbox', { name: /Message to Main/ });
    await composer.click();
    const sent = 40;
    for (let i = 1; i <= sent; i++) {
      await page.keyboard.type(`note ${i}: checkout pods restarting, payment gateway 5xx still climbing`);
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(300);
    let state = await logState(page);
    log(`after ${sent} messages: ${state.rows} rows in the page for ${state.total} in the log`);
    assert(state.total >= sent, `the log holds ${state.total} rows, fewer than the ${sent} messages sent`);
    assert(state.rows < state.total / 2, `${state.rows} of ${state.total} rows are in the page: the log is not virtualized`);
    assert(state.lastInView && state.scrolledToEnd, `the newest message is not in view after sending (${JSON.stringify(state)})`);
    assert((await page.locator('.channel__newest').count()) === 0, 'the way down shows while the log is at the bottom');

    // Scrolled up, the log stays where the player reads, and offers the way back down.
    await page.locator('.channel__log').hover();
    await page.mouse.wheel(0, -2500);
    await page.waitForTimeout(400);
    state = await logState(page);
    assert(!state.scrolledToEnd, 'the log did not scroll up');
    const newest = page.locator('.channel__newest');
    await newest.waitFor({ timeout: 5_000 });
    log(`scrolled up: "${(await newest.textContent())?.trim()}"`);

    // Teammates talk while the player reads back: the log does not move, the button counts them.
    const before = state.total;
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.getByRole('button', { name: '8x', exact: true }).click();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (await logState(page)).total === before) await page.waitForTimeout(250);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    state = await logState(page);
    assert(state.total > before, 'no teammate spoke in a minute of play');
    assert(!state.scrolledToEnd, 'a teammate’s message pulled the log down while the player read back');
    const label = (await newest.textContent())?.trim() ?? '';
    assert(/^\d+ new messages?/.test(label), `the way down does not count the new messages ("${label}")`);
    log(`${state.total - before} new while scrolled up: "${label}"`);
    await page.screenshot({ path: screenshotPath('channel-1-scrolled-up'), fullPage: false });

    await newest.click();
    await page.waitForTimeout(400);
    state = await logState(page);
    assert(state.lastInView && state.scrolledToEnd, `"${label}" did not bring the log to the newest message`);
    assert((await newest.count()) === 0, 'the way down still shows at the bottom');

    // The player's own message brings the log down, wherever it was.
    await page.mouse.wheel(0, -1500);
    await page.waitForTimeout(300);
    await composer.click();
    await page.keyboard.type('rollback started, next update in 10 minutes');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    state = await logState(page);
    assert(state.lastInView && state.scrolledToEnd, `the player's message did not bring the log down (${JSON.stringify(state)})`);
    await page.screenshot({ path: screenshotPath('channel-2-own-message'), fullPage: false });
  },
});
