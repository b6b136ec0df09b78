/**
 * The series travels from the worker to the page as the rows taken since the last message, not the
 * whole window each time: a few hundred bytes ten times a second instead of the full ring.
 */
import type { StageSeriesView } from '../sim/pipeline/stageSeries.ts';
import { SERIES_COLUMNS, SeriesRing, type SeriesColumn, type SeriesView } from '../sim/series.ts';
import type { SeriesRows } from './protocol.ts';

/** Rows of `series` after the first `sentTotal` samples (at most the ones still in the window). */
export function rowsSince(
  series: SeriesView | StageSeriesView,
  sentTotal: number,
): SeriesRows | null {
  const fresh = Math.min(series.total - sentTotal, series.length);
  if (fresh <= 0) return null;
  const columns = series.columns;
  const width = columns.length;
  const rows = new Float64Array(fresh * width);
  columns.forEach((column, c) => {
    const values = (series as StageSeriesView).read(column);
    const from = values.length - fresh;
    for (let r = 0; r < fresh; r++) rows[r * width + c] = values[from + r] as number;
  });
  return { total: series.total, rows };
}

/** The page's copy of the series, the same read side as the engine's ring. */
export class MirroredSeries implements SeriesView {
  readonly columns = SERIES_COLUMNS;
  private readonly ring: SeriesRing;
  /** Samples the worker took but never sent, because newer ones had already pushed them out. */
  private skipped = 0;

  constructor(capacity: number) {
    this.ring = new SeriesRing(capacity);
  }

  get length(): number {
    return this.ring.length;
  }

  get total(): number {
    return this.ring.total + this.skipped;
  }

  read(column: SeriesColumn): Float64Array {
    return this.ring.read(column);
  }

  append({ total, rows }: SeriesRows): void {
    const width = SERIES_COLUMNS.length;
    const count = rows.length / width;
    this.skipped = total - count - this.ring.total;
    for (let r = 0; r < count; r++) {
      const slot = this.ring.beginRow();
      for (let c = 0; c < width; c++) this.ring.set(slot, c, rows[r * width + c] as number);
    }
  }
}
