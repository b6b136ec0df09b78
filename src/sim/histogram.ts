/**
 * A log-bucketed histogram of non-negative values (latencies in ms), in the manner of HdrHistogram:
 * the bucket is read straight from the float's exponent and top five mantissa bits, so recording costs
 * no logarithm. 32 linear sub-buckets per doubling keep quantiles within about 1.6%; memory is fixed
 * however many values it sees. Mean and max are exact.
 */
import { twoToThe } from './portableMath/float64Words.ts';

const SUB_BITS = 5;
/** Values below 2^-10 ms (about 1 µs) share the first bucket; above 2^34 ms (200 days), the last. */
const MIN_EXPONENT = -10;
const MAX_EXPONENT = 34;
const BIASED_MIN = (MIN_EXPONENT + 1023) << SUB_BITS;
const BUCKETS = (MAX_EXPONENT - MIN_EXPONENT) << SUB_BITS;

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
// The high word of a float64 holds its sign, exponent and top mantissa bits; where it sits in the
// pair depends on the platform's byte order.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The bucket a non-negative value falls in. */
export function bucketOf(value: number): number {
  scratch[0] = value;
  const i = ((scratchWords[HIGH] as number) >>> (20 - SUB_BITS)) - BIASED_MIN;
  return i < 0 ? 0 : i >= BUCKETS ? BUCKETS - 1 : i;
}

// Bucket middles, worked out once, since the sampler reads quantiles at every sample.
const MIDDLES = Float64Array.from({ length: BUCKETS }, (_, index) => {
  const exponent = (index >> SUB_BITS) + MIN_EXPONENT;
  const sub = index & ((1 << SUB_BITS) - 1);
  return twoToThe(exponent) * (1 + (sub + 0.5) / (1 << SUB_BITS));
});

/** The middle of a bucket's range. */
export function bucketMiddle(index: number): number {
  return MIDDLES[index] as number;
}

export class LogHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  /** Lowest and highest bucket written since the last reset, so scans and resets stay short. */
  private low = BUCKETS;
  private high = -1;
  count = 0;
  sum = 0;
  max = 0;

  record(value: number): void {
    this.recordInBucket(value > 0 ? value : 0, bucketOf(value > 0 ? value : 0));
  }

  /** Records a value whose bucket the caller already knows (one lookup for several histograms). */
  recordInBucket(value: number, index: number): void {
    this.counts[index] = (this.counts[index] as number) + 1;
    if (index < this.low) this.low = index;
    if (index > this.high) this.high = index;
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
  }

  get mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }

  /** The q-quantile (0..1), as the middle of its bucket, never above the true max. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = this.low; i <= this.high; i++) {
      seen += this.counts[i] as number;
      if (seen >= rank) return Math.min(bucketMiddle(i), this.max);
    }
    return this.max;
  }

  /**
   * Several quantiles in one pass: `qs` ascending, results written to `out` in the same order. The
   * sampler asks for p50, p95 and p99 every interval, so one scan instead of three matters.
   */
  quantiles(qs: readonly number[], out: number[]): void {
    const n = qs.length;
    const count = this.count;
    const counts = this.counts;
    const high = this.high;
    const rankOf = (q: number) => Math.max(1, Math.ceil(q * count));
    let k = 0;
    let seen = 0;
    // The rank the next quantile needs, worked out once per quantile rather than once per bucket:
    // the scan covers every bucket between the lowest and highest value, hundreds of them.
    let rank = n > 0 ? rankOf(qs[0] as number) : 0;
    for (let i = this.low; i <= high && k < n; i++) {
      seen += counts[i] as number;
      while (k < n && seen >= rank) {
        out[k++] = Math.min(bucketMiddle(i), this.max);
        if (k < n) rank = rankOf(qs[k] as number);
      }
    }
    while (k < n) out[k++] = count === 0 ? 0 : this.max;
  }

  /** An independent copy, to be handed back to `since` later. */
  clone(): LogHistogram {
    const copy = new LogHistogram();
    copy.counts.set(this.counts);
    copy.low = this.low;
    copy.high = this.high;
    copy.count = this.count;
    copy.sum = this.sum;
    copy.max = this.max;
    return copy;
  }

  /**
   * The values recorded since `earlier`, a clone of this histogram taken before: a window of a
   * run. Counts, quantiles and the mean are as exact as ever. The max is exact when it grew during
   * the window; otherwise the largest value of the window hides under the earlier max, and the
   * middle of the highest bucket that gained a value stands in for it, as quantiles do.
   */
  since(earlier: LogHistogram): LogHistogram {
    const window = new LogHistogram();
    for (let i = this.low; i <= this.high; i++) {
      const n = (this.counts[i] as number) - (earlier.counts[i] as number);
      if (n <= 0) continue;
      window.counts[i] = n;
      if (i < window.low) window.low = i;
      window.high = i;
    }
    window.count = this.count - earlier.count;
    window.sum = this.sum - earlier.sum;
    if (window.count > 0)
      window.max =
        this.max > earlier.max ? this.max : Math.min(bucketMiddle(window.high), earlier.max);
    return window;
  }

  reset(): void {
    if (this.high >= this.low) this.counts.fill(0, this.low, this.high + 1);
    this.low = BUCKETS;
    this.high = -1;
    this.count = 0;
    this.sum = 0;
    this.max = 0;
  }
}
