/**
 * Whether the producer asks for more than the consumers can ever do, from the knobs alone: the line
 * above the stage says "faster in than out" only while it is true of the scenario on screen, not of
 * a pile-up (or a crash) left from knobs the reader has since changed.
 */
import type { Scenario } from '../sim/scenario.ts';

/**
 * What the consumers can do together, messages/s, at their mean service time. The mean is worked
 * out here rather than taken from the theory module, which would then load with the line above the
 * stage and cost the first screen a chunk of its own.
 */
export function consumerCapacityPerSec(scenario: Scenario): number {
  const { count, service } = scenario.consumers;
  const meanMs = service.kind === 'uniform' ? (service.minMs + service.maxMs) / 2 : service.meanMs;
  return (count * 1000) / meanMs;
}

/**
 * True when a steady producer offers at least what the consumers can do, so an unbounded queue only
 * grows. A producer whose rate varies is left out: its queue may grow and drain in turn.
 */
export function fasterInThanOut(scenario: Scenario): boolean {
  const pattern = scenario.workload.pattern;
  return pattern.kind === 'steady' && pattern.ratePerSec >= consumerCapacityPerSec(scenario);
}
