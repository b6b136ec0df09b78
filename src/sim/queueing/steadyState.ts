/**
 * What every queueing model here returns: long-run averages in the simulation's units (ms, and
 * rates per ms), and where the model gives it, the time-average distribution of the number in system.
 */
import { exp } from '../portableMath/index.ts';
import type { ServiceTime } from '../scenario.ts';

export interface SteadyState {
  /** λ·E[S]/c: the work asked of each worker, as a fraction of what it can do. */
  offeredLoad: number;
  /** Long-run fraction of the time each worker is busy. */
  utilisation: number;
  /** Long-run fraction of arrivals that find the system full (and are turned away); 0 when unbounded. */
  fullProbability: number;
  /** Messages accepted, and so processed, per ms. */
  throughputPerMs: number;
  /** Lq: time-average number waiting, not counting those in service. */
  meanWaiting: number;
  /** L: time-average number waiting or in service. */
  meanInSystem: number;
  /** Wq: mean time from acceptance to the start of processing, ms. */
  meanWaitMs: number;
  /** W: mean time from acceptance to the end of processing, ms. */
  meanTimeInSystemMs: number;
}

export interface Solution {
  steady: SteadyState;
  /**
   * Time-average P(N = n), N the number waiting or in service; null where the model gives only the
   * means (the distribution is what tells how often the queue would reach a memory budget).
   */
  probabilityOf: ((n: number) => number) | null;
}

/** The first two moments of a service time, ms and ms². */
export function serviceMoments(service: ServiceTime): { mean: number; second: number } {
  switch (service.kind) {
    case 'constant':
      return { mean: service.meanMs, second: service.meanMs * service.meanMs };
    case 'exponential':
      return { mean: service.meanMs, second: 2 * service.meanMs * service.meanMs };
    case 'uniform': {
      const { minMs: a, maxMs: b } = service;
      return { mean: (a + b) / 2, second: (a * a + a * b + b * b) / 3 };
    }
    case 'lognormal':
      return {
        mean: service.meanMs,
        second: service.meanMs * service.meanMs * exp(service.sigma * service.sigma),
      };
  }
}

/**
 * Fills in the rest from L, Lq and the blocking probability by Little's law, so every model's
 * outputs agree with each other by construction. With no arrivals at all, the limits as λ → 0.
 */
export function completeSteadyState(
  lambdaPerMs: number,
  meanServiceMs: number,
  workers: number,
  fullProbability: number,
  meanInSystem: number,
  meanWaiting: number,
): SteadyState {
  const blocked = Math.min(1, Math.max(0, fullProbability));
  const throughputPerMs = lambdaPerMs * (1 - blocked);
  return {
    offeredLoad: (lambdaPerMs * meanServiceMs) / workers,
    utilisation: Math.min(1, (throughputPerMs * meanServiceMs) / workers),
    fullProbability: blocked,
    throughputPerMs,
    meanWaiting,
    meanInSystem,
    meanWaitMs: throughputPerMs > 0 ? meanWaiting / throughputPerMs : 0,
    meanTimeInSystemMs: throughputPerMs > 0 ? meanInSystem / throughputPerMs : meanServiceMs,
  };
}
