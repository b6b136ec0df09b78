/** A service time drawn for a later stage's consumer (the first stage's engine has its own, flattened). */
import type { Random } from '../random.ts';
import type { ServiceTime, SlowUnderLoad } from '../scenario.ts';

/** How many times as long processing takes under this load (consumers.slowUnderLoad), as the engine's. */
export function slowdownFactor(load: SlowUnderLoad, level: number): number {
  const over = level - load.above;
  return over <= 0 ? 1 : Math.min(load.maxFactor, 1 + load.perUnit * over);
}

export function drawServiceTime(service: ServiceTime, rng: Random): number {
  switch (service.kind) {
    case 'constant':
      return service.meanMs;
    case 'exponential':
      return rng.exponential(service.meanMs);
    case 'uniform':
      return service.minMs + (service.maxMs - service.minMs) * rng.uniform();
    case 'lognormal':
      return rng.logNormal(service.meanMs, service.sigma);
  }
}
