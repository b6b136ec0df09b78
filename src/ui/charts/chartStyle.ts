/**
 * What the playground's charts say and how their lines look: titles, captions, and a colour plus a
 * dash or width for every line, so no two lines of a chart differ by colour alone.
 */
import { formatMs, formatNumber } from '../../domain/format.ts';
import type { ChartData } from '../../domain/chartData.ts';
import type { ChartId } from '../../domain/charts.ts';
import { DROP_REASON_STYLE } from '../../render/palette.ts';
import type { LegendItem } from './SeriesLegend.tsx';

export const TITLES: Record<ChartId, string> = {
  depth: 'Queue depth',
  drops: 'Drops',
  throughput: 'Throughput in and out',
  latency: 'Latency',
  producer: 'Producer rate and workers',
};

/** "the last second", "the last 5 seconds": how a caption names the averaging window. */
export function windowPhrase(windowMs: number): string {
  if (windowMs === 1000) return 'the last second';
  const seconds = formatNumber(windowMs / 1000);
  return `the last ${seconds} seconds`;
}

/**
 * The chart's caption. `capacity` is the queue's limit (null: none), so the depth chart promises a
 * capacity line only when it draws one.
 */
/** What bounds a queue that has no limit on its length: a memory budget, an age, or nothing. */
export interface UnboundedQueue {
  memoryBudgetBytes: number | null;
  maxAgeMs: number | null;
}

/**
 * How an unlimited queue's backlog ends, in the words the depth chart's caption closes with: only a
 * memory budget runs out; a queue that expires what is too old (Kafka's retention) levels off
 * instead, losing the oldest unread; with neither it grows for as long as more comes in.
 */
const NOTHING_BOUNDS: UnboundedQueue = { memoryBudgetBytes: null, maxAgeMs: null };

export function unboundedEnd(queue: UnboundedQueue): string {
  if (queue.maxAgeMs !== null)
    return `what has waited ${formatMs(queue.maxAgeMs)} is deleted unread, so it levels off there`;
  if (queue.memoryBudgetBytes !== null) return 'it grows until the memory runs out';
  return 'it grows for as long as more comes in than goes out';
}

export function caption(
  id: ChartId,
  windowMs: number,
  stages = false,
  capacity: number | null = null,
  queue: UnboundedQueue = NOTHING_BOUNDS,
): string {
  const over = `averaged over ${windowPhrase(windowMs)}`;
  // A pipeline: one line per stage, so the reader sees where the backlog builds and where it is lost.
  if (stages && id === 'depth')
    return 'Messages waiting at each stage, one line per stage, each with its own colour and dash (named below; none marks a limit): a stage whose queue fills holds up the stages before it.';
  if (stages && id === 'drops')
    return `Drops per second, ${over}, stacked by the stage where they happen, and all drops so far (right axis).`;
  switch (id) {
    case 'depth':
      return capacity === null
        ? `Messages waiting. The queue has no limit, so no line marks one: ${unboundedEnd(queue)}.`
        : 'Messages waiting, with the queue’s capacity as a dashed line.';
    case 'drops':
      return `Drops per second, ${over}, stacked by reason, and all drops so far (right axis).`;
    case 'throughput':
      return `Messages offered (retries included), accepted and delivered per second, ${over}. When there are retries, their own line is not averaged, so retries that come back together show as spikes.`;
    case 'latency':
      return `Time from creation to delivery, ${over}: half the messages arrive sooner than the typical line, 1 in 100 later than the top one. Gaps mean nothing was delivered.`;
    case 'producer':
      return `What the producer makes per second, ${over}, and how many workers there are (right axis).`;
  }
}

export interface LineStyle {
  color: string;
  /** SVG stroke-dasharray; empty for solid. */
  dash: string;
  width: number;
}

