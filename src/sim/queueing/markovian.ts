/**
 * Exponential service: the number in system is a birth–death process, so its distribution has a
 * product form. M/M/c/K (K places in all, those in service included) and M/M/c (no limit, Erlang C).
 */
import { exp, log, powInt } from '../portableMath/index.ts';
import { logFactorial } from './poisson.ts';
import { completeSteadyState, type Solution } from './steadyState.ts';

/** Tail terms below this share of a sum cannot change it in double precision. */
const NEGLIGIBLE = 1e-18;

/**
 * M/M/c/K. Summed in log space with a running maximum, so K in the millions and loads far above 1
 * neither overflow nor underflow; below ρ = 1 the geometric tail stops the sum once it cannot matter.
 */
export function solveMMcK(
  lambdaPerMs: number,
  meanServiceMs: number,
  workers: number,
  systemCapacity: number,
): Solution {
  const c = workers;
  const K = systemCapacity;
  const a = lambdaPerMs * meanServiceMs;
  const rho = a / c;
  const logA = log(a);
  const logRho = log(rho);
  // ln of the unnormalised weight of n in system: aⁿ/n! up to c, then × ρ for each one waiting.
  const logWeight = (n: number): number =>
    n <= c ? n * logA - logFactorial(n) : c * logA - logFactorial(c) + (n - c) * logRho;

  let maxLog = 0; // n = 0 has weight 1
  let s0 = 1;
  let s1 = 0;
  let sq = 0;
  for (let n = 1; n <= K; n++) {
    const lw = logWeight(n);
    if (lw > maxLog) {
      const shrink = exp(maxLog - lw);
      s0 *= shrink;
      s1 *= shrink;
      sq *= shrink;
      maxLog = lw;
    }
    const w = exp(lw - maxLog);
    s0 += w;
    s1 += n * w;
    sq += Math.max(0, n - c) * w;
    if (n > c && rho < 1) {
      // What the remaining terms could still add: a geometric series from here on.
      const tail0 = (w * rho) / (1 - rho);
      const tail1 = w * ((n * rho) / (1 - rho) + rho / powInt(1 - rho, 2));
      if (tail0 <= NEGLIGIBLE * s0 && tail1 <= NEGLIGIBLE * s1) break;
    }
  }
  const logTotal = maxLog + log(s0);
  const probabilityOf = (n: number): number =>
    n < 0 || n > K || !Number.isInteger(n) ? 0 : exp(logWeight(n) - logTotal);
  return {
    steady: completeSteadyState(
      lambdaPerMs,
      meanServiceMs,
      c,
      a === 0 ? 0 : probabilityOf(K),
      s1 / s0,
      sq / s0,
    ),
    probabilityOf: a === 0 ? (n) => (n === 0 ? 1 : 0) : probabilityOf,
  };
}

/** Erlang B, the blocking probability of M/M/c/c, by the stable recursion B(k) = aB(k−1)/(k + aB(k−1)). */
export function erlangB(offeredErlangs: number, workers: number): number {
  let b = 1;
  for (let k = 1; k <= workers; k++) b = (offeredErlangs * b) / (k + offeredErlangs * b);
  return b;
}

/** Erlang C: the probability that an arrival to M/M/c must wait. Needs a < c. */
export function erlangC(offeredErlangs: number, workers: number): number {
  const b = erlangB(offeredErlangs, workers);
  const rho = offeredErlangs / workers;
  return b / (1 - rho * (1 - b));
}

/** M/M/c with no limit on the queue. Needs ρ = λ·E[S]/c < 1 (the caller checks). */
export function solveMMc(lambdaPerMs: number, meanServiceMs: number, workers: number): Solution {
  const c = workers;
  const a = lambdaPerMs * meanServiceMs;
  const rho = a / c;
  if (a === 0)
    return {
      steady: completeSteadyState(lambdaPerMs, meanServiceMs, c, 0, 0, 0),
      probabilityOf: (n) => (n === 0 ? 1 : 0),
    };
  const waitProbability = erlangC(a, c);
  const meanWaiting = (waitProbability * rho) / (1 - rho);
  // P(N = c) = C·(1 − ρ); below c the Poisson-like shape aⁿ/n!, above it geometric.
  const logAtC = log(waitProbability * (1 - rho));
  const probabilityOf = (n: number): number => {
    if (n < 0 || !Number.isInteger(n)) return 0;
    if (n >= c) return exp(logAtC + (n - c) * log(rho));
    return exp(logAtC + logFactorial(c) - logFactorial(n) - (c - n) * log(a));
  };
  return {
    steady: completeSteadyState(lambdaPerMs, meanServiceMs, c, 0, meanWaiting + a, meanWaiting),
    probabilityOf,
  };
}
