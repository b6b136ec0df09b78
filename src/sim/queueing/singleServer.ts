/**
 * One worker, any service time: M/G/1/K exactly through the Markov chain embedded at departures, and
 * M/G/1 with no limit through Pollaczek–Khinchine. Covers constant (M/D/1), uniform and, as a check
 * against the closed forms, exponential service.
 */
import { exp, expm1, log, log1p } from '../portableMath/index.ts';
import type { ServiceTime } from '../scenario.ts';
import {
  arrivalsDuringService,
  MAX_ARRIVALS_PER_SERVICE,
  type ArrivalLaw,
} from './arrivalsDuringService.ts';
import { completeSteadyState, serviceMoments, type Solution } from './steadyState.ts';

/** Steps of the recursion, times its window, before giving up (a few hundred ms at most). */
const MAX_WORK = 4e7;
/** How closely successive ratios must agree, over a whole window, to call the rest geometric. */
const RATIO_TOLERANCE = 1e-13;
const RESCALE_ABOVE = 1e200;
const RESCALE_BELOW = 1e-200;

/** Unnormalised departure-epoch probabilities: exactly `logHead`, then geometric from there on. */
export interface DepartureLaw {
  /** ln π_j for j = 0 … logHead.length − 1, with π_0 = 1. */
  logHead: number[];
  /**
   * For j ≥ logHead.length: ln π_j = ln π_last + (j − last)·logRatio (−Infinity: the rest is zero).
   * Null if the head reaches the last index asked for.
   */
  logRatio: number | null;
}

/**
 * Solves π_j·a_0 = π_0·ā_j + Σ_{i=1}^{j−1} π_i·ā_{j−i+1} (flow down across the cut between j − 1 and
 * j equals flow up) for j = 1 … lastIndex. Only positive terms, so no digits are lost to cancellation.
 * The same equations hold for M/G/1/K up to j = K − 1 and for M/G/1. When the ratio π_j/π_{j−1} has
 * not moved for a whole window, the rest is the dominant geometric solution, so it stops there.
 * Returns null if the work would exceed MAX_WORK.
 */
export function departureLaw(law: ArrivalLaw, lastIndex: number): DepartureLaw | null {
  const { pmf, atLeast } = law;
  const a0 = pmf[0] as number;
  const span = pmf.length; // ā_k = 0 from k = span on
  const ring = new Float64Array(span + 1); // the last span + 1 values, scaled
  const size = ring.length;
  ring[0] = 1;
  let logScale = 0; // true π_j = ring value × e^logScale
  const logHead = [0];
  let previousRatio = NaN;
  let steadyRun = 0;
  for (let j = 1; j <= lastIndex; j++) {
    if (j * size > MAX_WORK) return null;
    let sum = j <= span ? (atLeast[j] as number) * ringAt(ring, 0, j) : 0;
    for (let i = Math.max(1, j - span); i < j; i++) {
      const k = j - i + 1;
      if (k < atLeast.length) sum += ringAt(ring, i, j) * (atLeast[k] as number);
    }
    const value = sum / a0;
    // Nothing can get this far (a service that almost never sees two arrivals): the rest is zero.
    if (value === 0) return { logHead, logRatio: -Infinity };
    ring[j % size] = value;
    logHead.push(log(value) + logScale);
    const ratio = value / ringAt(ring, j - 1, j);
    steadyRun =
      j > span && Math.abs(ratio - previousRatio) <= RATIO_TOLERANCE * ratio ? steadyRun + 1 : 0;
    previousRatio = ratio;
    if (steadyRun > size && j < lastIndex) return { logHead, logRatio: log(ratio) };
    if (value > RESCALE_ABOVE || value < RESCALE_BELOW) {
      const factor = 1 / value;
      for (let r = 0; r < size; r++) ring[r] = (ring[r] as number) * factor;
      logScale -= log(factor);
    }
  }
  return { logHead, logRatio: null };
}

/** π_i from the ring while computing π_j (i within the window). */
function ringAt(ring: Float64Array, i: number, j: number): number {
  // Index 0 is overwritten once j reaches the ring's size, but by then ā_j is 0 (see the caller).
  return j - i < ring.length ? (ring[i % ring.length] as number) : 0;
}

/**
 * ln Σ_{m=0}^{N} e^(m·logRatio) and the mean of m under those weights, summed from the heavy end
 * and stopped once the rest cannot matter; N may be Infinity when the ratio is below 1.
 */
export function geometricBlock(
  logRatio: number,
  N: number,
): { logSum: number; meanOffset: number } {
  const step = -Math.abs(logRatio); // walk away from the heaviest term
  const rest = -expm1(step); // 1 − ratio, for the tail bound
  if (N === Infinity) {
    if (logRatio >= 0) return { logSum: Infinity, meanOffset: Infinity };
    const r = exp(logRatio);
    return { logSum: -log1p(-r), meanOffset: r / (1 - r) };
  }
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i <= N; i++) {
    const w = exp(i * step);
    s0 += w;
    s1 += i * w;
    if (rest > 0 && w < 1e-18 * rest * s0 && (i + 1 / rest) * w < 1e-18 * rest * s1) break;
  }
  const fromHeavyEnd = s1 / s0;
  return logRatio > 0
    ? { logSum: N * logRatio + log(s0), meanOffset: N - fromHeavyEnd }
    : { logSum: log(s0), meanOffset: fromHeavyEnd };
}

