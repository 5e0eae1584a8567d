// A new trainee's first visit: the picker sends them to the coached first drill at Shadow; they play it
// to the debrief with the coach beside them, follow a finding's link into the handbook, come back and
// see the next suggested drill (now at Scribe). The handbook and the progress report pass axe too.
import type { Page } from 'playwright-core';
import { assert, defineCheck } from '../harness.ts';
import { audit } from './axe.ts';
import { selectedPaletteOption } from './lib/keyboard.ts';

async function composer(page: Page, commands: string[]): Promise<void> {
  const input = page.locator('.composer__input');
  for (const command of commands) {
    await input.fill(command);
    await input.press('Enter');
    await page.waitForTimeout(200);
    const errors = await page.locator('.composer__error').allTextContents();
    assert(errors.length === 0, `composer refused ${command}: ${errors.join(' ')}`);
  }
}

export const onboarding = defineCheck({
  name: 'onboarding',
  timeoutMs: 180_000,
  async run({ page, baseUrl, screenshotPath, log }) {
    const problems: string[] = [];
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(baseUrl, { waitUntil: 'load' });
    const path = page.getByRole('list', { name: 'Training path' });
    await path.waitFor({ timeout: 20_000 });
    assert(/Shadowyou are here/.test((await path.textContent()) ?? ''), 'a new trainee does not stand at Shadow');
    const first = page.getByRole('region', { name: 'Your first drill: nobody can log in' });
    await first.waitFor();
    await page.screenshot({ path: screenshotPath('onboarding-1-picker'), fullPage: false });

    // The suggested first drill, at Shadow.
    await first.getByRole('button', { name: /^Brief me/ }).click();
    await page.waitForURL(/#\/brief\/coached-first-drill\?seed=\d+&mode=shadow$/);
    await page.getByRole('heading', { level: 1, name: 'Your first drill: nobody can log in' }).waitFor();
    await page.screenshot({ path: screenshotPath('onboarding-2-briefing'), fullPage: true });
    await page.getByRole('button', { name: 'Start the drill (Shadow)' }).click();
    await page.waitForURL(/#\/play\/coached-first-drill\?seed=\d+&mode=shadow$/);
    const coach = page.getByRole('complementary', { name: 'Coach' });
    await coach.waitFor();
    await page.getByRole('button', { name: '8x', exact: true }).click();

    // The coach says what to do next and waits (the clock pauses); it never does it itself.
    await coach.getByText('By the book, next: Claim command').waitFor({ timeout: 30_000 });
    await coach.getByRole('button', { name: 'Resume the clock' }).waitFor();
    await page.getByRole('log', { name: 'Main messages' }).getByText('Next, by the book: Claim command').first().waitFor();
    await page.screenshot({ path: screenshotPath('onboarding-3-coach'), fullPage: false });
    problems.push(...(await audit(page, 'war room with the coach', log)));

    await composer(page, ['/ic', '/sev 1', '/page noah', '/status impact=most users cannot sign in status=rolling back the login release actions=rollback in flight next=20m', '/main']);
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Actions' });
    await palette.waitFor();
    await page.keyboard.type('delegate roll back login');
    await selectedPaletteOption(palette, /Delegate to .*roll back login/i);
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });

    // Let the rollback land; resume whenever the coach stops the clock to explain something.
    const deadline = Date.now() + 90_000;
    while (!/The bleeding stopped/.test((await coach.textContent()) ?? '')) {
      assert(Date.now() < deadline, `the rollback never took effect; coach says: ${await coach.textContent()}`);
      const resume = coach.getByRole('button', { name: 'Resume the clock' });
      if (await resume.isVisible()) await resume.click();
      await page.waitForTimeout(400);
    }
    await page.screenshot({ path: screenshotPath('onboarding-4-mitigated'), fullPage: false });
    await page.keyboard.press('Control+k');
    await palette.waitFor();
    await page.keyboard.type('resolve');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Resolve and end the drill' }).click();

    // The debrief: passed at Shadow, each finding links to its rule.
    await page.getByRole('list', { name: 'Dimension scores' }).waitFor({ timeout: 20_000 });
    await page.getByText(/Passed at Shadow/).waitFor();
    log(`score: ${await page.getByTestId('total-score').textContent()}`);
    await page.screenshot({ path: screenshotPath('onboarding-5-debrief'), fullPage: true });
    const link = page.getByRole('region', { name: 'Findings' }).getByRole('link', { name: /^Read the rule/ }).first();
    const href = (await link.getAttribute('href')) ?? '';
    assert(/^#\/handbook\/[a-z]+\.[a-z_]+$/.test(href), `unexpected rule link ${href}`);
    await link.click();
    await page.waitForURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    await page.getByRole('navigation', { name: 'Contents' }).waitFor();
    // The screen moves focus to the rule once it has rendered.
    const anchor = `rule-${href.split('/').pop()!.replace(/[^a-z0-9]+/g, '-')}`;
    const focusedRule = await page
      .waitForFunction((id) => document.activeElement?.id === id, anchor, { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    assert(focusedRule, `focus is on "${await page.evaluate(() => document.activeElement?.id ?? '')}", not on the rule ${href}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('onboarding-6-handbook-rule'), fullPage: false });
    problems.push(...(await audit(page, 'handbook', log)));
    await page.goto(`${baseUrl}#/handbook`);
    await page.getByRole('heading', { level: 1, name: 'How we run incidents' }).waitFor();
    await page.screenshot({ path: screenshotPath('onboarding-6b-handbook-top'), fullPage: false });
    await page.goBack();

    // Back to the debrief: the next suggested drill, at Scribe now that Shadow is passed.
    await page.goBack();
    const next = page.locator('.next-drill');
    await next.waitFor({ timeout: 20_000 });
    const nextText = (await next.textContent()) ?? '';
    assert(/Suggested next drill/.test(nextText) && /Scribe/.test(nextText) && !/Your first drill/.test(nextText), `unexpected next drill: ${nextText}`);
    log(`next: ${nextText}`);
    await next.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('onboarding-7-next-drill'), fullPage: false });

    await page.goto(`${baseUrl}#/progress`);
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor({ timeout: 20_000 });
    await page.getByRole('img', { name: /Scores per tenet over your last 1 drill/ }).waitFor();
    await page.screenshot({ path: screenshotPath('onboarding-8-progress'), fullPage: true });
    problems.push(...(await audit(page, 'progress report', log)));
    assert(problems.length === 0, `axe found serious or critical violations:\n${problems.join('\n')}`);
  },
});
