/**
 * Steady-state M/M/1/K results, so the bench can show that both simulations are right as well as
 * fast. The numbers come from the core's queueing theory (src/sim/theory.ts), the same source the
 * playground's Theory panel and the tests use; this only puts them in the bench's units.
 */
import { solveMMcK } from '../src/sim/theory.ts';

export interface MM1KTheory {
  blockingProbability: number;
  /** In mean service times. */
  meanTimeInSystem: number;
  meanInSystem: number;
}

export function mm1kTheory(rho: number, systemCapacity: number): MM1KTheory {
  // With a mean service time of 1, λ = ρ and times come out in mean service times.
  const { steady } = solveMMcK(rho, 1, 1, systemCapacity);
  return {
    blockingProbability: steady.fullProbability,
    meanInSystem: steady.meanInSystem,
    meanTimeInSystem: steady.meanTimeInSystemMs,
  };
}
