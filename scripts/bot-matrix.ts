// Plays every bot on scenarios at seeds 1-10 and checks what the scoring issue demands: textbook
// totals at least 85 and beats every other bot; each anti-pattern bot's own dimension sits at least
// 30 points below textbook's. Usage: tsx scripts/bot-matrix.ts [scenario.yaml ...] (default: scenarios/)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOTS, simulate } from '../src/bots';
import type { Dimension } from '../src/doctrine/pack';
import { formatProblem, parseScenario } from '../src/scenario/parse';
import { scoreGame, type ScoreReport } from '../src/scoring';

export const OWN_DIMENSION: Record<string, Dimension> = {
  hero: 'mitigation',
  'lone-wolf': 'command',
  panic: 'escalation',
  chatterbox: 'signal',
  'under-classifier': 'severity',
  cowboy: 'blastRadius',
};

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => join('scenarios', f));
const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
let failures = 0;
for (const file of files) {
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) {
    parsed.errors.forEach((e) => console.log(formatProblem(e)));
    failures++;
    continue;
  }
  const worst: Record<string, number> = {};
  const problems: string[] = [];
  for (const seed of seeds) {
    const scores: Record<string, ScoreReport> = {};
    for (const bot of BOTS) scores[bot.name] = scoreGame(simulate(parsed.scenario, bot, { seed }));
    const textbook = scores.textbook!;
    if (textbook.total < 85) problems.push(`seed ${seed}: textbook totals ${textbook.total} ${JSON.stringify(textbook.dimensions)}`);
    for (const [name, report] of Object.entries(scores)) {
      if (name !== 'textbook' && report.total >= textbook.total) problems.push(`seed ${seed}: ${name} totals ${report.total}, textbook ${textbook.total}`);
      const dimension = OWN_DIMENSION[name];
      if (!dimension) continue;
      const gap = textbook.dimensions[dimension] - report.dimensions[dimension];
      worst[name] = Math.min(worst[name] ?? Infinity, gap);
      if (gap < 30) problems.push(`seed ${seed}: ${name} ${dimension} ${report.dimensions[dimension]} vs textbook ${textbook.dimensions[dimension]}`);
    }
    if (seed === 1) {
      console.log(`\n${file}`);
      for (const [name, report] of Object.entries(scores)) console.log(`  ${name.padEnd(17)} ${String(report.total).padStart(3)}  ${Object.entries(report.dimensions).map(([d, v]) => `${d} ${v}`).join(' · ')}`);
    }
  }
  console.log(`  smallest gap on own dimension over seeds 1-10: ${Object.entries(worst).map(([n, g]) => `${n} ${g}`).join(', ')}`);
  if (problems.length > 0) {
    failures++;
    problems.forEach((p) => console.log(`  FAIL ${p}`));
  } else console.log('  all checks pass');
}
process.exitCode = failures > 0 ? 1 : 0;
