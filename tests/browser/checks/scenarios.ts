// Every bundled scenario in the built game: picker -> briefing -> war room, one minute of game time
// at 8x each (a few pages at once, each in its own context); any console error fails. Then the
// player's own files: a malformed one shows its problems with a line number, a valid one plays.
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { join } from 'node:path';
import { assert, defineCheck, REPO_ROOT } from '../harness.ts';

const PICKER_HEADING = 'Firedrill — incident-response drills';
/** Pages playing at the same time. */
const PARALLEL = 4;
const ONE_MINUTE = 60;

const seconds = (clock: string) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

async function openPicker(page: Page, baseUrl: string) {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1, name: PICKER_HEADING }).waitFor({ timeout: 20_000 });
  await page.getByRole('list', { name: 'Drills' }).waitFor({ timeout: 20_000 });
}

/** From the picker's card to one minute of game time at 8x. Returns the game time reached. */
async function playOneMinute(page: Page, title: string): Promise<string> {
  await page.getByRole('article', { name: title, exact: true }).getByRole('button', { name: /^Brief me/ }).click();
  await page.waitForURL(/#\/brief\/[a-z0-9-]+\?seed=\d+/);
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  await page.getByRole('button', { name: /^Start the drill/ }).click();
  await page.waitForURL(/#\/play\/[a-z0-9-]+\?seed=\d+/);
  await page.getByRole('heading', { name: 'Incident channel' }).waitFor();
  await page.getByRole('button', { name: '8x', exact: true }).click();
  const clock = page.getByTestId('game-time');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const text = (await clock.textContent()) ?? '00:00';
    if (seconds(text) >= ONE_MINUTE) return text;
    // A drill that ends in its first minute goes to the debrief; that is fine too.
    if (/#\/debrief\//.test(page.url())) return 'ended';
    assert(Date.now() < deadline, `"${title}": game time only reached ${text} in 30 s at 8x`);
    // The coached first drill pauses while its coach explains a move; a player reads it and resumes.
    const resume = page.getByRole('button', { name: 'Resume the clock' });
    if (await resume.isVisible()) await resume.click();
    await page.waitForTimeout(250);
  }
}

export const everyScenario = defineCheck({
  name: 'scenarios-every-drill',
  timeoutMs: 150_000,
  async run({ page, baseUrl, context, log }) {
    await openPicker(page, baseUrl);
    const titles = await page.getByRole('list', { name: 'Drills' }).getByRole('article').getByRole('heading', { level: 2 }).allTextContents();
    assert(titles.length >= 13, `expected every bundled scenario on the picker, got ${titles.length}`);
    assert((await page.locator('.problems').count()) === 0, 'some bundled scenario files did not parse');

    const browser: Browser | null = context.browser();
    assert(browser, 'no browser for extra contexts');
    const problems: string[] = [];
    const queue = [...titles];
    const worker = async (index: number) => {
      // Worker 0 uses the runner's page (its console is watched by the runner too); the others get
      // their own contexts and report their console errors here.
      const own = index === 0 ? null : await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const workerPage = own ? await own.newPage() : page;
      if (own) {
        workerPage.on('console', (message: ConsoleMessage) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        workerPage.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      }
      try {
        for (let title = queue.shift(); title !== undefined; title = queue.shift()) {
          await openPicker(workerPage, baseUrl);
          const started = Date.now();
          const reached = await playOneMinute(workerPage, title);
          const hidden = await workerPage.evaluate(() => document.hidden);
          assert(!hidden, `the page playing "${title}" was hidden, so the game loop would not run`);
          log(`${title}: ${reached} of game time in ${Date.now() - started} ms`);
        }
      } finally {
        await own?.close();
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, (_, i) => worker(i)));
    assert(problems.length === 0, problems.join('\n'));
  },
});

const fixture = (path: string) => join(REPO_ROOT, 'tests/fixtures', path);

export const ownScenarioFile = defineCheck({
  name: 'scenarios-own-file',
  timeoutMs: 60_000,
  async run({ page, baseUrl, screenshotPath, log }) {
    await openPicker(page, baseUrl);

    // A save that cannot be read: both are dropped with a notice, and the picker still works.
    await page.evaluate(() => {
      localStorage.setItem('firedrill.progress', '{"state": nonsense');
      localStorage.setItem('firedrill.userScenarios.v1', '[[[');
    });
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('list', { name: 'Drills' }).waitFor({ timeout: 20_000 });
    await page.getByText('Your saved progress could not be read, so it was reset.').waitFor();
    await page.getByText('Your saved scenario files could not be read, so they were removed.').waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).first().click();

    // A valid file: playable at once, marked as the player's own.
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(fixture('valid/minimal.yaml'));
    await page.getByRole('heading', { name: 'Loaded “A minimal drill”' }).waitFor();
    const card = page.getByRole('article', { name: 'A minimal drill' });
    await card.getByText('Your file').waitFor();
    await page.screenshot({ path: screenshotPath('scenarios-1-file-loaded'), fullPage: false });

    // A malformed file: the problems are listed with a line number, and focus moves to them.
    await input.setInputFiles(fixture('malformed/bad-duration.yaml'));
    const errors = page.getByRole('region', { name: /bad-duration\.yaml has 1 problem and was not loaded/ });
    await errors.waitFor();
    const problem = (await errors.getByRole('listitem').first().textContent()) ?? '';
    assert(/line \d+, column \d+/.test(problem), `the problem does not give a line: "${problem}"`);
    log(`problem: ${problem}`);
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert(/bad-duration\.yaml has 1 problem/.test(focused), `focus is not on the problem list heading but on "${focused}"`);
    await page.screenshot({ path: screenshotPath('scenarios-2-file-errors'), fullPage: true });

    // The valid file is remembered after a reload.
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('list', { name: 'Drills' }).waitFor({ timeout: 20_000 });
    await card.getByText('Your file').waitFor();

    // Its briefing offers the ladder; a new trainee starts at Shadow (in the URL), and the war room shows the coach's hint line.
    await card.getByRole('button', { name: /Brief me/ }).click();
    await page.getByRole('heading', { level: 1, name: 'A minimal drill' }).waitFor();
    await page.getByRole('group', { name: 'Training level' }).waitFor();
    assert(await page.getByRole('radio', { name: /^Shadow/ }).isChecked(), 'a new trainee does not start at Shadow');
    assert(await page.getByRole('radio', { name: /^Scribe/ }).isDisabled(), 'Scribe is not locked for a new trainee');
    await page.waitForURL(/#\/brief\/minimal\?seed=\d+&mode=shadow/);
    await page.screenshot({ path: screenshotPath('scenarios-3-briefing-ladder'), fullPage: true });
    await page.getByRole('button', { name: /^Start the drill/ }).click();
    await page.waitForURL(/#\/play\/minimal\?seed=\d+&mode=shadow/);
    const hint = page.getByTestId('hint');
    await hint.waitFor();
    await page.getByRole('button', { name: '8x', exact: true }).click();
    const clock = page.getByTestId('game-time');
    const deadline = Date.now() + 30_000;
    while (seconds((await clock.textContent()) ?? '0') < ONE_MINUTE) {
      assert(Date.now() < deadline, 'the loaded drill did not reach one minute of game time');
      await page.waitForTimeout(250);
    }
    log(`hint at ${await clock.textContent()}: ${await hint.textContent()}`);
    await page.screenshot({ path: screenshotPath('scenarios-4-shadow-hint'), fullPage: false });
  },
});