/** ln of e^x + e^y without overflow. */
function logAdd(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  const hi = Math.max(x, y);
  return hi + log1p(exp(Math.min(x, y) - hi));
}

/**
 * M/G/1/K (K places, the one in service included). From the departure-epoch law π over 0 … K − 1
 * the time-average law is p_j = π_j / (π_0 + ρ) for j < K and p_K = 1 − 1 / (π_0 + ρ) (Gross & Harris,
 * §5.1.3). Null when the service has no arrival law here (lognormal) or the chain is too large.
 */
export function solveMG1K(
  lambdaPerMs: number,
  service: ServiceTime,
  systemCapacity: number,
): Solution | null {
  const K = systemCapacity;
  const { mean } = serviceMoments(service);
  const rho = lambdaPerMs * mean;
  if (rho > MAX_ARRIVALS_PER_SERVICE) return null;
  // No arrivals, or service that takes no time: nobody ever waits or is turned away.
  if (rho === 0)
    return {
      steady: completeSteadyState(lambdaPerMs, mean, 1, 0, 0, 0),
      probabilityOf: (n) => (n === 0 ? 1 : 0),
    };
  const law = arrivalsDuringService(lambdaPerMs, service);
  if (law === null) return null;
  const dep = departureLaw(law, K - 1);
  if (dep === null) return null;
  const { logHead, logRatio } = dep;
  const h = logHead.length;
  const logLast = logHead[h - 1] as number;

  let logTotal = -Infinity;
  for (const lp of logHead) logTotal = logAdd(logTotal, lp);
  // The geometric rest: j = h … K − 1, that is K − h terms after the last one computed.
  let logTail = -Infinity;
  let tailMeanIndex = 0;
  if (logRatio !== null && logRatio > -Infinity && K - h > 0) {
    const block = geometricBlock(logRatio, K - h - 1);
    logTail = logLast + logRatio + block.logSum;
    tailMeanIndex = h + block.meanOffset;
    logTotal = logAdd(logTotal, logTail);
  }
  let meanDeparture = 0;
  for (let j = 1; j < h; j++) meanDeparture += j * exp((logHead[j] as number) - logTotal);
  meanDeparture += tailMeanIndex * exp(logTail - logTotal);

  const pi0 = exp(-logTotal);
  const denominator = pi0 + rho;
  const full = Math.max(0, 1 - 1 / denominator);
  const meanInSystem = meanDeparture / denominator + K * full;
  const busy = 1 - pi0 / denominator;
  const logPi = (n: number): number =>
    n < h ? (logHead[n] as number) : logLast + (n - h + 1) * (logRatio ?? -Infinity);
  return {
    steady: completeSteadyState(lambdaPerMs, mean, 1, full, meanInSystem, meanInSystem - busy),
    probabilityOf: (n) => {
      if (n < 0 || n > K || !Number.isInteger(n)) return 0;
      if (n === K) return full;
      return exp(logPi(n) - logTotal) / denominator;
    },
  };
}

/**
 * M/G/1 with no limit: Pollaczek–Khinchine, Lq = λ²E[S²] / (2(1 − ρ)), exact for any service time.
 * Needs ρ < 1 (the caller checks). The distribution, where the service has an arrival law, comes from
 * the same departure chain, which for M/G/1 is also the time-average law (PASTA and level crossing).
 */
export function solveMG1(lambdaPerMs: number, service: ServiceTime): Solution {
  const { mean, second } = serviceMoments(service);
  const rho = lambdaPerMs * mean;
  const meanWaiting = (lambdaPerMs * lambdaPerMs * second) / (2 * (1 - rho));
  const steady = completeSteadyState(lambdaPerMs, mean, 1, 0, meanWaiting + rho, meanWaiting);
  if (rho === 0) return { steady, probabilityOf: (n) => (n === 0 ? 1 : 0) };
  const law = rho <= MAX_ARRIVALS_PER_SERVICE ? arrivalsDuringService(lambdaPerMs, service) : null;
  const dep = law === null ? null : departureLaw(law, Infinity);
  if (dep === null || dep.logRatio === null) return { steady, probabilityOf: null };
  const { logHead, logRatio } = dep;
  const h = logHead.length;
  const logLast = logHead[h - 1] as number;
  const logEmpty = log(1 - rho); // π_0 = 1 − ρ scales the unnormalised law
  return {
    steady,
    probabilityOf: (n) => {
      if (n < 0 || !Number.isInteger(n)) return 0;
      const lp = n < h ? (logHead[n] as number) : logLast + (n - h + 1) * logRatio;
      return exp(lp + logEmpty);
    },
  };
}
