/**
 * A log-bucketed histogram of non-negative values (latencies in ms). Memory is fixed however many
 * values it sees; quantiles are within about 1% (32 buckets per doubling). Mean and max are exact.
 */

const MIN_VALUE = 0.001;
const BUCKETS_PER_DOUBLING = 32;
const DOUBLINGS = 44; // 0.001 ms to about 17.6e9 ms (200 days)
const BUCKETS = 1 + BUCKETS_PER_DOUBLING * DOUBLINGS;

export class LogHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  /** Buckets written since the last reset, so a reset costs what was written, not the whole array. */
  private readonly touched: number[] = [];
  /** Lowest and highest bucket written, so quantile scans stay short. */
  private low = BUCKETS;
  private high = -1;
  count = 0;
  sum = 0;
  max = 0;

  record(value: number): void {
    const v = value > 0 ? value : 0;
    let i = 0;
    if (v >= MIN_VALUE) {
      i = 1 + Math.floor(Math.log2(v / MIN_VALUE) * BUCKETS_PER_DOUBLING);
      if (i >= BUCKETS) i = BUCKETS - 1;
    }
    if (this.counts[i] === 0) {
      this.touched.push(i);
      if (i < this.low) this.low = i;
      if (i > this.high) this.high = i;
    }
    this.counts[i] = (this.counts[i] as number) + 1;
    this.count++;
    this.sum += v;
    if (v > this.max) this.max = v;
  }

  get mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }

  /** The q-quantile (0..1), as the geometric middle of its bucket, never above the true max. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = this.low; i <= this.high; i++) {
      seen += this.counts[i] as number;
      if (seen >= rank) {
        if (i === 0) return Math.min(MIN_VALUE / 2, this.max);
        const mid = MIN_VALUE * 2 ** ((i - 0.5) / BUCKETS_PER_DOUBLING);
        return Math.min(mid, this.max);
      }
    }
    return this.max;
  }

  reset(): void {
    for (const i of this.touched) this.counts[i] = 0;
    this.touched.length = 0;
    this.low = BUCKETS;
    this.high = -1;
    this.count = 0;
    this.sum = 0;
    this.max = 0;
  }
}
