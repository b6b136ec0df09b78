/**
 * The live strip's numbers, computed from the run summary and the recent series. Pure, so it is
 * tested without a browser; the component only lays them out.
 */
import { rateSegmentAt } from '../sim/arrivalPattern.ts';
import { Blocked } from '../sim/blocked.ts';
import type { SimReadout } from '../driver/simReadout.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { SeriesColumn, SeriesView } from '../sim/series.ts';
import type { Summary } from '../sim/types.ts';
import { formatMs, formatNumber, formatPercent } from '../domain/format.ts';

export type LiveNumberId = 'delivered' | 'dropped' | 'p99' | 'depth' | 'utilisation' | 'little';

export interface LiveNumber {
  id: LiveNumberId;
  label: string;
  /** The number with its unit. */
  value: string;
  /** A second line: the context the number needs. */
  detail: string;
  /** The number itself, for tests and for comparing. */
  raw: number;
}

/** The mean processing time of one message, ms. */
export function meanServiceMs(scenario: Scenario): number {
  const s = scenario.consumers.service;
  switch (s.kind) {
    case 'constant':
    case 'exponential':
    case 'lognormal':
      return s.meanMs;
    case 'uniform':
      return (s.minMs + s.maxMs) / 2;
  }
}

/** The last `count` values of a series column, oldest first. */
function recent(series: SeriesView, column: SeriesColumn, count: number): Float64Array {
  const all = series.read(column);
  return all.subarray(Math.max(0, all.length - count));
}

function meanOf(values: Float64Array): number {
  let sum = 0;
  let n = 0;
  for (const v of values)
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  return n > 0 ? sum / n : NaN;
}

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (const v of values) if (!Number.isNaN(v)) sum += v;
  return sum;
}

function maxOf(values: Float64Array): number {
  let max = NaN;
  for (const v of values) if (!Number.isNaN(v) && !(v <= max)) max = v;
  return max;
}

export function liveNumbers(
  summary: Summary,
  series: SeriesView,
  scenario: Scenario,
): LiveNumber[] {
  const samplesPerSecond = Math.max(1, Math.round(1000 / scenario.metrics.sampleIntervalMs));
  const deliveredRate = meanOf(recent(series, 'deliveredRate', samplesPerSecond));
  const produced = summary.produced;
  const droppedInAll = produced > 0 ? summary.dropped.total / produced : 0;
  // Drops over the last second, as a share of what was made in it, like the p99: a strategy picked
  // a moment ago shows its own losses, not the run's history (the totals are on the second line).
  const droppedRecently = sumOf(recent(series, 'dropRate', samplesPerSecond));
  const madeRecently = sumOf(recent(series, 'producerRate', samplesPerSecond));
  const droppedShare =
    series.length === 0
      ? droppedInAll
      : madeRecently > 0
        ? Math.min(1, droppedRecently / madeRecently)
        : droppedRecently > 0
          ? 1
          : 0;
  // Each sample holds the p99 of the deliveries in its interval; the highest over the last second is
  // what a reader watching the numbers would call "the p99 right now", and stays readable at 10 Hz.
  const p99 = maxOf(recent(series, 'latencyP99', samplesPerSecond));
  const capacity = scenario.queue.capacity;
  const busy = meanOf(recent(series, 'utilization', samplesPerSecond));
  const workers = summary.workers.now;
  // What the workload asks of the consumers, λ/(cμ): above 1 no amount of queueing can keep up.
  const asked = rateSegmentAt(scenario.workload.pattern, summary.timeMs, { ratePerSec: 0, end: 0 });
  const offeredLoad = (asked.ratePerSec * meanServiceMs(scenario)) / 1000 / workers;
  const { L, lambdaW, lambdaPerMs, meanTimeInSystemMs } = summary.littlesLaw;
  return [
    {
      id: 'delivered',
      label: 'Delivered',
      value: `${formatNumber(summary.delivered, 6)} messages`,
      detail: `${formatNumber(Number.isNaN(deliveredRate) ? 0 : deliveredRate)} messages/s now`,
      raw: summary.delivered,
    },
    {
      id: 'dropped',
      label: 'Dropped',
      value: formatPercent(droppedShare),
      detail: `last second; ${formatNumber(summary.dropped.total, 6)} of ${formatNumber(produced, 6)} in all`,
      raw: droppedShare,
    },
    {
      id: 'p99',
      label: 'p99 latency',
      value: Number.isNaN(p99) ? 'no deliveries' : formatMs(p99),
      detail: 'slowest 1%, last second',
      raw: p99,
    },
    {
      id: 'depth',
      label: 'Queue depth',
      value: `${formatNumber(summary.queueDepth.now, 6)} ${capacity === null ? 'messages' : `of ${formatNumber(capacity, 6)}`}`,
      detail: `most so far ${formatNumber(summary.queueDepth.max, 6)}${capacity === null ? ', no limit' : ''}`,
      raw: summary.queueDepth.now,
    },
    {
      id: 'utilisation',
      label: 'Utilisation ρ',
      value: formatPercent(Number.isNaN(busy) ? summary.utilization : busy),
      detail: `load asked λ/cμ ${Number.isFinite(offeredLoad) ? formatNumber(offeredLoad, 2) : '—'}, ${workers} ${workers === 1 ? 'worker' : 'workers'}`,
      raw: Number.isNaN(busy) ? summary.utilization : busy,
    },
    {
      id: 'little',
      label: 'Little’s law',
      value: `L ${formatNumber(L, 3)} vs λW ${formatNumber(lambdaW, 3)}`,
      detail: `λ ${formatNumber(lambdaPerMs * 1000)}/s × W ${formatMs(meanTimeInSystemMs)}`,
      raw: L,
    },
  ];
}

/** What the producer is doing, in a few words. */
export function producerStatus(engine: SimReadout): string {
  switch (engine.blocked) {
    case Blocked.queueFull:
      return 'blocked: queue full';
    case Blocked.noCredit:
      return 'waiting for credit';
    case Blocked.no:
      if (engine.crashed) return 'sending into a crashed consumer';
      return Number.isFinite(engine.rateCap)
        ? `slowed to ${formatNumber(engine.rateCap)} messages/s`
        : 'running';
  }
}

/** A short sentence for the screen-reader announcement, every few seconds. */
export function statusSentence(summary: Summary, scenario: Scenario, engine: SimReadout): string {
  const capacity = scenario.queue.capacity;
  const depth = `${summary.queueDepth.now}${capacity === null ? '' : ` of ${capacity}`} waiting`;
  const dropped = summary.produced > 0 ? summary.dropped.total / summary.produced : 0;
  return `At ${formatMs(summary.timeMs)}: ${depth}, ${formatPercent(dropped)} dropped so far, ${summary.workers.now} ${summary.workers.now === 1 ? 'worker' : 'workers'}, producer ${producerStatus(engine)}.`;
}
