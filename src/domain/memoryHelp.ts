/**
 * The help under the queue's capacity and the memory budget, true of the scenario on screen. The
 * schema's lines quote the machine's own limit (200,000 waiting messages), which holds for any
 * scenario but is not what happens in this one: with a budget, the consumer crashes far sooner
 * (about 196 messages of 2 to 8 KB fill 1 MB), and a reader who reads 200,000 then sees a crash at 199.
 */
import type { Scenario } from '../sim/scenario.ts';
import { formatBytes, formatNumber } from './format.ts';

/** How many waiting messages fill the budget: typically (the mean size), and at the fewest (the largest). */
export function budgetDepths(scenario: Scenario): { typical: number; fewest: number } | null {
  const budget = scenario.queue.memoryBudgetBytes;
  if (budget === null) return null;
  const { min, max } = scenario.workload.sizeBytes;
  return {
    typical: Math.floor(budget / ((min + max) / 2)) + 1,
    fewest: Math.floor(budget / max) + 1,
  };
}

/** The help line for the knob at `path` in this scenario, or null to keep the schema's line. */
export function memoryHelp(path: string, scenario: Scenario): string | null {
  const depths = budgetDepths(scenario);
  const budget = scenario.queue.memoryBudgetBytes;
  if (depths === null || budget === null) return null;
  const { min, max } = scenario.workload.sizeBytes;
  const howMany =
    min === max
      ? `${formatNumber(depths.fewest, 6)} waiting messages`
      : `about ${formatNumber(depths.typical, 6)} waiting messages (as few as ${formatNumber(depths.fewest, 6)} if all are of the largest size)`;
  const capacity = scenario.queue.capacity;
  const limitFirst = capacity !== null && capacity < depths.fewest;
  if (path === 'queue.memoryBudgetBytes')
    return limitFirst
      ? `Past this many buffered bytes the consumer process dies out of memory and loses everything it holds. Here the queue’s limit of ${formatNumber(capacity, 6)} comes first: ${formatBytes(budget)} would take ${howMany}.`
      : `Past this many buffered bytes the consumer process dies out of memory and loses everything it holds. Here that is ${howMany}.`;
  if (path === 'queue.capacity' && !limitFirst)
    return capacity === null
      ? `How many messages may wait, not counting those being processed. With no limit, the memory budget of ${formatBytes(budget)} decides: the consumer crashes at ${howMany}.`
      : `How many messages may wait, not counting those being processed. The memory budget of ${formatBytes(budget)} runs out first, at ${howMany}.`;
  return null;
}
