/**
 * An exercise's goals that hold over a stretch of time ("at least 50/s during the flood"), as bands
 * to shade on the chart that shows what they measure, so the learner sees where the check looks.
 */
import { goalLabel, type Goal, type MetricId } from '../exercises/index.ts';
import type { ChartId } from './charts.ts';
import { formatNumber } from './format.ts';

/** The chart on which each metric can be seen. */
export const METRIC_CHART: Readonly<Record<MetricId, ChartId>> = {
  dropped: 'drops',
  droppedFraction: 'drops',
  rejections: 'drops',
  crashes: 'drops',
  delivered: 'throughput',
  throughput: 'throughput',
  goodput: 'throughput',
  retries: 'throughput',
  outOfOrder: 'throughput',
  latencyP50: 'latency',
  latencyP95: 'latency',
  latencyP99: 'latency',
  latencyMax: 'latency',
  latencyMean: 'latency',
  waitMean: 'latency',
  stalenessMean: 'latency',
  queueDepthMax: 'depth',
  queueDepthMean: 'depth',
  memoryMax: 'depth',
  producerBlocked: 'producer',
  heldBack: 'producer',
  utilization: 'producer',
  workersMax: 'producer',
  workersMean: 'producer',
};

export interface GoalBand {
  chart: ChartId;
  /** Simulated seconds. */
  from: number;
  to: number;
  /** Short, on the band: "Goal: during the flood". */
  label: string;
  /** The whole goal in words, with its stretch of time: for the chart's caption. */
  sentence: string;
}

const seconds = (s: number) => `${formatNumber(s, 3)} s`;

/** The bands of `goals` (those with a window), in the goals' order. */
export function goalBandsFor(goals: readonly Goal[]): GoalBand[] {
  const bands: GoalBand[] = [];
  for (const goal of goals) {
    const w = goal.window;
    if (w === undefined || !(w.toSec > w.fromSec)) continue;
    bands.push({
      chart: METRIC_CHART[goal.metric],
      from: w.fromSec,
      to: w.toSec,
      label: w.label ? `Goal: ${w.label}` : 'Goal',
      // A window without a label already says its seconds ("between 10 s and 20 s").
      sentence: w.label
        ? `${goalLabel(goal)} (${seconds(w.fromSec)} to ${seconds(w.toSec)})`
        : goalLabel(goal),
    });
  }
  return bands;
}

/** The bands on `chart` that overlap the data, clipped to it (a long run's charts scroll). */
export function goalBandsInView(
  bands: readonly GoalBand[],
  chart: ChartId,
  data: { rows: readonly { t: number }[]; startT: number },
): GoalBand[] {
  const end = data.rows[data.rows.length - 1]?.t ?? data.startT;
  const out: GoalBand[] = [];
  for (const b of bands) {
    if (b.chart !== chart) continue;
    const from = Math.max(b.from, data.startT);
    const to = Math.min(b.to, end);
    if (to > from) out.push({ ...b, from, to });
  }
  return out;
}
