/**
 * Chart rows from the simulation's series: at most `maxPoints` rows, times in seconds, rates and
 * latencies averaged over a trailing window (see rateWindow.ts), and latency gaps (nothing
 * delivered in the window) as null so the lines break there.
 */
import type { SeriesView } from '../sim/series.ts';
import type { GoalBand } from './goalBands.ts';
import { DROP_REASONS, type DropReason } from '../sim/types.ts';
import {
  countsOf,
  DEFAULT_WINDOW_MS,
  rowDurations,
  weightedMeans,
  windowStarts,
} from './rateWindow.ts';

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
  /**
   * Retries sent per second, part of the offered rate: averaged over the point's own stretch only,
   * not the trailing second, because retries that line up come as waves a second would flatten.
   */
  retryRate: number;
  dropRate: number;
  droppedTotal: number;
  workers: number;
  latencyP50: number | null;
  latencyP95: number | null;
  latencyP99: number | null;
  /** Drops per second by reason, only for reasons that occur in the series. */
  drops: Partial<Record<DropKey, number>>;
  /** A pipeline's: each stage's depth, first stage first (ChartData.stages names them). */
  stageDepth?: number[];
  /** A pipeline's: each stage's drops per second. */
  stageDropRate?: number[];
}

/** How a bucket of samples becomes one point, for the values that are not averaged over time. */
type Reduce = 'mean' | 'max' | 'last';

type RateKey = 'producerRate' | 'offeredRate' | 'acceptedRate' | 'deliveredRate' | 'dropRate';
type LatencyKey = 'latencyP50' | 'latencyP95' | 'latencyP99';

const RATES: readonly RateKey[] = [
  'producerRate',
  'offeredRate',
  'acceptedRate',
  'deliveredRate',
  'dropRate',
];
const LATENCIES: readonly LatencyKey[] = ['latencyP50', 'latencyP95', 'latencyP99'];
/** Levels and counts: the deepest point and the most workers of a bucket, so downsampling never
 * hides how close the queue came to full; the running total as it stood at the bucket's end. */
const LEVELS = [
  // The depth line is the most waiting in each interval, not the count at its end: a queue that
  // fills and is lost between two samples (a crash at 10,000/s) still shows how high it got.
  { key: 'depth', column: 'depthPeak', reduce: 'max' },
  { key: 'workers', column: 'workers', reduce: 'max' },
  { key: 'droppedTotal', column: 'droppedTotal', reduce: 'last' },
] as const;

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

/** Which rows become which points, and the window each point averages over. */
export interface RowPlan {
  /** How long each row of the series covers, in ms. */
  durations: Float64Array;
  /** Each point's bucket of rows: [from[j], to[j]). */
  from: number[];
  to: number[];
  /** Each point's averaging window: rows [windowFrom[j], to[j] - 1]. */
  windowFrom: number[];
}

/**
 * Buckets of at most ⌈n / maxPoints⌉ rows, one point each at the bucket's last row; a point's
 * window is `windowMs` or, when a bucket covers more time than that, the whole bucket, so every row
 * counts towards some point.
 */
export function planRows(
  t: Float64Array,
  wholeRun: boolean,
  maxPoints: number,
  windowMs: number,
): RowPlan {
  const n = t.length;
  const durations = rowDurations(t, wholeRun);
  const size = Math.max(1, Math.ceil(n / Math.max(1, maxPoints)));
  const from: number[] = [];
  const to: number[] = [];
  const windows: number[] = [];
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    const last = end - 1;
    const bucketMs = (t[last] as number) - ((t[start] as number) - (durations[start] as number));
    from.push(start);
    to.push(end);
    windows.push(Math.max(windowMs, bucketMs));
  }
  const ends = to.map((end) => end - 1);
  return { durations, from, to, windowFrom: windowStarts(t, durations, ends, windows) };
}

/** A rate column averaged over each point's window, weighted by time. */
export function windowedRates(values: Float64Array, plan: RowPlan): Float64Array {
  return weightedMeans(
    values,
    plan.durations,
    plan.windowFrom,
    plan.to.map((end) => end - 1),
  );
}

/**
 * A latency column averaged over each point's window, weighted by the deliveries each row's
 * percentile describes; NaN where the window delivered nothing.
 */
export function windowedLatencies(
  values: Float64Array,
  deliveredRate: Float64Array,
  plan: RowPlan,
): Float64Array {
  return weightedMeans(
    values,
    countsOf(deliveredRate, plan.durations),
    plan.windowFrom,
    plan.to.map((end) => end - 1),
  );
}

