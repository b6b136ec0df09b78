/**
 * A pipeline's per-stage lines on the charts: each stage's queue depth (the deepest point of each
 * bucket, as the depth line) and its drops per second (averaged over the same window as the other
 * rates), from the core's per-stage series, point for point with the chart's rows. A single stage
 * has none, and its charts stay exactly as they were.
 */
import type { StageSeriesView } from '../sim/pipeline/stageSeries.ts';
import type { SeriesView } from '../sim/series.ts';
import {
  buildChartData,
  MAX_POINTS,
  planRows,
  reduceBucket,
  windowedRates,
  type ChartData,
  type ChartDataOptions,
  type RowPlan,
  type StageLines,
} from './chartData.ts';
import { DEFAULT_WINDOW_MS } from './rateWindow.ts';

/** What a stage is called on the charts: its number, and its own name when it has one. */
export function stageLabel(index: number, name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? `Stage ${index + 1}` : `Stage ${index + 1}: ${trimmed}`;
}

const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);

/**
 * The stages' lines for the rows `plan` makes of the series, or null when the stage series does
 * not cover the same samples (a message in flight): the chart waits for the next refresh.
 */
export function stageLines(
  stages: StageSeriesView,
  names: readonly (string | undefined)[],
  plan: RowPlan,
  rowCount: number,
): StageLines | null {
  const count = stages.columns.length / 3;
  if (stages.length !== rowCount || count < 2) return null;
  const depth: number[][] = plan.to.map(() => []);
  const dropRate: number[][] = plan.to.map(() => []);
  const dropping: number[] = [];
  for (let s = 0; s < count; s++) {
    const depths = stages.read(`stage${s + 1}:depth`);
    const drops = stages.read(`stage${s + 1}:dropRate`);
    if (drops.some((v) => v > 0)) dropping.push(s);
    const rates = windowedRates(drops, plan);
    plan.to.forEach((end, j) => {
      (depth[j] as number[]).push(
        finiteOr(reduceBucket(depths, plan.from[j] as number, end, 'max'), 0),
      );
      (dropRate[j] as number[]).push(finiteOr(rates[j] as number, 0));
    });
  }
  const labels = Array.from({ length: count }, (_, s) => stageLabel(s, names[s]));
  return { labels, depth, dropRate, dropping };
}

/**
 * The chart data of a run, with a pipeline's per-stage lines when it is one: the rows are exactly
 * buildChartData's, so a single stage's charts do not change by a bit.
 */
export function buildStagedChartData(
  series: SeriesView,
  stages: StageSeriesView | null,
  names: readonly (string | undefined)[],
  options: ChartDataOptions = {},
): ChartData {
  const data = buildChartData(series, options);
  if (stages === null) return data;
  const t = series.read('t');
  const plan = planRows(
    t,
    series.total === series.length,
    options.maxPoints ?? MAX_POINTS,
    options.windowMs ?? DEFAULT_WINDOW_MS,
  );
  const lines = stageLines(stages, names, plan, t.length);
  if (lines === null) return data;
  const rows = data.rows.map((row, j) => ({
    ...row,
    // Stage 1's line is the depth line itself, which draws the most waiting between samples; the
    // later stages' series keep the count at each sample.
    stageDepth: [row.depth, ...(lines.depth[j] as number[]).slice(1)],
    stageDropRate: lines.dropRate[j] as number[],
  }));
  return { ...data, rows, stages: lines };
}
