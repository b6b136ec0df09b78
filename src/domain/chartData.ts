/**
 * Chart rows from the simulation's series: at most `maxPoints` rows, times in seconds, and latency
 * gaps (NaN: nothing delivered in that interval) as null so the lines break there.
 */
import type { SeriesView } from '../sim/series.ts';
import { DROP_REASONS, type DropReason } from '../sim/types.ts';

export const MAX_POINTS = 100;

export type DropKey = `drop:${DropReason}`;

export interface ChartRow {
  /** Simulated seconds. */
  t: number;
  depth: number;
  producerRate: number;
  offeredRate: number;
  acceptedRate: number;
  deliveredRate: number;
  dropRate: number;
  droppedTotal: number;
  workers: number;
  latencyP50: number | null;
  latencyP95: number | null;
  latencyP99: number | null;
  /** Drops per second by reason, only for reasons that occur in the window. */
  drops: Partial<Record<DropKey, number>>;
}

/** How a bucket of samples becomes one point. */
type Reduce = 'mean' | 'max' | 'last';

type LatencyKey = 'latencyP50' | 'latencyP95' | 'latencyP99';
type ValueKey = Exclude<keyof ChartRow, 't' | 'drops' | LatencyKey>;
const isLatency = (key: ValueKey | LatencyKey): key is LatencyKey => key.startsWith('latency');

const COLUMNS: readonly { column: ValueKey | LatencyKey; reduce: Reduce }[] = [
  // The deepest point of a bucket, so downsampling never hides how close the queue came to full.
  { column: 'depth', reduce: 'max' },
  { column: 'producerRate', reduce: 'mean' },
  { column: 'offeredRate', reduce: 'mean' },
  { column: 'acceptedRate', reduce: 'mean' },
  { column: 'deliveredRate', reduce: 'mean' },
  { column: 'dropRate', reduce: 'mean' },
  { column: 'droppedTotal', reduce: 'last' },
  { column: 'workers', reduce: 'max' },
  { column: 'latencyP50', reduce: 'mean' },
  { column: 'latencyP95', reduce: 'mean' },
  { column: 'latencyP99', reduce: 'max' },
];

/** Reduces `values[from, to)` ignoring NaN; NaN when every value is NaN. */
export function reduceBucket(values: Float64Array, from: number, to: number, how: Reduce): number {
  let sum = 0;
  let n = 0;
  let max = -Infinity;
  let last = NaN;
  for (let i = from; i < to; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
    if (v > max) max = v;
    last = v;
  }
  if (n === 0) return NaN;
  switch (how) {
    case 'mean':
      return sum / n;
    case 'max':
      return max;
    case 'last':
      return last;
  }
}

export interface ChartData {
  rows: ChartRow[];
  /** Drop reasons with at least one drop in the window, in DROP_REASONS order. */
  reasons: DropReason[];
}

export function buildChartData(series: SeriesView, maxPoints = MAX_POINTS): ChartData {
  const n = series.length;
  const size = Math.max(1, Math.ceil(n / maxPoints));
  const t = series.read('t');
  const columns = COLUMNS.map(({ column, reduce }) => ({
    column,
    reduce,
    values: series.read(column),
  }));
  const reasons = DROP_REASONS.filter((r) => series.read(`drop:${r}`).some((v) => v > 0));
  const dropColumns = reasons.map((r) => ({
    key: `drop:${r}` as const,
    values: series.read(`drop:${r}`),
  }));
  const rows: ChartRow[] = [];
  for (let from = 0; from < n; from += size) {
    const to = Math.min(n, from + size);
    const row = { t: (t[to - 1] as number) / 1000, drops: {} } as ChartRow;
    for (const { column, reduce, values } of columns) {
      const v = reduceBucket(values, from, to, reduce);
      if (isLatency(column)) row[column] = Number.isNaN(v) ? null : v;
      else row[column] = Number.isNaN(v) ? 0 : v;
    }
    for (const { key, values } of dropColumns)
      row.drops[key] = reduceBucket(values, from, to, 'mean');
    rows.push(row);
  }
  return { rows, reasons };
}