export interface ChartData {
  rows: ChartRow[];
  /** Drop reasons with at least one drop in the series, in DROP_REASONS order. */
  reasons: DropReason[];
  /** Whether the series holds any retry: only then is their rate drawn. */
  retries: boolean;
  /** The window rates and latencies are averaged over, in ms. */
  windowMs: number;
  /** Simulated seconds where the data begins: 0 while the series holds the whole run. */
  startT: number;
  /** Triggers (spike, slowdown, outage) to shade, in simulated seconds; see bandsInView. */
  bands?: ChartBand[];
  /** The open exercise's goals on this chart that hold over a stretch of time (goalBands.ts). */
  goals?: readonly GoalBand[];
  /** A pipeline's per-stage depth and drops (stageChartData.ts); absent for a single stage. */
  stages?: StageLines;
}

/** A pipeline's lines on the charts, point for point with the rows (see stageChartData.ts). */
export interface StageLines {
  /** Each stage's name on the charts, first stage first ("Stage 1", "Stage 2: database"). */
  labels: string[];
  /** Per point, each stage's depth (the deepest of the point's bucket, as the depth line). */
  depth: number[][];
  /** Per point, each stage's drops per second, averaged as the other rates. */
  dropRate: number[][];
  /** Stages (0-based) with at least one drop in the series. */
  dropping: number[];
}

/** A trigger's stretch of time on the charts, in simulated seconds. */
export interface ChartBand {
  kind: 'spike' | 'slowdown' | 'outage';
  from: number;
  to: number;
}

/**
 * The triggers that overlap the data, clipped to it and in seconds: shaded bands, so the reader sees
 * when the trouble was and what the run did after it was gone.
 */
export function bandsInView(
  bands: readonly { kind: ChartBand['kind']; fromMs: number; toMs: number }[],
  data: ChartData,
): ChartBand[] {
  const end = data.rows[data.rows.length - 1]?.t ?? data.startT;
  const out: ChartBand[] = [];
  for (const b of bands) {
    const from = Math.max(b.fromMs / 1000, data.startT);
    const to = Math.min(b.toMs / 1000, end);
    if (to > from) out.push({ kind: b.kind, from, to });
  }
  return out;
}

export interface ChartDataOptions {
  maxPoints?: number;
  windowMs?: number;
}

export function buildChartData(
  series: SeriesView,
  { maxPoints = MAX_POINTS, windowMs = DEFAULT_WINDOW_MS }: ChartDataOptions = {},
): ChartData {
  const t = series.read('t');
  const plan = planRows(t, series.total === series.length, maxPoints, windowMs);
  const delivered = series.read('deliveredRate');
  const rates = RATES.map((column) => ({
    column,
    values: windowedRates(series.read(column), plan),
  }));
  const latencies = LATENCIES.map((column) => ({
    column,
    values: windowedLatencies(series.read(column), delivered, plan),
  }));
  const levels = LEVELS.map(({ key, column, reduce }) => ({
    key,
    reduce,
    values: series.read(column),
  }));
  const reasons = DROP_REASONS.filter((r) => series.read(`drop:${r}`).some((v) => v > 0));
  const drops = reasons.map((r) => ({
    key: `drop:${r}` as const,
    values: windowedRates(series.read(`drop:${r}`), plan),
  }));

  const retryRates = windowedRates(series.read('retryRate'), {
    ...plan,
    windowFrom: plan.from,
  });

  const rows: ChartRow[] = plan.to.map((end, j) => {
    const row = { t: (t[end - 1] as number) / 1000, drops: {} } as ChartRow;
    for (const { column, values } of rates) row[column] = finiteOr(values[j] as number, 0);
    row.retryRate = finiteOr(retryRates[j] as number, 0);
    for (const { column, values } of latencies) {
      const v = values[j] as number;
      row[column] = Number.isNaN(v) ? null : v;
    }
    for (const { key, reduce, values } of levels)
      row[key] = finiteOr(reduceBucket(values, plan.from[j] as number, end, reduce), 0);
    for (const { key, values } of drops) row.drops[key] = finiteOr(values[j] as number, 0);
    return row;
  });
  const startT = t.length > 0 ? ((t[0] as number) - (plan.durations[0] as number)) / 1000 : 0;
  const retries = series.read('retryRate').some((v) => v > 0);
  return { rows, reasons, retries, windowMs, startT };
}

const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);
