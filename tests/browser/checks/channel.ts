// The incident channel keeps the whole conversation, with only the messages in view in the page: it
// opens on the newest message and follows new ones while the player reads at the bottom; scrolled up,
// it stays put and offers the way back down, counting what arrived meanwhile; the player's own message
// brings it down wherever it was; following, it keeps the newest message in view as rows are measured
// and as the log itself gets shorter.
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

    // Following while the game runs: the player's messages and those that arrive with the clock
    // (teammates, the coach) are laid out in the frame that shows them, often taller than the log
    // guessed; the log stays at its end.
    const following = (await logState(page)).total;
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    const off: string[] = [];
    for (let i = 1; i <= 6; i++) {
      await composer.click();
      await page.keyboard.type(`update ${i}: the rollback is still running on the checkout pods; error rates are falling in two regions of three, the third is next`);
      await page.keyboard.press('Enter');
      for (let k = 0; k < 8; k++) {
        await page.waitForTimeout(100);
        const sample = await logState(page);
        if (!sample.scrolledToEnd || !sample.lastInView) off.push(`${sample.total} rows: ${sample.lastText.slice(0, 40)}`);
      }
    }
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    state = await logState(page);
    log(`following at 8x: ${state.total - following} new rows, ${off.length} samples off the newest`);
    assert(off.length === 0, `the log rested above the newest message while following: ${off.slice(0, 3).join('; ')}`);

    // The log gets shorter under a following reader (the coach's prompt above the panels grows, the
    // window is made smaller): the newest message stays in view.
    await page.setViewportSize({ width: 1280, height: 640 });
    await page.waitForTimeout(300);
    state = await logState(page);
    assert(state.lastInView && state.scrolledToEnd, `a shorter log left the newest message below the fold (${JSON.stringify(state)})`);
    await page.setViewportSize({ width: 1280, height: 800 });
  },
});
