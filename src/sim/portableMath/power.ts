/** Whole powers by repeated squaring: exact where the result is (2^k, 10^k), deterministic everywhere. */

/**
 * x^n for a whole n (negative too), the same in every JavaScript engine, unlike `**` and Math.pow,
 * whose results for non-exact cases are the engine's own. Each squaring doubles the relative error
 * carried so far, so the result is within about |n|/2 units in the last place: plenty for the small
 * powers the cores take (retry backoff, game levels, terms of the queueing formulas).
 */
export function powInt(x: number, n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`powInt needs a whole exponent, not ${n}`);
  if (n < 0) return 1 / powInt(x, -n);
  let result = 1;
  let base = x;
  for (let e = n; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result *= base;
    if (e > 1) base *= base;
  }
  return result;
}