/** The lines that are not drop reasons (those use DROP_REASON_STYLE). */
export const LINE = {
  depth: { color: '#0072B2', dash: '', width: 1.5 },
  capacity: { color: 'currentColor', dash: '6 3', width: 1 },
  offered: { color: '#E69F00', dash: '6 3', width: 2 },
  accepted: { color: '#56B4E9', dash: '2 3', width: 2 },
  delivered: { color: '#009E73', dash: '', width: 2.5 },
  // Retries: a thin dotted line under the others, so waves of them show without hiding the rest.
  retries: { color: '#D55E00', dash: '1 3', width: 2 },
  // Latency: the typical line is the boldest, the tails thinner and broken differently, and a
  // shaded band from the typical to the slowest 1% shows the spread at a glance.
  p50: { color: '#0072B2', dash: '', width: 2.5 },
  p95: { color: '#E69F00', dash: '7 4', width: 1.5 },
  p99: { color: '#D55E00', dash: '2 2', width: 2 },
  producer: { color: '#CC79A7', dash: '', width: 2 },
  workers: { color: '#009E73', dash: '6 3', width: 2 },
  total: { color: 'currentColor', dash: '', width: 1.5 },
} satisfies Record<string, LineStyle>;

/** A pipeline's stages, first to last: a colour and a dash each, on the depth and drops charts. */
export const STAGE_LINES: readonly LineStyle[] = [
  { color: '#0072B2', dash: '', width: 2 },
  // A dash and a dot: the single stage's capacity line is plain dashes ('6 3').
  { color: '#E69F00', dash: '8 3 2 3', width: 2 },
  { color: '#009E73', dash: '2 3', width: 2.5 },
];

/** Stage `index`'s line (0-based). */
export const stageLine = (index: number): LineStyle =>
  STAGE_LINES[index % STAGE_LINES.length] as LineStyle;

export const LATENCY_BAND = { color: '#D55E00', opacity: 0.12 };

export const NAMES = {
  offered: 'In: offered',
  accepted: 'Accepted',
  delivered: 'Out: delivered',
  retries: 'Retries (part of in)',
  p50: 'Typical (p50)',
  p95: 'Slowest 5% (p95)',
  p99: 'Slowest 1% (p99)',
  band: 'Typical to slowest 1%',
  producer: 'Producer rate',
  workers: 'Workers',
  total: 'Total dropped',
  waiting: 'Waiting',
} as const;

const line = (label: string, style: LineStyle): LegendItem => ({
  label,
  color: style.color,
  dash: style.dash,
  width: style.width,
});

export function legendFor(id: ChartId, data: ChartData, capacity: number | null): LegendItem[] {
  const stages = data.stages;
  if (stages !== undefined && id === 'depth')
    return stages.labels.map((label, i) => line(label, stageLine(i)));
  if (stages !== undefined && id === 'drops')
    return [
      ...stages.dropping.map((i) => ({
        label: stages.labels[i] as string,
        color: stageLine(i).color,
        fill: 0.3,
      })),
      line(NAMES.total, LINE.total),
    ];
  switch (id) {
    case 'depth':
      return [
        line(NAMES.waiting, LINE.depth),
        ...(capacity === null ? [] : [line(`Capacity (${formatNumber(capacity)})`, LINE.capacity)]),
      ];
    case 'drops':
      return [
        ...data.reasons.map((r) => ({
          label: DROP_REASON_STYLE[r].label,
          color: DROP_REASON_STYLE[r].color,
          shape: DROP_REASON_STYLE[r].shape,
        })),
        line(NAMES.total, LINE.total),
      ];
    case 'throughput':
      return [
        line(NAMES.offered, LINE.offered),
        line(NAMES.accepted, LINE.accepted),
        line(NAMES.delivered, LINE.delivered),
        ...(data.retries ? [line(NAMES.retries, LINE.retries)] : []),
      ];
    case 'latency':
      return [
        line(NAMES.p50, LINE.p50),
        line(NAMES.p95, LINE.p95),
        line(NAMES.p99, LINE.p99),
        { label: NAMES.band, color: LATENCY_BAND.color, fill: LATENCY_BAND.opacity },
      ];
    case 'producer':
      return [line(NAMES.producer, LINE.producer), line(NAMES.workers, LINE.workers)];
  }
}
