// Plays a drill from the picker to the debrief with the keyboard only: Tab/Enter, the Ctrl+K
// palette, slash commands in the composer, speed 8x. One screenshot per screen.
import { assert, defineCheck } from '../harness.ts';
import { focusedText, resolveToDebriefByKeyboard, selectedPaletteOption, sendInComposer, startCheckoutDrillByKeyboard, tabTo } from './lib/keyboard.ts';

export const play = defineCheck({
  name: 'play',
  timeoutMs: 120_000,
  async run({ page, baseUrl, screenshotPath, log }) {
    await page.goto(baseUrl, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: 'Firedrill — incident-response drills' }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /Brief me/ }).first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath('play-1-picker'), fullPage: true });

    // Picker, briefing (a screenshot), war room: by keyboard.
    await startCheckoutDrillByKeyboard(page, () => page.screenshot({ path: screenshotPath('play-2-briefing'), fullPage: true }).then(() => undefined));

    // Speed 8x from the clock.
    await tabTo(page, /^button\|\|8x$/);
    await page.keyboard.press('Enter');
    assert((await page.getByRole('button', { name: '8x' }).getAttribute('aria-pressed')) === 'true', '8x is not pressed');

    // Slash commands in the composer.
    await tabTo(page, /^input\|Message to Main/);
    await sendInComposer(page, ['/ic', '/sev 1', '/page maya', '/status impact=card payments failing for many shoppers status=investigating the latest checkout release next=30m']);
    // The status update went to the stakeholders tab, which is now on screen.
    await page.getByRole('tab', { name: /Stakeholders/, selected: true }).waitFor();
    await page.getByRole('log').getByText('Next update').first().waitFor();
    await page.screenshot({ path: screenshotPath('play-3-stakeholders'), fullPage: false });
    // An unknown command explains itself.
    await page.keyboard.type('/frobnicate');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Unknown command /frobnicate' }).waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('/main');
    await page.keyboard.press('Enter');

    // The palette: delegate the rollback to Arjun, who is in the channel.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Actions' });
    await palette.waitFor();
    await page.keyboard.type('delegate arjun roll back');
    await selectedPaletteOption(palette, /Delegate to Arjun: roll back checkout/i);
    await page.screenshot({ path: screenshotPath('play-4-palette'), fullPage: false });
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });

    // A destructive mitigation asks first, and says it is destructive; Escape backs out.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('restart every checkout pod yourself');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Are you sure?' });
    await confirm.waitFor();
    assert(/destructive/i.test((await confirm.textContent()) ?? ''), 'the destructive confirmation does not say it is destructive');
    assert(/Cancel/.test(await focusedText(page)), 'focus should rest on Cancel for a destructive action');
    await page.screenshot({ path: screenshotPath('play-5-confirm-destructive'), fullPage: false });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });

    // Let the rollback land at 8x (Arjun acknowledges, rolls back, the rollback takes effect).
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const impact = await page.getByRole('meter').getAttribute('aria-valuenow');
      const done = await page.locator('.task--done').count();
      if (done > 0 && impact === '0') break;
      await page.waitForTimeout(500);
    }
    log(`game time ${await page.getByTestId('game-time').textContent()}, impact ${await page.getByRole('meter').getAttribute('aria-valuetext')}`);
    await page.screenshot({ path: screenshotPath('play-6-war-room'), fullPage: false });

    await resolveToDebriefByKeyboard(page);
    const dims = page.getByRole('list', { name: 'Dimension scores' }).getByRole('listitem');
    await dims.first().waitFor({ timeout: 20_000 });
    assert((await dims.count()) === 6, `expected 6 dimension scores, got ${await dims.count()}`);
    const findings = page.locator('.findings__list > li');
    assert((await findings.count()) >= 1, 'the debrief lists no findings');
    log(`total ${await page.getByTestId('total-score').textContent()}, ${await findings.count()} findings`);

    // Selecting a finding marks its moment on the chart.
    await tabTo(page, /^button\|\|\d\d:\d\d/);
    await page.keyboard.press('Enter');
    await page.locator('.chart__highlight').waitFor();

    // Downloads: the postmortem and the replay.
    await tabTo(page, /Download postmortem/);
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert(/postmortem\.md$/.test(markdown.suggestedFilename()), `unexpected file ${markdown.suggestedFilename()}`);
    await tabTo(page, /Download replay/);
    const [replay] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert(/replay\.json$/.test(replay.suggestedFilename()), `unexpected file ${replay.suggestedFilename()}`);
    await page.screenshot({ path: screenshotPath('play-7-debrief'), fullPage: true });
  },
});
