/** What the stage needs to know about the scenario, read once per scenario change. */
import type { Scenario } from '../sim/scenario.ts';

export interface StageConfig {
  /** Colour blocks by priority (several levels in play) rather than by key. */
  byPriority: boolean;
  feedback: 'none' | 'watermark' | 'credit';
  /** How long a signal or credit takes to reach the producer, simulated ms. */
  signalDelayMs: number;
  coldStartMs: number;
  capacity: number | null;
  memoryBudgetBytes: number | null;
  /** Messages come at random gaps (Poisson), so the rate measured over a second wanders. */
  randomGaps: boolean;
  /** Under a step up in rate (a surge), the base rate it steps up from, messages/s; else null. */
  surgeAbovePerSec: number | null;
}

export function stageConfigOf(scenario: Scenario): StageConfig {
  const { workload, queue, feedback, consumers } = scenario;
  return {
    byPriority: workload.priorityWeights.length > 1,
    feedback: feedback.kind,
    signalDelayMs: feedback.kind === 'none' ? 0 : feedback.delayMs,
    coldStartMs: consumers.autoscale?.coldStartMs ?? 0,
    capacity: queue.capacity,
    memoryBudgetBytes: queue.memoryBudgetBytes,
    randomGaps: workload.spacing === 'poisson',
    surgeAbovePerSec:
      workload.pattern.kind === 'step' &&
      workload.pattern.stepRatePerSec > workload.pattern.baseRatePerSec
        ? workload.pattern.baseRatePerSec
        : null,
  };
}

/**
 * How much larger the stage writes with the reader's "Large text" on. The page's own text grows by
 * a quarter (global.css), and the stage's words with it, so a projector's back row reads both.
 */
export const LARGE_TEXT_SCALE = 1.25;
