/**
 * Whether the producer asks for more than the consumers can ever do, from the knobs alone: the line
 * above the stage says "faster in than out" only while it is true of the scenario on screen, not of
 * a pile-up (or a crash) left from knobs the reader has since changed.
 */
import { constantRate } from '../sim/theory.ts';
import { serviceMoments } from '../sim/queueing/steadyState.ts';
import type { Scenario } from '../sim/scenario.ts';

/** What the consumers can do together, messages/s, at their mean service time. */
export function consumerCapacityPerSec(scenario: Scenario): number {
  const { count, service } = scenario.consumers;
  return (count * 1000) / serviceMoments(service).mean;
}

/**
 * True when a steady producer offers at least what the consumers can do, so an unbounded queue only
 * grows. A producer whose rate varies is left out: its queue may grow and drain in turn.
 */
export function fasterInThanOut(scenario: Scenario): boolean {
  const rate = constantRate(scenario.workload.pattern);
  return rate !== null && rate >= consumerCapacityPerSec(scenario);
}
