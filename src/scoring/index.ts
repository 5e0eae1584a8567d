export { scoreGame, SCORERS } from './score';
export { buildContext, type ScoringContext } from './context';
export type { Finding, ScoreReport, DimensionResult, Dimension } from './types';
export { attributeFindings, type AttributedFinding } from './attribution';
