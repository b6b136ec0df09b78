/**
 * Rows for the overlaid charts: one line per column, at most `maxPoints` rows, times in seconds.
 * The columns share their sample interval and clock, so their series line up row for row. Rates
 * and latencies are averaged over a trailing window, as in the playground's charts.
 */
import type { SeriesView } from '../sim/series.ts';
import {
  planRows,
  reduceBucket,
  windowedLatencies,
  windowedRates,
  type RowPlan,
} from '../domain/chartData.ts';
import { DEFAULT_WINDOW_MS } from '../domain/rateWindow.ts';

export const COMPARE_CHART_IDS = ['depth', 'lost', 'throughput', 'latency'] as const;
export type CompareChartId = (typeof COMPARE_CHART_IDS)[number];

/** A few hundred points at most, across all the charts' lines. */
export const MAX_COMPARE_POINTS = 120;

export interface CompareRow {
  /** Simulated seconds. */
  t: number;
  /** One value per column; null is a gap (no delivery in that window, for latency). */
  values: (number | null)[];
}

export interface CompareChartData {
  rows: Record<CompareChartId, CompareRow[]>;
  /** Simulated seconds where the data begins: 0 while the series hold the whole run. */
  startT: number;
}

/** One column's series, cut to the rows every column has, and the points it becomes. */
type Source = (series: SeriesView, skip: number, n: number, plan: RowPlan) => Float64Array;

const tail = (values: Float64Array, skip: number, n: number) => values.subarray(skip, skip + n);

/** Each point from its bucket of rows, by `how`. */
const bucketed =
  (column: 'depth' | 'droppedTotal', how: 'max' | 'last'): Source =>
  (series, skip, n, plan) => {
    const values = tail(series.read(column), skip, n);
    return Float64Array.from(plan.to, (end, j) =>
      reduceBucket(values, plan.from[j] as number, end, how),
    );
  };

const SOURCES: Record<CompareChartId, { read: Source; gaps: boolean }> = {
  // The deepest point of a bucket, so downsampling never hides how close a queue came to full.
  depth: { read: bucketed('depth', 'max'), gaps: false },
  lost: { read: bucketed('droppedTotal', 'last'), gaps: false },
  throughput: {
    read: (s, skip, n, plan) => windowedRates(tail(s.read('deliveredRate'), skip, n), plan),
    gaps: false,
  },
  latency: {
    read: (s, skip, n, plan) =>
      windowedLatencies(
        tail(s.read('latencyP99'), skip, n),
        tail(s.read('deliveredRate'), skip, n),
        plan,
      ),
    gaps: true,
  },
};

export function buildCompareChartData(
  series: readonly SeriesView[],
  maxPoints = MAX_COMPARE_POINTS,
  windowMs = DEFAULT_WINDOW_MS,
): CompareChartData {
  // Equal by construction; the shortest keeps a column that somehow lags from reading past its end.
  const n = series.length === 0 ? 0 : Math.min(...series.map((s) => s.length));
  const first = series[0];
  const skipOf = (s: SeriesView) => s.length - n;
  const times = first ? tail(first.read('t'), skipOf(first), n) : new Float64Array(0);
  // The whole run is in view when no column has lost a row to its ring.
  const wholeRun = series.every((s) => s.total === n);
  const plan = planRows(times, wholeRun, maxPoints, windowMs);
  const out = {} as CompareChartData['rows'];
  for (const id of COMPARE_CHART_IDS) {
    const { read, gaps } = SOURCES[id];
    const columns = series.map((s) => read(s, skipOf(s), n, plan));
    out[id] = plan.to.map((end, j) => ({
      t: (times[end - 1] as number) / 1000,
      values: columns.map((values) => {
        const value = values[j] as number;
        if (Number.isNaN(value)) return gaps ? null : 0;
        return value;
      }),
    }));
  }
  const startT = n > 0 ? ((times[0] as number) - (plan.durations[0] as number)) / 1000 : 0;
  return { rows: out, startT };
}
