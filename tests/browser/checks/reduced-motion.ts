// With reduced motion emulated (the browser context option), a short drill still plays from the
// picker to the debrief, keyboard only and fast (8x, slash commands and the palette), with no console
// errors: the motion features, when told to stand still, must not break a screen.
import type { ConsoleMessage } from 'playwright-core';
import { assert, defineCheck } from '../harness.ts';
import { resolveToDebriefByKeyboard, sendInComposer, startCheckoutDrillByKeyboard, tabTo } from './lib/keyboard.ts';

export const reducedMotion = defineCheck({
  name: 'reduced-motion',
  timeoutMs: 120_000,
  async run({ context: defaultContext, baseUrl, screenshotPath, log }) {
    const browser = defaultContext.browser();
    assert(browser, 'no Browser behind the check context');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));

      await page.goto(baseUrl, { waitUntil: 'load' });
      assert(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), 'reduced motion is not emulated');
      await page.getByRole('button', { name: /Brief me/ }).first().waitFor({ timeout: 20_000 });

      await startCheckoutDrillByKeyboard(page);

      await tabTo(page, /^button\|\|8x$/);
      await page.keyboard.press('Enter');
      await tabTo(page, /^input\|Message to Main/);
      await sendInComposer(page, ['/ic', '/sev 1']);

      // The palette opens and closes without its animation; delegate the rollback through it.
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Actions' });
      await palette.waitFor();
      await page.keyboard.type('delegate arjun roll back');
      await page.keyboard.press('Enter');
      await palette.waitFor({ state: 'detached' });

      // Alerts arrive (their rows mount without sliding) while the rollback lands.
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && (await page.locator('.task--done').count()) === 0) await page.waitForTimeout(500);
      assert((await page.locator('.task--done').count()) > 0, 'the delegated rollback never finished');
      const rows = await page.locator('.alerts__list .alert').count();
      log(`game time ${await page.getByTestId('game-time').textContent()}, ${rows} alert groups on screen`);

      await resolveToDebriefByKeyboard(page);
      await page.getByRole('list', { name: 'Dimension scores' }).getByRole('listitem').first().waitFor({ timeout: 20_000 });
      log(`total ${await page.getByTestId('total-score').textContent()}`);
      await page.screenshot({ path: screenshotPath('reduced-motion-debrief'), fullPage: false });
      await page.waitForTimeout(100);
    } finally {
      await context.close().catch(() => undefined);
    }
    assert(errors.length === 0, errors.join('\n'));
  },
});
