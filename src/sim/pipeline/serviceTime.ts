/** A service time drawn for a later stage's consumer (the first stage's engine has its own, flattened). */
import type { Random } from '../random.ts';
import type { ServiceTime } from '../scenario.ts';

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
