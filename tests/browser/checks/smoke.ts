import { assert, defineCheck } from '../harness.ts';

const HEADING = 'Firedrill — incident-response drills';

export const smoke = defineCheck({
  name: 'smoke',
  async run({ page, baseUrl, screenshotPath, log }) {
    const response = await page.goto(baseUrl, { waitUntil: 'load' });
    assert(response, 'no response for the landing page');
    assert(response.ok(), `landing page answered HTTP ${response.status()}`);

    // The CSP must be served as written (the dev-only relaxation must not leak into the build).
    const html = await response.text();
    assert(
      html.includes("script-src 'self';") && html.includes("style-src 'self';"),
      'served index.html lacks the strict Content-Security-Policy',
    );
    assert(!/unsafe-inline/.test(html), "served index.html allows 'unsafe-inline'");
    assert(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'served index.html has an inline <script>');
    assert(!/<style[\s>]/i.test(html), 'served index.html has an inline <style>');

    assert((await page.title()) === 'Firedrill', `unexpected title "${await page.title()}"`);

    const heading = page.getByRole('heading', { level: 1, name: HEADING });
    await heading.waitFor({ state: 'visible', timeout: 20_000 });
    // The bundled scenarios load lazily and parse in the browser: one card per drill.
    await page.getByRole('list', { name: 'Drills' }).waitFor({ timeout: 20_000 });
    const cards = await page.getByRole('button', { name: /Brief me/ }).count();
    assert(cards >= 1, 'the picker shows no drills');
    log(`${cards} drills listed`);

    // The stylesheet loaded under the CSP: styles.css zeroes the body margin and sets a dark page.
    const body = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { margin: style.marginTop, color: getComputedStyle(document.documentElement).color };
    });
    assert(body.margin === '0px', `styles.css not applied (body margin ${body.margin})`);
    log(`text colour ${body.color}`);

    const file = screenshotPath('smoke');
    await page.screenshot({ path: file, fullPage: true });
    log(`screenshot ${file}`);
  },
});
