/**
 * A pipeline's own time series, sampled with the engine's (the same sample events, the same length):
 * each stage's queue depth, its consumers blocked holding a finished message, and its drops per
 * second over the sample's interval (the drops Summary.stages counts at that stage). Kept apart from
 * the engine's SeriesRing so a one-stage run's series, CSV and charts stay exactly what they were.
 */

/** The columns of each stage, in order: `stage1:depth`, `stage1:blocked`, `stage1:dropRate`, … */
export const STAGE_COLUMNS = ['depth', 'blocked', 'dropRate'] as const;
export type StageColumn = (typeof STAGE_COLUMNS)[number];

/** The name of stage `stage`'s (1-based) column. */
export const stageColumn = (stage: number, column: StageColumn): string =>
  `stage${stage}:${column}`;

/** Read side of the stages' series, as the engine keeps it and as the page mirrors it. */
export interface StageSeriesView {
  readonly columns: readonly string[];
  readonly length: number;
  /** Total rows ever pushed; `total - length` were overwritten. */
  readonly total: number;
  read(column: string): Float64Array;
}

export class StageSeries implements StageSeriesView {
  readonly columns: readonly string[];
  private readonly data: Float64Array[];
  private readonly capacity: number;
  private head = 0;
  private count = 0;
  private pushed = 0;

  constructor(stageCount: number, capacity: number) {
    const columns: string[] = [];
    for (let i = 1; i <= stageCount; i++)
      for (const column of STAGE_COLUMNS) columns.push(stageColumn(i, column));
    this.columns = columns;
    this.capacity = capacity;
    this.data = columns.map(() => new Float64Array(capacity));
  }

  get length(): number {
    return this.count;
  }

  get total(): number {
    return this.pushed;
  }

  /** One row: each stage's columns (STAGE_COLUMNS), first stage first. */
  push(values: ArrayLike<number>): void {
    const slot = this.head;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
    this.pushed++;
    for (let i = 0; i < values.length; i++)
      (this.data[i] as Float64Array)[slot] = values[i] as number;
  }

  /** A copy of one column, oldest point first (empty for a name it does not have). */
  read(column: string): Float64Array {
    const src = this.data[this.columns.indexOf(column)];
    if (src === undefined) return new Float64Array(0);
    const out = new Float64Array(this.count);
    const start = (this.head - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) out[i] = src[(start + i) % this.capacity] as number;
    return out;
  }
}
