/**
 * Rows for the overlaid charts: one line per column, at most `maxPoints` rows, times in seconds.
 * The columns share their sample interval and clock, so their series line up row for row.
 */
import type { SeriesColumn, SeriesView } from '../sim/series.ts';
import { reduceBucket } from '../domain/chartData.ts';

export const COMPARE_CHART_IDS = ['depth', 'lost', 'throughput', 'latency'] as const;
export type CompareChartId = (typeof COMPARE_CHART_IDS)[number];

/** A few hundred points at most, across all the charts' lines. */
export const MAX_COMPARE_POINTS = 120;

export interface CompareRow {
  /** Simulated seconds. */
  t: number;
  /** One value per column; null is a gap (no delivery in that interval, for latency). */
  values: (number | null)[];
}

export type CompareChartData = Record<CompareChartId, CompareRow[]>;

const SOURCES: Record<
  CompareChartId,
  { column: SeriesColumn; reduce: 'mean' | 'max' | 'last'; gaps: boolean }
> = {
  // The deepest point of a bucket, so downsampling never hides how close a queue came to full.
  depth: { column: 'depth', reduce: 'max', gaps: false },
  lost: { column: 'droppedTotal', reduce: 'last', gaps: false },
  throughput: { column: 'deliveredRate', reduce: 'mean', gaps: false },
  latency: { column: 'latencyP99', reduce: 'max', gaps: true },
};

export function buildCompareChartData(
  series: readonly SeriesView[],
  maxPoints = MAX_COMPARE_POINTS,
): CompareChartData {
  // Equal by construction; the shortest keeps a column that somehow lags from reading past its end.
  const n = series.length === 0 ? 0 : Math.min(...series.map((s) => s.length));
  const size = Math.max(1, Math.ceil(n / maxPoints));
  const first = series[0];
  const times = first ? first.read('t') : new Float64Array(0);
  const offset = (s: SeriesView) => s.length - n;
  const out = {} as CompareChartData;
  for (const id of COMPARE_CHART_IDS) {
    const { column, reduce, gaps } = SOURCES[id];
    const columns = series.map((s) => ({ values: s.read(column), skip: offset(s) }));
    const rows: CompareRow[] = [];
    for (let from = 0; from < n; from += size) {
      const to = Math.min(n, from + size);
      const t = (times[offset(first as SeriesView) + to - 1] as number) / 1000;
      const values = columns.map(({ values: v, skip }) => {
        const value = reduceBucket(v, skip + from, skip + to, reduce);
        if (Number.isNaN(value)) return gaps ? null : 0;
        return value;
      });
      rows.push({ t, values });
    }
    out[id] = rows;
  }
  return out;
}
