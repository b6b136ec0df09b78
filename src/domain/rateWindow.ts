/**
 * Trailing averages over a time window, for charts a reader can read.
 *
 * The series holds one row per sample interval (100 ms by default), each a rate over just that
 * interval. A steady 70/s Poisson producer makes 7 messages in a typical 100 ms, so its row-by-row
 * rate swings between 25 and 120/s and hides whether offered and delivered differ. Averaged over a
 * second (70 messages) the same producer reads 70 ± 10/s. The average weighs each row by the time
 * it covers, so it equals the count over the window divided by the window, as a reader expects.
 */

/** Default averaging window for rates and latencies. */
export const DEFAULT_WINDOW_MS = 1000;

/**
 * How long each row covers: the time since the row before. The first row covers the time since the
 * run began when the series holds the whole run, else the interval after it (its predecessor was
 * overwritten in the ring).
 */
export function rowDurations(t: Float64Array, wholeRun: boolean): Float64Array {
  const out = new Float64Array(t.length);
  for (let i = 1; i < t.length; i++) out[i] = Math.max(0, (t[i] as number) - (t[i - 1] as number));
  if (t.length > 0) {
    const first = wholeRun ? (t[0] as number) : t.length > 1 ? (out[1] as number) : 0;
    out[0] = Math.max(0, first);
  }
  return out;
}

/**
 * For each window [starts[j], ends[j]] (row indices, both included), the mean of `values` weighted
 * by `weights`; rows whose value is NaN, or whose weight is 0, count for nothing. NaN where nothing
 * counted (for latency: no delivery in the whole window, drawn as a gap).
 */
export function weightedMeans(
  values: Float64Array,
  weights: Float64Array,
  starts: readonly number[],
  ends: readonly number[],
): Float64Array {
  // Summed window by window rather than from prefix sums: a window is a few dozen rows, and a
  // lone row then comes back exactly, not as the difference of two long sums.
  const out = new Float64Array(ends.length);
  for (let j = 0; j < ends.length; j++) {
    let sumWV = 0;
    let sumW = 0;
    for (let i = starts[j] as number; i <= (ends[j] as number); i++) {
      const v = values[i] as number;
      const w = weights[i] as number;
      if (Number.isNaN(v) || !(w > 0)) continue;
      sumWV += v * w;
      sumW += w;
    }
    out[j] = sumW > 0 ? sumWV / sumW : NaN;
  }
  return out;
}

/**
 * The first row of each trailing window: the earliest row that began no earlier than
 * `t[end] - windowMs[j]`, and never later than `end` itself, so a window is at least one row.
 */
export function windowStarts(
  t: Float64Array,
  durations: Float64Array,
  ends: readonly number[],
  windowMs: readonly number[],
): number[] {
  const starts: number[] = [];
  let from = 0;
  for (let j = 0; j < ends.length; j++) {
    const end = ends[j] as number;
    const opensAt = (t[end] as number) - (windowMs[j] as number);
    // Windows may shrink as well as move (their lengths differ), so the pointer can step back.
    while (from > 0 && (t[from - 1] as number) - (durations[from - 1] as number) >= opensAt - 1e-6)
      from--;
    while (from < end && (t[from] as number) - (durations[from] as number) < opensAt - 1e-6) from++;
    starts.push(from);
  }
  return starts;
}

/** Weights that are counts: a rate times the time it held for (deliveries, for latency). */
export function countsOf(rates: Float64Array, durations: Float64Array): Float64Array {
  const out = new Float64Array(rates.length);
  for (let i = 0; i < rates.length; i++) {
    const r = rates[i] as number;
    out[i] = Number.isNaN(r) ? 0 : (r * (durations[i] as number)) / 1000;
  }
  return out;
}
