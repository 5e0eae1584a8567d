// The bot checks: on every scenario in scenarios/ at seeds 1 to 10, the textbook bot scores high
// and beats every other bot, and each anti-pattern bot loses clearly on its own dimension. Runs are
// deterministic, and no bot names a scenario, a person or a mitigation.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTS, simulate } from '../../src/bots';
import { runSummary } from '../../src/cli/drill';
import type { Dimension } from '../../src/doctrine/pack';
import { scoreGame, type ScoreReport } from '../../src/scoring';
import type { Scenario } from '../../src/scenario/schema';
import { allScenarios } from '../helpers/scenarios';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const TEXTBOOK_FLOOR = 85;
const OWN_DIMENSION_GAP = 30;
const MATRIX_TIMEOUT = 120_000;

/** Each anti-pattern bot and the doctrine dimension it gets wrong. */
const ANTI_PATTERNS: readonly (readonly [bot: string, dimension: Dimension])[] = [
  ['hero', 'mitigation'],
  ['lone-wolf', 'command'],
  ['panic', 'escalation'],
  ['chatterbox', 'signal'],
  ['under-classifier', 'severity'],
  ['cowboy', 'blastRadius'],
];

it('has a bot for every anti-pattern, the textbook bot and random', () => {
  expect(BOTS.map((b) => b.name).sort()).toEqual(['textbook', 'random', ...ANTI_PATTERNS.map(([bot]) => bot)].sort());
});

/** Every run of a scenario: reports[bot][seed index]. */
function playMatrix(scenario: Scenario): Map<string, ScoreReport[]> {
  const reports = new Map<string, ScoreReport[]>();
  for (const bot of BOTS) reports.set(bot.name, SEEDS.map((seed) => scoreGame(simulate(scenario, bot, { seed }))));
  return reports;
}

for (const scenario of allScenarios()) {
  describe(`bots on ${scenario.id}`, () => {
    let reports = new Map<string, ScoreReport[]>();
    const of = (bot: string): ScoreReport[] => {
      const found = reports.get(bot);
      if (!found) throw new Error(`no runs for ${bot}`);
      return found;
    };

    beforeAll(() => {
      reports = playMatrix(scenario);
    }, MATRIX_TIMEOUT);

    it(`textbook totals at least ${TEXTBOOK_FLOOR} at every seed`, () => {
      of('textbook').forEach((report, i) => expect(report.total, `seed ${SEEDS[i]}`).toBeGreaterThanOrEqual(TEXTBOOK_FLOOR));
    });

    it('textbook totals more than every other bot at every seed', () => {
      const textbook = of('textbook');
      for (const bot of BOTS) {
        if (bot.name === 'textbook') continue;
        of(bot.name).forEach((report, i) => expect(report.total, `${bot.name} at seed ${SEEDS[i]}`).toBeLessThan(textbook[i]!.total));
      }
    });

    for (const [bot, dimension] of ANTI_PATTERNS) {
      it(`${bot} scores ${dimension} at least ${OWN_DIMENSION_GAP} below textbook at every seed`, () => {
        const textbook = of('textbook');
        of(bot).forEach((report, i) => {
          const gap = textbook[i]!.dimensions[dimension] - report.dimensions[dimension];
          expect(gap, `seed ${SEEDS[i]}: textbook ${textbook[i]!.dimensions[dimension]}, ${bot} ${report.dimensions[dimension]}`).toBeGreaterThanOrEqual(OWN_DIMENSION_GAP);
        });
      });
    }

    it('gives identical JSON for the same seed', { timeout: 30_000 }, () => {
      for (const bot of BOTS) {
        const once = simulate(scenario, bot, { seed: 7 });
        const twice = simulate(scenario, bot, { seed: 7 });
        expect(JSON.stringify(runSummary(twice, bot.name, scoreGame(twice))), bot.name).toBe(JSON.stringify(runSummary(once, bot.name, scoreGame(once))));
        // And the same report the matrix scored.
        expect(scoreGame(once), bot.name).toEqual(of(bot.name)[SEEDS.indexOf(7)]);
      }
    });
  });
}

describe('bots are generic', () => {
  const botDir = fileURLToPath(new URL('../../src/bots/', import.meta.url));
  const sources = readdirSync(botDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: readFileSync(`${botDir}${name}`, 'utf8') }));
  /** The id as a whole identifier: not part of a longer one ("dev" is not in "devices" or "dev-ops"). */
  const names = (text: string, id: string) => new RegExp(`(?<![A-Za-z0-9_-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`).test(text);

  it('reads every bot source file', () => {
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['textbook.ts', 'hero.ts', 'moves.ts', 'observe.ts']));
    expect(names('const who = "maya";', 'maya')).toBe(true);
    expect(names('devices and dev-ops', 'dev')).toBe(false);
  });

  it('never names a scenario, a person or a mitigation from scenarios/', () => {
    const ids = allScenarios().flatMap((s) => [s.id, ...s.people.map((p) => p.id), ...s.mitigations.map((m) => m.id)]);
    expect(ids.length).toBeGreaterThan(20);
    const named = sources.flatMap(({ name, text }) => ids.filter((id) => names(text, id)).map((id) => `${name}: ${id}`));
    expect(named).toEqual([]);
  });
});
