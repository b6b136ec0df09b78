/**
 * The metrics a goal can test: what each means, its unit, whether it can be measured in a window,
 * and how to read it from a whole run (the Summary) or from a window (a WindowTally).
 *
 * Latency-like metrics are NaN when nothing was delivered, so "p99 under 2 s" cannot pass on a run
 * that delivered nothing.
 */
import { DROP_REASONS, type DropReason, type Summary } from '../sim/types.ts';
import type { QuantityUnit } from './formatValue.ts';
import type { WindowTally } from './runTally.ts';

/** How a goal's label reads: a count ("No message lost") or a quantity ("p99 latency under 2 s"). */
export type MetricStyle = 'count' | 'quantity';

export interface MetricDefinition {
  unit: QuantityUnit;
  style: MetricStyle;
  /** For quantities: the noun ("p99 latency"); for counts, what is counted after the number. */
  name: string;
  /** For counts: the label when none are allowed ("No message lost"). */
  none?: string;
  /** Words after the value in a label: "Producer blocked at most 10% *of the time*". */
  suffix?: string;
  /** Whether a goal on this metric may name a drop reason. */
  takesReason: boolean;
  /** Whether the metric can be measured over a window; see `windowlessWhy` when it cannot. */
  windowed: boolean;
  /** One line for the pack format's documentation and JSON Schema. */
  description: string;
  fromSummary(summary: Summary, reason: DropReason | undefined): number;
  fromWindow(window: WindowTally, reason: DropReason | undefined): number;
}

/** Why the peaks and the staleness cannot be measured in a window, for the error message. */
export const WINDOWLESS_WHY =
  'cannot be measured in a window: the run keeps only its peak and average since the start, so leave the window out and the goal covers the whole run';

const perSecond = (count: number, ms: number) => (ms > 0 ? (count * 1000) / ms : 0);
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function latency(
  name: string,
  description: string,
  read: (l: Summary['latencyMs']) => number,
  readWindow: (w: WindowTally) => number,
): MetricDefinition {
  return {
    unit: 'ms',
    style: 'quantity',
    name,
    takesReason: false,
    windowed: true,
    description: `${description} Creation to the end of processing, over the messages delivered (in the window: delivered in it), in ms.`,
    fromSummary: (s) => (s.delivered > 0 ? read(s.latencyMs) : NaN),
    fromWindow: (w) => (w.delivered > 0 ? readWindow(w) : NaN),
  };
}

