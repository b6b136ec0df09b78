/**
 * sin x and cos x from additions, multiplications and divisions only, so every JavaScript engine
 * gives the same bits. fdlibm's method: reduce x to y = x − n·π/2 with |y| ≤ π/4, carried as a sum
 * of two doubles (hi + lo) for precision, then evaluate a minimax polynomial for sin or cos of y
 * according to n mod 4. Error below one unit in the last place for |x| up to 2^19·π/2 (about 820,000);
 * beyond that the reduction loses accuracy but still gives the same bits everywhere. The core takes
 * them of angles within [0, 2π) only (normal samples, the roots in the M/D/c model).
 */
import { fromWords, highWord } from './float64Words.ts';

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.0875723212981748279e-9;
const C6 = -1.13596475577881948265e-11;

// π/2 in three pieces of 33 bits each, each with its remainder (…T), for Cody and Waite's reduction.
const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.0771005063039659766e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.0222662487111664558e-21;
const PIO2_3T = 8.47842766036889956997e-32;

/** sin(hi + lo) for |hi + lo| ≤ π/4; `lo` is ignored when `exact` (the argument is hi alone). */
function sinKernel(hi: number, lo: number, exact: boolean): number {
  const z = hi * hi;
  const v = z * hi;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (exact) return hi + v * (S1 + z * r);
  return hi - (z * (0.5 * lo - v * r) - lo - v * S1);
}

/** cos(hi + lo) for |hi + lo| ≤ π/4. */
function cosKernel(hi: number, lo: number): number {
  const high = highWord(hi) & 0x7fffffff;
  if (high < 0x3e400000) return 1; // |hi| < 2^-27
  const z = hi * hi;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (high < 0x3fd33333) return 1 - (0.5 * z - (z * r - hi * lo)); // |hi| < 0.3
  // Otherwise take a quarter of hi (or 0.28125) out of ½z exactly first, for accuracy.
  const q = high > 0x3fe90000 ? 0.28125 : fromWords(high - 0x00200000, 0);
  const halfZ = 0.5 * z - q;
  return 1 - q - (halfZ - (z * r - hi * lo));
}

/** The exponent field of a double, 0 to 2047. */
function exponentOf(x: number): number {
  return (highWord(x) >> 20) & 0x7ff;
}

interface Reduced {
  /** The quadrant, n mod 4, from 0 to 3. */
  quadrant: number;
  hi: number;
  lo: number;
}

const reduced: Reduced = { quadrant: 0, hi: 0, lo: 0 };

/** x − n·π/2 as hi + lo, and n mod 4, for |x| > π/4. Written into one shared object, never allocated. */
function reduce(x: number): Reduced {
  const t = Math.abs(x);
  const n = Math.floor(t * INV_PIO2 + 0.5);
  let r = t - n * PIO2_1;
  let w = n * PIO2_1T;
  let hi = r - w;
  // When x lies close to a multiple of π/2 the first step cancels most of its bits: take more of π/2.
  const e = exponentOf(t);
  if (e - exponentOf(hi) > 16) {
    let u = r;
    w = n * PIO2_2;
    r = u - w;
    w = n * PIO2_2T - (u - r - w);
    hi = r - w;
    if (e - exponentOf(hi) > 49) {
      u = r;
      w = n * PIO2_3;
      r = u - w;
      w = n * PIO2_3T - (u - r - w);
      hi = r - w;
    }
  }
  const lo = r - hi - w;
  const quadrant = n % 4;
  if (x < 0) {
    reduced.hi = -hi;
    reduced.lo = -lo;
    reduced.quadrant = (4 - quadrant) % 4;
  } else {
    reduced.hi = hi;
    reduced.lo = lo;
    reduced.quadrant = quadrant;
  }
  return reduced;
}

/** |x| ≤ π/4, to the bit (the high word of π/4). */
function small(x: number): boolean {
  return (highWord(x) & 0x7fffffff) <= 0x3fe921fb;
}

export function sin(x: number): number {
  if (x === 0) return x; // keeps the sign of −0
  if (small(x)) return sinKernel(x, 0, true);
  if (!Number.isFinite(x)) return NaN;
  const { quadrant, hi, lo } = reduce(x);
  switch (quadrant) {
    case 0:
      return sinKernel(hi, lo, false);
    case 1:
      return cosKernel(hi, lo);
    case 2:
      return -sinKernel(hi, lo, false);
    default:
      return -cosKernel(hi, lo);
  }
}

export function cos(x: number): number {
  if (small(x)) return cosKernel(x, 0);
  if (!Number.isFinite(x)) return NaN;
  const { quadrant, hi, lo } = reduce(x);
  switch (quadrant) {
    case 0:
      return cosKernel(hi, lo);
    case 1:
      return -sinKernel(hi, lo, false);
    case 2:
      return -cosKernel(hi, lo);
    default:
      return sinKernel(hi, lo, false);
  }
}
