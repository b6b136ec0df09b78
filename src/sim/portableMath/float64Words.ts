/**
 * The two 32-bit halves of a double, read and written through a DataView. A DataView names its byte
 * order, so this gives the same words on every platform; the algorithms in this folder steer by the
 * exponent bits in the high word, as the classic C libraries do.
 */

const view = new DataView(new ArrayBuffer(8));

/** Sign, exponent and the top 20 bits of the fraction, as a signed 32-bit integer. */
export function highWord(x: number): number {
  view.setFloat64(0, x); // big-endian: the high word comes first
  return view.getInt32(0);
}

/** The low 32 bits of the fraction, unsigned. */
export function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

/** The double with these two words. */
export function fromWords(high: number, low: number): number {
  view.setInt32(0, high | 0);
  view.setUint32(4, low >>> 0);
  return view.getFloat64(0);
}

/** 2^k exactly, for whole k from -1022 to 1023 (the normal exponents). */
export function twoToThe(k: number): number {
  return fromWords((k + 1023) << 20, 0);
}

/**
 * y × 2^k for whole k from -2044 to 2046. Multiplying by a power of two is exact unless the result
 * leaves the normal range; out there it is split so that the one rounding happens last.
 */
export function scaleByPowerOfTwo(y: number, k: number): number {
  if (k > 1023) return y * twoToThe(1023) * twoToThe(k - 1023);
  if (k < -1022) return y * twoToThe(k + 1000) * twoToThe(-1000);
  return y * twoToThe(k);
}
