/**
 * e^x and e^x − 1 from additions, multiplications and divisions only, so every JavaScript engine
 * gives the same bits. The method is the classic one of Sun's fdlibm (which Node's V8 also follows):
 * reduce x to r = x − k·ln 2 with |r| ≤ ln 2 / 2, approximate e^r by a rational function of r, and
 * scale by 2^k. Error below one unit in the last place.
 */
import { highWord, scaleByPowerOfTwo } from './float64Words.ts';
import { log } from './log.ts';

// ln 2 split in two: k·LN2_HI is exact for every k that matters, LN2_LO carries the rest.
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
// Coefficients of the minimax polynomial in r² behind the rational approximation of e^r.
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
/** Above this e^x overflows; below UNDERFLOW it rounds to zero. */
const OVERFLOW = 7.09782712893383973096e2;
const UNDERFLOW = -7.4513321910194110842e2;

export function exp(x: number): number {
  if (x !== x) return x; // NaN
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0;
  const high = highWord(x) & 0x7fffffff;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (high > 0x3fd62e42) {
    // |x| > ln 2 / 2: take out k·ln 2
    if (high < 0x3ff0a2b2)
      k = x < 0 ? -1 : 1; // |x| < 1.5 ln 2
    else k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
    x = hi - lo;
  } else if (high < 0x3e300000) {
    return 1 + x; // |x| < 2^-28: e^x is 1 + x to the last bit
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  return scaleByPowerOfTwo(y, k);
}

/**
 * e^x − 1, accurate near 0 where exp(x) − 1 would cancel. Kahan's trick: with u = e^x rounded,
 * (u − 1)·x / ln u corrects the rounding of u to within a few units in the last place.
 */
export function expm1(x: number): number {
  if (x !== x) return x;
  const u = exp(x);
  if (u === Infinity) return Infinity;
  if (u === 0) return -1;
  const um1 = u - 1;
  if (um1 === 0) return x;
  if (x > 1 || x < -1) return um1; // far from 0 there is nothing to cancel
  return (um1 * x) / log(u);
}
