/** The Poisson distribution as the queueing models need it: stable for large means, no underflow. */
import { exp, log, powInt } from '../portableMath/index.ts';

const LOG_FACTORIAL_TABLE = 256;
const logFactorials = new Float64Array(LOG_FACTORIAL_TABLE);
for (let n = 1; n < LOG_FACTORIAL_TABLE; n++)
  logFactorials[n] = (logFactorials[n - 1] as number) + log(n);

/** ln n!, exact to rounding below 256 and by Stirling's series (error < 1e-15 relative) above. */
export function logFactorial(n: number): number {
  if (n < LOG_FACTORIAL_TABLE) return logFactorials[n] as number;
  const x = n + 1;
  return (
    (x - 0.5) * log(x) -
    x +
    0.5 * log(2 * Math.PI) +
    1 / (12 * x) -
    1 / (360 * powInt(x, 3)) +
    1 / (1260 * powInt(x, 5))
  );
}

/**
 * P(Poisson(mean) = k) for k = 0 … M, M far enough past the mean that the rest weighs under 1e-30.
 * Computed outwards from the mode, so a large mean neither underflows e^(−mean) nor loses digits.
 */
export function poissonPmf(mean: number, length?: number): Float64Array {
  const M = length ?? Math.ceil(mean + 14 * Math.sqrt(mean) + 40);
  const pmf = new Float64Array(M + 1);
  if (mean === 0) {
    pmf[0] = 1;
    return pmf;
  }
  const mode = Math.min(M, Math.floor(mean));
  const logMean = log(mean);
  pmf[mode] = exp(-mean + mode * logMean - logFactorial(mode));
  for (let k = mode + 1; k <= M; k++) pmf[k] = ((pmf[k - 1] as number) * mean) / k;
  for (let k = mode - 1; k >= 0; k--) pmf[k] = ((pmf[k + 1] as number) * (k + 1)) / mean;
  return pmf;
}
