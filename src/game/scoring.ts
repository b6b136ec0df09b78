/** Points: what a delivery earns, what waiting, losing, empty presses and helpers cost. */
import type { GameRules } from './rules.ts';

/** Where the score came from; `total` is the sum of the gains minus the costs. */
export interface ScoreBreakdown {
  /** Points for delivered messages (yours and the helper's). */
  deliveries: number;
  /** Points lost to waiting: the older a message when it is delivered, the more it costs. */
  latency: number;
  /** Points lost to dropped messages. */
  drops: number;
  /** Points lost to pressing a column with nothing in it. */
  emptyPresses: number;
  /** Points paid for helpers. */
  helpers: number;
  /** Points lost to blocks the slowed producer held back: backpressure moves the wait upstream. */
  heldBack: number;
  total: number;
}

export const ZERO_SCORE: ScoreBreakdown = {
  deliveries: 0,
  latency: 0,
  drops: 0,
  emptyPresses: 0,
  helpers: 0,
  heldBack: 0,
  total: 0,
};

/** The points a delivery loses for having waited `ageMs` (whole points, capped). */
export function latencyPenalty(ageMs: number, rules: GameRules): number {
  const { latencyGraceMs, latencyStepMs, maxLatencyPenalty } = rules.scoring;
  const late = ageMs - latencyGraceMs;
  if (!(late > 0)) return 0;
  return Math.min(maxLatencyPenalty, Math.floor(late / latencyStepMs));
}

/** The total a breakdown adds up to. */
export function scoreTotal(s: Omit<ScoreBreakdown, 'total'>): number {
  return s.deliveries - s.latency - s.drops - s.emptyPresses - s.helpers - s.heldBack;
}
