// A trainee's progress report, built from the saved runs: drills played, scores per tenet over time,
// the rules most often broken and where they stand on the ladder. Exported as Markdown and JSON for a
// lead to review; nothing leaves the browser otherwise.
import { DIMENSIONS, type Dimension, type DoctrinePack } from '../doctrine/pack';
import { DIMENSION_TITLES } from '../scoring/debrief';
import { isRuleId, RULES } from '../scoring/ruleCatalog';
import { LEVEL_TITLES, passes, standing, type Level, type Standing } from '../store/ladder';
import { allRuns, type ModeProgress } from '../store/progress';

export interface ReportRun {
  at: string;
  scenarioId: string;
  title: string;
  level: Level;
  score: number;
  passed: boolean;
  resolved: boolean;
  dimensions: Partial<Record<Dimension, number>>;
}

export interface ProgressReport {
  trainee: string;
  generatedAt: string;
  doctrine: string;
  standing: { current: Level; levels: { level: Level; passMark: number; unlocked: boolean; passed: string[] }[] };
  drillsPlayed: number;
  distinctDrills: number;
  runs: ReportRun[];
  /** Broken rules, most often first. */
  brokenRules: { rule: string; title: string; times: number }[];
}

export function buildReport(
  progress: Record<string, ModeProgress>,
  options: { trainee: string; pack: DoctrinePack; titles: Record<string, string>; now?: Date },
): ProgressReport {
  const runs = allRuns(progress);
  const where: Standing = standing(runs, options.pack);
  const counts = new Map<string, number>();
  for (const run of runs) for (const rule of run.broken ?? []) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return {
    trainee: options.trainee,
    generatedAt: (options.now ?? new Date()).toISOString(),
    doctrine: options.pack.name,
    standing: { current: where.current, levels: where.levels.map(({ level, passMark, unlocked, passed }) => ({ level, passMark, unlocked, passed })) },
    drillsPlayed: runs.length,
    distinctDrills: new Set(runs.map((r) => r.scenarioId)).size,
    runs: runs.map((r) => ({
      at: new Date(r.at).toISOString(),
      scenarioId: r.scenarioId,
      title: options.titles[r.scenarioId] ?? r.scenarioId,
      level: r.level,
      score: r.score,
      passed: passes(r, r.level, options.pack),
      resolved: r.resolved,
      dimensions: r.dimensions ?? {},
    })),
    brokenRules: [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([rule, times]) => ({ rule, title: isRuleId(rule) ? RULES[rule].title : rule, times })),
  };
}

const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function reportMarkdown(report: ProgressReport): string {
  const lines: string[] = [];
  lines.push(`# Firedrill progress report${report.trainee ? `: ${report.trainee}` : ''}`, '');
  lines.push(`Generated ${report.generatedAt} against the ${report.doctrine}.`, '');
  lines.push('## Where they stand', '');
  lines.push(`Current level: **${LEVEL_TITLES[report.standing.current]}**.`, '');
  for (const l of report.standing.levels) {
    lines.push(`- ${LEVEL_TITLES[l.level]} (pass mark ${l.passMark}): ${l.unlocked ? 'unlocked' : 'locked'}; passed ${l.passed.length === 0 ? 'no drill yet' : l.passed.join(', ')}`);
  }
  lines.push('', '## Drills played', '');
  lines.push(`${report.drillsPlayed} runs of ${report.distinctDrills} different drills.`, '');
  if (report.runs.length > 0) {
    lines.push(`| When | Drill | Level | Score | Passed | ${DIMENSIONS.map((d) => DIMENSION_TITLES[d]).join(' | ')} |`);
    lines.push(`|---|---|---|---|---|${DIMENSIONS.map(() => '---').join('|')}|`);
    for (const r of report.runs) {
      lines.push(`| ${r.at.slice(0, 16).replace('T', ' ')} | ${cell(r.title)} | ${LEVEL_TITLES[r.level]} | ${r.score} | ${r.passed ? 'yes' : 'no'} | ${DIMENSIONS.map((d) => r.dimensions[d] ?? '–').join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push('## Rules most often broken', '');
  if (report.brokenRules.length === 0) lines.push('None recorded.');
  for (const b of report.brokenRules.slice(0, 10)) lines.push(`- \`${b.rule}\` (${b.title}): ${b.times} ${b.times === 1 ? 'run' : 'runs'}`);
  lines.push('');
  return lines.join('\n');
}

export const reportJson = (report: ProgressReport): string => `${JSON.stringify(report, null, 2)}\n`;
