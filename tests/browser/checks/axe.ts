// axe-core on the picker, the war room and the debrief: no serious or critical violations.
// index.html's CSP (script-src 'self') blocks an injected inline <script>, so axe's source is
// evaluated through the DevTools protocol instead (page.evaluate is not subject to the page's CSP).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assert, defineCheck, REPO_ROOT } from '../harness.ts';

const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function audit(page: Page, where: string, log: (m: string) => void): Promise<string[]> {
  // Let arrival and toast animations settle: a half-faded element is not what a reader sees.
  await page.waitForTimeout(600);
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!injected) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  for (const v of violations) log(`${where}: ${v.impact} ${v.id} (${v.help}) x${v.nodes.length}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

export const axe = defineCheck({
  name: 'axe',
  timeoutMs: 90_000,
  async run({ page, baseUrl, log }) {
    const problems: string[] = [];
    await page.goto(baseUrl, { waitUntil: 'load' });
    await page.getByRole('button', { name: /Brief me/ }).first().waitFor({ timeout: 20_000 });
    problems.push(...(await audit(page, 'picker', log)));

    await page.goto(`${baseUrl}#/brief/checkout-bad-deploy?seed=7`);
    await page.getByRole('button', { name: 'Start the drill' }).click();
    await page.getByRole('heading', { name: 'Incident channel' }).waitFor();
    await page.getByRole('button', { name: '8x' }).click();
    const composer = page.locator('.composer__input');
    for (const command of ['/ic', '/sev 1', '/page maya', '/status impact=card payments failing status=investigating next=30m']) {
      await composer.fill(command);
      await composer.press('Enter');
    }
    await composer.fill('/main');
    await composer.press('Enter');
    // Let alerts, messages and a few samples arrive.
    await page.getByRole('heading', { name: /CheckoutHighErrorRate/ }).waitFor({ timeout: 40_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    problems.push(...(await audit(page, 'war room', log)));

    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Actions' }).waitFor();
    problems.push(...(await audit(page, 'palette', log)));
    await page.keyboard.type('resolve');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Resolve and end the drill' }).click();
    await page.getByRole('list', { name: 'Dimension scores' }).waitFor({ timeout: 20_000 });
    problems.push(...(await audit(page, 'debrief', log)));

    assert(problems.length === 0, `axe found serious or critical violations:\n${problems.join('\n')}`);
  },
});
