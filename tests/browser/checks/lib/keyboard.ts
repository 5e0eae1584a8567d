// Keyboard helpers shared by the browser checks (not a check itself: it exports no BrowserCheck).
import type { Page } from 'playwright-core';
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
