/**
 * Beside a strategy picked over another, the one setting it did not bring: a queue size someone
 * chose, which a strategy keeps (applyStrategy). The title already says ", changed"; this says what,
 * so a reader who finds Add consumers turning messages away sees why (a queue of 20 kept from before,
 * where Add consumers on its own brings 100).
 */
import { formatNumber } from '../domain/format.ts';
import { strategyById, strategyOf } from '../domain/strategies.ts';
import type { Scenario } from '../sim/scenario.ts';
import { scenarioTitle } from './scenarioTitle.ts';

export function keptQueueNote(scenario: Scenario, presetId: string | null): string | null {
  const strategy = strategyById(strategyOf(scenario));
  const own = strategy.policy.capacity;
  const size = scenario.queue.capacity;
  if (own === null || size === null || size === own) return null;
  // Only where the title names the strategy: a real system's queue is its own, not kept from before.
  const named = scenarioTitle(scenario, presetId);
  if (named.title !== strategy.label || !named.changed) return null;
  return `The queue keeps its size, ${formatNumber(size, 6)} places; ${strategy.label} on its own brings ${formatNumber(own, 6)}.`;
}
