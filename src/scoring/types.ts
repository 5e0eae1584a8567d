// What the scorer returns: a 0-100 score per doctrine dimension, a weighted total, and findings
// that cite a rule, a moment of play, the points and the evidence.
import type { Dimension } from '../doctrine/pack';

export type { Dimension } from '../doctrine/pack';

export interface Finding {
  dimension: Dimension;
  /** The doctrine rule applied, e.g. "signal.cadence". */
  rule: string;
  /** Game time of the moment that kept or broke the rule, in seconds. */
  at: number;
  /** Negative for a penalty; 0 or more for something that went well. */
  points: number;
  message: string;
}

export interface DimensionResult {
  score: number;
  findings: Finding[];
}

export interface ScoreReport {
  total: number;
  dimensions: Record<Dimension, number>;
  findings: Finding[];
}
