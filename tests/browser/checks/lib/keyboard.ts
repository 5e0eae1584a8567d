// Keyboard helpers shared by the browser checks (not a check itself: it exports no BrowserCheck).
import type { Locator, Page } from 'playwright-core';
import { CheckFailure } from '../../harness.ts';

/** What the focused element says: its accessible-ish text (aria-label, label text, or content). */
export async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null);
    return `${el.tagName.toLowerCase()}|${label ?? ''}|${(el.textContent ?? '').trim().slice(0, 120)}`;
  });
}

/** Presses Tab until the focused element's description matches, or fails after `max` presses. */
export async function tabTo(page: Page, pattern: RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (pattern.test(await focusedText(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new CheckFailure(`Tab never reached ${pattern} (last focus: ${await focusedText(page)})`);
}

/**
 * From the picker to the war room by keyboard: filter, brief, start. `beforeStart` runs on the
 * briefing screen (a screenshot, say).
 */
export async function startCheckoutDrillByKeyboard(page: Page, beforeStart?: () => Promise<void>): Promise<void> {
  await tabTo(page, /^input\|Filter drills/);
  await page.keyboard.type('checkout');
  await tabTo(page, /Brief me.*checkout deploy/i);
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/brief\/checkout-bad-deploy\?seed=\d+/);
  await page.getByRole('heading', { level: 1, name: 'The Friday afternoon checkout deploy' }).waitFor();
  await beforeStart?.();
  await tabTo(page, /Start the drill/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/play\/checkout-bad-deploy\?seed=\d+/);
  await page.getByRole('heading', { name: 'Incident channel' }).waitFor();
}

/** Types each line into the focused composer and sends it; fails if the composer refuses one. */
export async function sendInComposer(page: Page, lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    const refused = await page.locator('.composer__error').allTextContents();
    if (refused.length > 0) throw new CheckFailure(`composer refused ${line}: ${refused.join(' ')}`);
  }
}

/** Resolves the checkout drill through the palette (the confirmation's default button resolves) and waits for the debrief. */
export async function resolveToDebriefByKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('resolve');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Are you sure?' }).waitFor();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/debrief\/checkout-bad-deploy\?seed=\d+/, { timeout: 20_000 });
}

/**
 * The palette's selected option once its list has caught up with the filter (the list follows the box
 * in a deferred render, a frame or so behind the last key): its text, or a failure naming what is
 * selected instead.
 */
export async function selectedPaletteOption(palette: Locator, expected: RegExp): Promise<string> {
  const match = palette.getByRole('option', { selected: true, name: expected });
  try {
    await match.waitFor({ timeout: 5_000 });
  } catch {
    const chosen = await palette.getByRole('option', { selected: true }).textContent().catch(() => null);
    throw new CheckFailure(`unexpected palette choice "${chosen}" (expected ${expected})`);
  }
  return (await match.textContent()) ?? '';
}
