/** What the stage needs to know about the scenario, read once per scenario change. */
import type { Scenario } from '../sim/scenario.ts';
import type { LayoutOptions } from './stageLayout.ts';

export interface StageConfig {
  /** Colour blocks by priority (several levels in play) rather than by key. */
  byPriority: boolean;
  feedback: 'none' | 'watermark' | 'credit';
  /** How long a signal or credit takes to reach the producer, simulated ms. */
  signalDelayMs: number;
  coldStartMs: number;
  capacity: number | null;
  memoryBudgetBytes: number | null;
  /**
   * The messages that fill the memory budget, reckoned from their mean size (the well's height
   * stands for them: wellGrid.ts); null without a budget.
   */
  memoryRoom: number | null;
  /** Messages come at random gaps (Poisson), so the rate measured over a second wanders. */
  randomGaps: boolean;
  /** Under a step up in rate (a surge), the base rate it steps up from, messages/s; else null. */
  surgeAbovePerSec: number | null;
  /**
   * How many a rate limit in front of the queue may hold back, each waiting its turn at its rate
   * (nginx's burst without nodelay), before they join the queue; null when none wait there.
   */
  limitWaits: number | null;
  /** Priority levels in play (lowest first, as the blocks are styled 0, 1, 2…); 0 without. */
  priorityLevels: number;
  /**
   * The styles the belt's even stream of blocks cycles through at high rates: the priorities in
   * their shares where blocks show priorities, else the keys there are. A reader saw five key marks
   * ride the belt into a well of three priority marks, and took the belt for decoration.
   */
  beltStyles: readonly number[];
  /**
   * How many tries a refused message gets in all before the producer gives up on it (the retry
   * policy's attempts), or null without retries: the Lost box counts "Gave up after 4 tries".
   */
  retryTries: number | null;
}

/** How many lines the stage adds under the well's caption for this scenario (drawExtraCaptions). */
export function extraCaptionLines(config: StageConfig): number {
  return (config.limitWaits !== null ? 1 : 0) + (config.priorityLevels > 1 ? 1 : 0);
}

/** What the single stage's layout keeps room for, with this scenario: the renderer's and the tests'. */
export function layoutOptionsOf(
  config: StageConfig,
  fontScale: number,
): Required<Pick<LayoutOptions, 'fontScale' | 'credit' | 'memory' | 'extraLines'>> {
  return {
    fontScale,
    credit: config.feedback === 'credit',
    memory: config.memoryBudgetBytes !== null,
    extraLines: extraCaptionLines(config),
  };
}

/** Ten styles in the shares of `weights` (style i for weight i), spread evenly: 6, 3, 1 → 0 0 1 0 2… */
export function weightedStyles(weights: readonly number[]): number[] {
  const total = weights.reduce((a, w) => a + Math.max(0, w), 0);
  const out: number[] = [];
  if (total <= 0) return [0];
  for (let i = 0; i < 10; i++) {
    // The golden ratio's steps fill [0, 1) evenly whatever the count.
    let at = ((i * 0.6180339887) % 1) * total;
    let level = 0;
    while (level < weights.length - 1 && at >= Math.max(0, weights[level] as number)) {
      at -= Math.max(0, weights[level] as number);
      level++;
    }
    out.push(level);
  }
  return out;
}

export function stageConfigOf(scenario: Scenario): StageConfig {
  const { workload, queue, feedback, consumers, rateLimit, retry } = scenario;
  const byPriority = workload.priorityWeights.length > 1;
  const limitWaits =
    rateLimit === null || rateLimit.nodelay
      ? 0
      : rateLimit.burst - Math.min(rateLimit.delay, rateLimit.burst);
  return {
    byPriority,
    feedback: feedback.kind,
    signalDelayMs: feedback.kind === 'none' ? 0 : feedback.delayMs,
    coldStartMs: consumers.autoscale?.coldStartMs ?? 0,
    capacity: queue.capacity,
    memoryBudgetBytes: queue.memoryBudgetBytes,
    memoryRoom:
      queue.memoryBudgetBytes === null
        ? null
        : Math.ceil(
            queue.memoryBudgetBytes / ((workload.sizeBytes.min + workload.sizeBytes.max) / 2),
          ),
    randomGaps: workload.spacing === 'poisson',
    surgeAbovePerSec:
      workload.pattern.kind === 'step' &&
      workload.pattern.stepRatePerSec > workload.pattern.baseRatePerSec
        ? workload.pattern.baseRatePerSec
        : null,
    limitWaits: limitWaits > 0 ? limitWaits : null,
    priorityLevels: byPriority ? workload.priorityWeights.length : 0,
    beltStyles: byPriority
      ? weightedStyles(workload.priorityWeights)
      : Array.from({ length: Math.min(8, workload.keyCount) }, (_, i) => i),
    retryTries: retry.kind === 'none' ? null : retry.maxAttempts,
  };
}

/**
 * How much larger the stage writes with the reader's "Large text" on. The page's own text grows by
 * a quarter (global.css), and the stage's words with it, so a projector's back row reads both.
 */
export const LARGE_TEXT_SCALE = 1.25;