const DEFINITIONS = {
  dropped: {
    unit: 'messages',
    style: 'count',
    name: 'lost',
    none: 'No message lost',
    takesReason: true,
    windowed: true,
    description:
      'Messages lost for good, for any reason or for the one named by `reason` (a retried refusal counts only if the message is finally given up).',
    fromSummary: (s, reason) => (reason ? s.dropped[reason] : s.dropped.total),
    fromWindow: (w, reason) => (reason ? w.dropped[reason] : w.dropped.total),
  },
  droppedFraction: {
    unit: 'fraction',
    style: 'quantity',
    name: 'Share of messages lost',
    takesReason: true,
    windowed: true,
    description:
      'Messages lost (for any reason, or for `reason`) as a share of the messages made, from 0 to 1 (in a window: lost in it over made in it).',
    fromSummary: (s, reason) => ratio(reason ? s.dropped[reason] : s.dropped.total, s.produced),
    fromWindow: (w, reason) => ratio(reason ? w.dropped[reason] : w.dropped.total, w.produced),
  },
  delivered: {
    unit: 'messages',
    style: 'count',
    name: 'delivered',
    none: 'No message delivered',
    takesReason: false,
    windowed: true,
    description: 'Messages fully processed.',
    fromSummary: (s) => s.delivered,
    fromWindow: (w) => w.delivered,
  },
  throughput: {
    unit: 'per-sec',
    style: 'quantity',
    name: 'Throughput',
    takesReason: false,
    windowed: true,
    description: 'Messages delivered per simulated second.',
    fromSummary: (s) => s.throughputPerSec,
    fromWindow: (w) => perSecond(w.delivered, w.timeMs),
  },
  goodput: {
    unit: 'per-sec',
    style: 'quantity',
    name: 'Goodput',
    takesReason: false,
    windowed: true,
    description:
      'Messages delivered within the scenario’s deadline (`metrics.deadlineMs`) per simulated second; all deliveries count when there is no deadline.',
    fromSummary: (s) => s.goodputPerSec,
    fromWindow: (w) => perSecond(w.onTime, w.timeMs),
  },
  latencyP50: latency(
    'Median (p50) latency',
    'Half of the messages took at most this long.',
    (l) => l.p50,
    (w) => w.latency.quantile(0.5),
  ),
  latencyP95: latency(
    'p95 latency',
    '95% of the messages took at most this long.',
    (l) => l.p95,
    (w) => w.latency.quantile(0.95),
  ),
  latencyP99: latency(
    'p99 latency',
    '99% of the messages took at most this long.',
    (l) => l.p99,
    (w) => w.latency.quantile(0.99),
  ),
  latencyMax: latency(
    'Longest latency',
    'The slowest message.',
    (l) => l.max,
    (w) => w.latency.max,
  ),
  latencyMean: latency(
    'Mean latency',
    'The average message.',
    (l) => l.mean,
    (w) => w.latency.mean,
  ),
  waitMean: {
    unit: 'ms',
    style: 'quantity',
    name: 'Mean wait in the queue',
    takesReason: false,
    windowed: true,
    description:
      'Average time from acceptance to the start of processing, over the messages that started (in the window: started in it), in ms.',
    fromSummary: (s) => (s.delivered + s.inService > 0 ? s.meanWaitMs : NaN),
    fromWindow: (w) => (w.waitCount > 0 ? w.waitSum / w.waitCount : NaN),
  },
  stalenessMean: {
    unit: 'ms',
    style: 'quantity',
    name: 'Mean staleness',
    takesReason: false,
    windowed: false,
    description:
      'Age of information: how old, on average over time and keys, the newest value a reader has seen is, in ms. Whole run only.',
    fromSummary: (s) => (s.delivered > 0 ? s.meanStalenessMs : NaN),
    fromWindow: () => NaN,
  },
  queueDepthMax: {
    unit: 'messages',
    style: 'quantity',
    name: 'Peak queue depth',
    takesReason: false,
    windowed: false,
    description: 'The most messages ever waiting at once. Whole run only.',
    fromSummary: (s) => s.queueDepth.max,
    fromWindow: () => NaN,
  },
  queueDepthMean: {
    unit: 'messages',
    style: 'quantity',
    name: 'Mean queue depth',
    takesReason: false,
    windowed: true,
    description: 'Messages waiting, averaged over time.',
    fromSummary: (s) => s.queueDepth.mean,
    fromWindow: (w) => ratio(w.depthArea, w.timeMs),
  },
  memoryMax: {
    unit: 'bytes',
    style: 'quantity',
    name: 'Peak memory',
    takesReason: false,
    windowed: false,
    description: 'The most bytes ever buffered in the queue at once. Whole run only.',
    fromSummary: (s) => s.memoryBytes.max,
    fromWindow: () => NaN,
  },
  producerBlocked: {
    unit: 'fraction',
    style: 'quantity',
    name: 'Producer blocked',
    suffix: 'of the time',
    takesReason: false,
    windowed: true,
    description:
      'Share of the time the producer was blocked (full queue or no credit), from 0 to 1.',
    fromSummary: (s) => s.producerBlockedFraction,
    fromWindow: (w) => ratio(w.blockedMs, w.timeMs),
  },
  heldBack: {
    unit: 'messages',
    style: 'count',
    name: 'held back',
    none: 'No message held back',
    takesReason: false,
    windowed: true,
    description:
      'Messages the producer wanted to send but was held back from (blocked by a full queue, waiting for credit, or slowed by a signal): they wait upstream or are lost there, where no other metric sees them. Counted from the producer’s rate over the time it was held back, to the nearest whole message.',
    // An expected count (the pattern's rate over the time held back), so rounded to whole messages.
    fromSummary: (s) => Math.round(s.heldBack),
    fromWindow: (w) => Math.round(w.heldBack),
  },
  utilization: {
    unit: 'fraction',
    style: 'quantity',
    name: 'Consumer utilisation',
    takesReason: false,
    windowed: true,
    description:
      'Utilisation: busy worker time over the time workers were ready to work, from 0 to 1.',
    fromSummary: (s) => s.utilization,
    fromWindow: (w) => ratio(w.busyArea, w.readyArea),
  },
  outOfOrder: {
    unit: 'messages',
    style: 'count',
    name: 'out of order',
    none: 'No message out of order',
    takesReason: false,
    windowed: true,
    description: 'Deliveries that came after a later message of the same key.',
    fromSummary: (s) => s.outOfOrder,
    fromWindow: (w) => w.outOfOrder,
  },
  retries: {
    unit: 'retries',
    style: 'count',
    name: '',
    none: 'No retries',
    takesReason: false,
    windowed: true,
    description: 'Retry attempts the producer made.',
    fromSummary: (s) => s.retries,
    fromWindow: (w) => w.retries,
  },
  rejections: {
    unit: 'refusals',
    style: 'count',
    name: '',
    none: 'No offer refused',
    takesReason: false,
    windowed: true,
    description:
      'Offers the system turned away (full queue, rate limit, crashed consumer), retried ones included.',
    fromSummary: (s) => s.rejections,
    fromWindow: (w) => w.rejections,
  },
  crashes: {
    unit: 'crashes',
    style: 'count',
    name: '',
    none: 'No out-of-memory crash',
    takesReason: false,
    windowed: true,
    description: 'Times the consumer process died out of memory.',
    fromSummary: (s) => s.crashes,
    fromWindow: (w) => w.crashes,
  },
  workersMax: {
    unit: 'workers',
    style: 'quantity',
    name: 'Peak workers',
    takesReason: false,
    windowed: false,
    description: 'The most workers at once (autoscaling). Whole run only.',
    fromSummary: (s) => s.workers.max,
    fromWindow: () => NaN,
  },
  workersMean: {
    unit: 'workers',
    style: 'quantity',
    name: 'Mean workers',
    takesReason: false,
    windowed: true,
    description: 'Workers, averaged over time: what the consumers cost.',
    fromSummary: (s) => s.workers.mean,
    fromWindow: (w) => ratio(w.workerArea, w.timeMs),
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricId = keyof typeof DEFINITIONS;
/** Each metric's definition with its literal types, for types that depend on the metric. */
export type MetricDefinitions = typeof DEFINITIONS;
export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = DEFINITIONS;
export const METRIC_IDS = Object.keys(DEFINITIONS) as [MetricId, ...MetricId[]];

/** Participles for lost messages by reason: "No message *rejected*", "12 messages *expired*". */
export const REASON_WORDS: Readonly<Record<DropReason, string>> = {
  rejected: 'rejected',
  'evicted-oldest': 'evicted as the oldest',
  'evicted-youngest': 'evicted as the youngest',
  flushed: 'flushed with the whole queue',
  priority: 'evicted for priority',
  conflated: 'replaced by a newer value',
  expired: 'expired',
  'rate-limited': 'turned away by the rate limit',
  oom: 'lost in a crash',
  'gave-up': 'given up after the last retry',
  'timed-out': 'timed out',
  shed: 'shed from a standing queue',
  'circuit-open': 'failed fast by the circuit breaker',
  reset: 'failed when the server crashed (connection reset)',
};

export { DROP_REASONS };
