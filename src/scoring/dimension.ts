// Turns a dimension's findings into its 0-100 score: 100 less the penalties, never below 0.
import type { DimensionResult, Finding } from './types';

export function settle(findings: Finding[]): DimensionResult {
  const penalties = findings.reduce((sum, f) => sum + Math.min(0, f.points), 0);
  const score = Math.max(0, Math.min(100, Math.round(100 + penalties)));
  return { score, findings: [...findings].sort((a, b) => a.at - b.at || a.rule.localeCompare(b.rule)) };
}
