/**
 * ln x and ln(1 + x) from additions, multiplications and divisions only, so every JavaScript engine
 * gives the same bits. The method is fdlibm's: write x = 2^k·(1 + f) with √2/2 < 1 + f < √2, then
 * ln(1 + f) = 2s + 2s³/3 + … with s = f / (2 + f), the tail from a minimax polynomial in s².
 * Error below one unit in the last place.
 */
import { fromWords, highWord, lowWord } from './float64Words.ts';

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const TWO_TO_54 = 18014398509481984;

export function log(x: number): number {
  let high = highWord(x);
  let k = 0;
  if (high < 0x00100000) {
    // zero, negative or subnormal
    if (((high & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
    if (high < 0) return NaN;
    k -= 54;
    x *= TWO_TO_54;
    high = highWord(x);
  }
  if (high >= 0x7ff00000) return x + x; // Infinity or NaN
  k += (high >> 20) - 1023;
  high &= 0x000fffff;
  // Halve x when its fraction is above √2, so that f = x − 1 stays within (√2/2 − 1, √2 − 1).
  const halve = (high + 0x95f64) & 0x100000;
  x = fromWords(high | (halve ^ 0x3ff00000), lowWord(x));
  k += halve >> 20;
  const f = x - 1;
  if ((0x000fffff & (2 + high)) < 3) {
    // |f| < 2^-20: three terms of the series are enough
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const r = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  // Where f is large, ½f² is taken out exactly first, for accuracy.
  if (((high - 0x6147a) | (0x6b851 - high)) > 0) {
    const halfSquare = 0.5 * f * f;
    return k === 0
      ? f - (halfSquare - s * (halfSquare + r))
      : k * LN2_HI - (halfSquare - (s * (halfSquare + r) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

/**
 * ln(1 + x), accurate near 0 where log(1 + x) would lose x's low digits. With u = 1 + x rounded,
 * ln(u)·x / (u − 1) corrects for the rounding (Goldberg's trick), to within a few units in the last place.
 */
export function log1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  if (u === Infinity) return Infinity;
  return (log(u) * x) / (u - 1);
}
