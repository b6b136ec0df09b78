/**
 * a_k = P(k Poisson arrivals during one service time): the transition law of the M/G/1 chain
 * embedded at departures. Exact for constant, exponential and uniform service times; lognormal
 * service has no closed form here, so it returns null.
 */
import { log, powInt } from '../portableMath/index.ts';
import type { ServiceTime } from '../scenario.ts';
import { poissonPmf } from './poisson.ts';

/** Beyond this many arrivals per service the chain is not computed (the work grows with it). */
export const MAX_ARRIVALS_PER_SERVICE = 100;

export interface ArrivalLaw {
  /** a_0 … a_M; the weight beyond M is below 1e-30. */
  pmf: Float64Array;
  /** ā_k = P(at least k arrivals) = Σ_{i ≥ k} a_i, summed from the far end so small tails keep their digits. */
  atLeast: Float64Array;
}

function withTails(pmf: Float64Array): ArrivalLaw {
  const atLeast = new Float64Array(pmf.length + 1);
  for (let k = pmf.length - 1; k >= 0; k--)
    atLeast[k] = (atLeast[k + 1] as number) + (pmf[k] as number);
  // The neglected weight beyond M is below 1e-30: state outright that at least 0 arrivals is certain.
  atLeast[0] = 1;
  return { pmf, atLeast };
}

export function arrivalsDuringService(
  lambdaPerMs: number,
  service: ServiceTime,
): ArrivalLaw | null {
  switch (service.kind) {
    case 'constant':
      return withTails(poissonPmf(lambdaPerMs * service.meanMs));
    case 'exponential': {
      // Geometric: p·qᵏ with q = x/(1 + x), x the mean number of arrivals per service.
      const x = lambdaPerMs * service.meanMs;
      const q = x / (1 + x);
      const M = q === 0 ? 0 : Math.ceil(log(1e-30) / log(q));
      const pmf = new Float64Array(M + 1);
      for (let k = 0; k <= M; k++) pmf[k] = (1 - q) * powInt(q, k);
      return withTails(pmf);
    }
    case 'uniform':
      return uniformArrivals(lambdaPerMs, service.minMs, service.maxMs);
    case 'lognormal':
      return null;
  }
}

/**
 * Service uniform on [lo, hi]: a_k = (F_{λ·lo}(k) − F_{λ·hi}(k)) / (λ(hi − lo)), F_x the Poisson(x)
 * CDF, since ∫₀ᵀ λe^(−λt)(λt)ᵏ/k! dt = P(Poisson(λT) > k). Each term takes whichever of the two equal
 * forms (lower or upper tails) has the smaller numbers, so neither loses its digits to cancellation.
 */
function uniformArrivals(lambdaPerMs: number, lo: number, hi: number): ArrivalLaw {
  const spread = lambdaPerMs * (hi - lo);
  // So narrow that the difference of tails would be rounding noise: it is a constant time.
  if (spread < 1e-6 * Math.max(1, lambdaPerMs * hi))
    return withTails(poissonPmf((lambdaPerMs * (lo + hi)) / 2));
  const high = poissonPmf(lambdaPerMs * hi);
  const low = poissonPmf(lambdaPerMs * lo, high.length - 1);
  const M = high.length - 1;
  const cdf = (p: Float64Array) => {
    const out = new Float64Array(M + 1);
    let sum = 0;
    for (let k = 0; k <= M; k++) out[k] = sum += p[k] as number;
    return out;
  };
  const above = (p: Float64Array) => {
    // above[k] = P(X > k)
    const out = new Float64Array(M + 1);
    let sum = 0;
    for (let k = M; k >= 0; k--) {
      out[k] = sum;
      sum += p[k] as number;
    }
    return out;
  };
  const cdfLow = cdf(low);
  const cdfHigh = cdf(high);
  const aboveLow = above(low);
  const aboveHigh = above(high);
  const pmf = new Float64Array(M + 1);
  for (let k = 0; k <= M; k++) {
    const diff =
      (cdfLow[k] as number) <= 0.5
        ? (cdfLow[k] as number) - (cdfHigh[k] as number)
        : (aboveHigh[k] as number) - (aboveLow[k] as number);
    pmf[k] = Math.max(0, diff) / spread;
  }
  return withTails(pmf);
}
