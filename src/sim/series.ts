/** Time series sampled at a fixed simulated interval into fixed-size ring buffers. */
import { DROP_REASONS, type DropReason } from './types.ts';

export const SERIES_COLUMNS = [
  't',
  'depth',
  'inService',
  'memoryBytes',
  'workers',
  'producerRate',
  'offeredRate',
  'acceptedRate',
  'deliveredRate',
  'goodputRate',
  'dropRate',
  ...DROP_REASONS.map((r) => `drop:${r}` as const),
  'droppedTotal',
  'latencyP50',
  'latencyP95',
  'latencyP99',
  'blockedFraction',
  'utilization',
  'credits',
  'timeoutRate',
  'retryRate',
  'wastedRate',
  // The most waiting at any moment in the interval: 'depth' is the count at its end, which misses a
  // queue that fills and is lost between two samples (a reader's chart peaked at 12 beside "most so
  // far: 200").
  'depthPeak',
] as const;
export type SeriesColumn = (typeof SERIES_COLUMNS)[number];
export type DropColumn = `drop:${DropReason}`;

/** Read side of the series: every column has `length` points, oldest first. */
export interface SeriesView {
  readonly columns: readonly SeriesColumn[];
  readonly length: number;
  /** Total samples ever taken; `total - length` were overwritten. */
  readonly total: number;
  /** A copy of one column, oldest point first. */
  read(column: SeriesColumn): Float64Array;
}

/** Column-oriented ring buffer; `push` writes one row without allocating. */
export class SeriesRing implements SeriesView {
  readonly columns = SERIES_COLUMNS;
  private readonly data: Float64Array[];
  private readonly index = new Map<SeriesColumn, number>();
  private head = 0;
  private count = 0;
  private pushed = 0;

  // A number from the start, not a parameter property (see Message for why).
  readonly capacity: number = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.data = SERIES_COLUMNS.map(() => new Float64Array(capacity));
    SERIES_COLUMNS.forEach((c, i) => this.index.set(c, i));
  }

  get length(): number {
    return this.count;
  }

  get total(): number {
    return this.pushed;
  }

  /** Column buffers in SERIES_COLUMNS order, for the writer to fill at `slot`. */
  beginRow(): number {
    const slot = this.head;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
    this.pushed++;
    return slot;
  }

  set(slot: number, columnIndex: number, value: number): void {
    (this.data[columnIndex] as Float64Array)[slot] = value;
  }

  columnIndex(column: SeriesColumn): number {
    return this.index.get(column) ?? -1;
  }

  read(column: SeriesColumn): Float64Array {
    const src = this.data[this.columnIndex(column)];
    const out = new Float64Array(this.count);
    if (!src) return out;
    const start = (this.head - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) out[i] = src[(start + i) % this.capacity] as number;
    return out;
  }
}
