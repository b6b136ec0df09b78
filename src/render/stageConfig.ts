/** What the stage needs to know about the scenario, read once per scenario change. */
import type { Scenario } from '../sim/scenario.ts';
import { planWellGrid, type WellGrid } from './wellGrid.ts';

export interface StageConfig {
  /** Colour blocks by priority (several levels in play) rather than by key. */
  byPriority: boolean;
  feedback: 'none' | 'watermark' | 'credit';
  /** How long a signal or credit takes to reach the producer, simulated ms. */
  signalDelayMs: number;
  coldStartMs: number;
  capacity: number | null;
  memoryBudgetBytes: number | null;
  /** About how many messages fit the memory budget (null without one). */
  budgetMessages: number | null;
}

export function stageConfigOf(scenario: Scenario): StageConfig {
  const { workload, queue, feedback, consumers } = scenario;
  const meanSize = (workload.sizeBytes.min + workload.sizeBytes.max) / 2;
  return {
    byPriority: workload.priorityWeights.length > 1,
    feedback: feedback.kind,
    signalDelayMs: feedback.kind === 'none' ? 0 : feedback.delayMs,
    coldStartMs: consumers.autoscale?.coldStartMs ?? 0,
    capacity: queue.capacity,
    memoryBudgetBytes: queue.memoryBudgetBytes,
    budgetMessages:
      queue.memoryBudgetBytes === null ? null : queue.memoryBudgetBytes / Math.max(1, meanSize),
  };
}

export function gridFor(config: StageConfig, lanes: number): WellGrid {
  return planWellGrid({
    capacity: config.capacity,
    lanes,
    budgetMessages: config.capacity === null ? config.budgetMessages : null,
  });
}
