// The score of a game: each doctrine dimension scored on its own, then a weighted mean with the
// weights of the doctrine pack.
import { DIMENSIONS, type Dimension, type DoctrinePack } from '../doctrine/pack';
import type { GameState } from '../engine';
import { scoreBlastRadius } from './blastRadius';
import { scoreCommand } from './command';
import { buildContext, type ScoringContext } from './context';
import { scoreEscalation } from './escalation';
import { scoreMitigation } from './mitigation';
import { scoreSeverity } from './severity';
import { scoreSignal } from './signal';
import type { DimensionResult, ScoreReport } from './types';

export const SCORERS: Record<Dimension, (ctx: ScoringContext) => DimensionResult> = {
  mitigation: scoreMitigation,
  command: scoreCommand,
  escalation: scoreEscalation,
  severity: scoreSeverity,
  signal: scoreSignal,
  blastRadius: scoreBlastRadius,
};

export function scoreGame(state: GameState, doctrine: DoctrinePack = state.doctrine): ScoreReport {
  const ctx = buildContext(state, doctrine);
  const dimensions = {} as Record<Dimension, number>;
  const findings = [];
  let weighted = 0;
  let weights = 0;
  for (const dimension of DIMENSIONS) {
    const result = SCORERS[dimension](ctx);
    dimensions[dimension] = result.score;
    findings.push(...result.findings);
    weighted += result.score * doctrine.weights[dimension];
    weights += doctrine.weights[dimension];
  }
  findings.sort((a, b) => a.at - b.at || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension));
  return { total: weights > 0 ? Math.round(weighted / weights) : 0, dimensions, findings };
}
