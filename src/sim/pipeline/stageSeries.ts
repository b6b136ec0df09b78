/**
 * A pipeline's own time series, sampled with the engine's (the same sample events, the same length):
 * each stage's queue depth and its consumers blocked holding a finished message. Kept apart from the
 * engine's SeriesRing so a one-stage run's series, CSV and charts stay exactly what they were.
 */
export class StageSeries {
  readonly columns: readonly string[];
  private readonly data: Float64Array[];
  private readonly capacity: number;
  private head = 0;
  private count = 0;

  constructor(stageCount: number, capacity: number) {
    const columns: string[] = [];
    for (let i = 1; i <= stageCount; i++) columns.push(`stage${i}:depth`, `stage${i}:blocked`);
    this.columns = columns;
    this.capacity = capacity;
    this.data = columns.map(() => new Float64Array(capacity));
  }

  get length(): number {
    return this.count;
  }

  /** One row: each stage's depth and blocked consumers, first stage first. */
  push(values: readonly number[]): void {
    const slot = this.head;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
    values.forEach((x, i) => ((this.data[i] as Float64Array)[slot] = x));
  }

  /** A copy of one column, oldest point first (empty for a name it does not have). */
  read(column: string): Float64Array {
    const src = this.data[this.columns.indexOf(column)];
    const out = new Float64Array(this.count);
    if (src === undefined) return out;
    const start = (this.head - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) out[i] = src[(start + i) % this.capacity] as number;
    return out;
  }
}
