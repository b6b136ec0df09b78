/**
 * In a pipeline the strategy picker sets how the producer meets the first queue; the later stages
 * keep their own limits and hand-offs. A reader who saw "Reject with retries" picked for Kafka
 * between two services, with nothing rejecting anywhere they looked, could not tell which stage it
 * was about: this says so beside the picker.
 */
import type { Scenario } from '../sim/scenario.ts';

export function chainStrategyNote(scenario: Scenario): string | null {
  const later = scenario.downstream?.length ?? 0;
  if (later === 0) return null;
  const rest =
    later === 1
      ? 'stage 2 keeps its own limit and hand-off'
      : `stages 2 and ${later + 1} keep their own limits and hand-offs`;
  return `In this chain the strategy is stage 1’s: how the producer meets the first queue; ${rest}.`;
}
