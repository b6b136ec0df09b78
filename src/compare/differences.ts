/**
 * The table of differences: the summary metrics of every column, the best and the worst of each row,
 * and each column's difference from column A. Pure data; the component only lays it out.
 */
import type { Scenario } from '../sim/scenario.ts';
import type { Summary } from '../sim/types.ts';
import { fasterInThanOut } from '../domain/overload.ts';
import {
  formatBytes,
  formatMs,
  formatNumber,
  formatPercent,
  formatShare,
} from '../domain/format.ts';

/** Whether a higher number is better, lower is better, or neither (a fact, not a verdict). */
export type Better = 'higher' | 'lower' | 'neither';
type Unit = 'count' | 'share' | 'ms' | 'bytes' | 'workers';

interface MetricSpec {
  id: string;
  label: string;
  /** One line on what the number is, for the row header's description. */
  help: string;
  better: Better;
  unit: Unit;
  /** Shown only when some column has something to show (a row of zeros says nothing). */
  onlyWhenSeen?: boolean;
  /** The number, or null when it means nothing yet (a latency before any delivery). */
  value(summary: Summary): number | null;
}

const lostShare = (s: Summary) => (s.produced > 0 ? s.dropped.total / s.produced : 0);
const delivered = (s: Summary, value: number) => (s.delivered > 0 ? value : null);

export const METRICS: readonly MetricSpec[] = [
  {
    id: 'delivered',
    label: 'Delivered',
    help: 'Messages fully processed.',
    better: 'higher',
    unit: 'count',
    value: (s) => s.delivered,
  },
  {
    id: 'lost',
    label: 'Lost',
    help: 'Share of the messages made that were dropped, for any reason.',
    better: 'lower',
    unit: 'share',
    value: lostShare,
  },
  {
    id: 'made',
    label: 'Made by the producer',
    help: 'Pushing back makes the producer make fewer.',
    better: 'neither',
    unit: 'count',
    value: (s) => s.produced,
  },
  {
    id: 'blocked',
    label: 'Producer held up',
    help: 'Share of the time the producer was blocked or out of credit.',
    better: 'lower',
    unit: 'share',
    value: (s) => s.producerBlockedFraction,
  },
  {
    id: 'p99',
    label: 'Latency p99',
    help: 'The slowest 1% of deliveries took at least this long, from creation to done.',
    better: 'lower',
    unit: 'ms',
    value: (s) => delivered(s, s.latencyMs.p99),
  },
  {
    id: 'mean-latency',
    label: 'Latency, mean',
    help: 'Average time from creation to done, for delivered messages.',
    better: 'lower',
    unit: 'ms',
    value: (s) => delivered(s, s.latencyMs.mean),
  },
  {
    id: 'max-depth',
    label: 'Most waiting',
    help: 'The deepest the queue has been.',
    better: 'lower',
    unit: 'count',
    value: (s) => s.queueDepth.max,
  },
  {
    id: 'memory',
    label: 'Peak memory',
    help: 'The most bytes the queue has held.',
    better: 'lower',
    unit: 'bytes',
    value: (s) => s.memoryBytes.max,
  },
  {
    id: 'workers',
    label: 'Workers, mean',
    help: 'Consumers running on average: fewer is cheaper.',
    better: 'lower',
    unit: 'workers',
    value: (s) => s.workers.mean,
  },
  {
    id: 'utilisation',
    label: 'Utilisation',
    help: 'Busy worker time over available worker time.',
    better: 'neither',
    unit: 'share',
    value: (s) => s.utilization,
  },
  {
    id: 'staleness',
    label: 'Staleness',
    help: 'How old the newest delivered value per key is, on average.',
    better: 'lower',
    unit: 'ms',
    value: (s) => delivered(s, s.meanStalenessMs),
  },
  {
    id: 'crashes',
    label: 'Out-of-memory crashes',
    help: 'Times the consumer process ran out of memory and lost everything it held.',
    better: 'lower',
    unit: 'count',
    onlyWhenSeen: true,
    value: (s) => s.crashes,
  },
  {
    id: 'retries',
    label: 'Retries',
    help: 'Attempts to send a refused message again.',
    better: 'lower',
    unit: 'count',
    onlyWhenSeen: true,
    value: (s) => s.retries,
  },
  {
    id: 'out-of-order',
    label: 'Out of order',
    help: 'Deliveries that came after a later message with the same key.',
    better: 'lower',
    unit: 'count',
    onlyWhenSeen: true,
    value: (s) => s.outOfOrder,
  },
];

export type Rank = 'best' | 'worst' | null;

export interface DifferenceCell {
  value: number | null;
  /** The value with its unit. */
  text: string;
  rank: Rank;
  /** The difference from column A in words ("+12 ms", "−3.1 points"); null for A itself. */
  versusA: string | null;
}

export interface DifferenceRow {
  id: string;
  label: string;
  help: string;
  better: Better;
  cells: DifferenceCell[];
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return 'none delivered';
  switch (unit) {
    case 'count':
      return formatNumber(value, 6);
    case 'share':
      return formatShare(value);
    case 'ms':
      return formatMs(value);
    case 'bytes':
      return formatBytes(value);
    case 'workers':
      return formatNumber(value, 3);
  }
}

const MINUS = '−';
const signed = (text: string, delta: number) => (delta > 0 ? `+${text}` : `${MINUS}${text}`);

/** `value − reference` in the row's unit; shares differ in percentage points. */
export function formatDifference(value: number | null, reference: number | null, unit: Unit) {
  if (value === null || reference === null) return '—';
  const delta = value - reference;
  if (delta === 0) return 'same';
  const size = Math.abs(delta);
  switch (unit) {
    case 'share': {
      const points = size * 100;
      // Below what one decimal shows, a share is the same to the reader.
      if (points < 0.05) return 'same';
      return signed(`${points < 10 ? points.toFixed(1) : Math.round(points)} points`, delta);
    }
    case 'ms':
      return signed(formatMs(size), delta);
    case 'bytes':
      return signed(formatBytes(size), delta);
    case 'count':
    case 'workers': {
      const relative =
        reference !== 0 ? ` (${signed(formatPercent(size / Math.abs(reference)), delta)})` : '';
      return `${signed(formatNumber(size, 6), delta)}${relative}`;
    }
  }
}

/**
 * Best and worst of a row. Columns without a value take no part; when every value is the same there
 * is neither (nothing to choose between); ties share the mark.
 */
export function rankValues(values: readonly (number | null)[], better: Better): Rank[] {
  const known = values.filter((v): v is number => v !== null);
  if (better === 'neither' || known.length < 2) return values.map(() => null);
  const low = Math.min(...known);
  const high = Math.max(...known);
  if (low === high) return values.map(() => null);
  const best = better === 'higher' ? high : low;
  const worst = better === 'higher' ? low : high;
  return values.map((v) => (v === best ? 'best' : v === worst ? 'worst' : null));
}

/**
 * Whether a column's run has yet to show what it does: its queue has no limit and deletes nothing
 * for age, nothing slows or paces the producer, and the producer is faster than the consumers, so
 * the queue only grows until the memory runs out; and it has not run out yet. Until then its
 * numbers (nothing lost, nobody held up) are those of a run about to lose everything: the table
 * marked "No backpressure: Lost 0% ▲ best" at 6 s, just before the crash.
 */
export function yetToShow(scenario: Scenario, summary: Summary): boolean {
  return (
    scenario.queue.capacity === null &&
    scenario.queue.maxAgeMs === null &&
    scenario.feedback.kind === 'none' &&
    scenario.rateLimit === null &&
    scenario.consumers.autoscale === null &&
    fasterInThanOut(scenario) &&
    summary.crashes === 0
  );
}

/** The note under the table for the columns not yet ranked (their letters), or null for none. */
export function notRankedNote(letters: readonly string[]): string | null {
  if (letters.length === 0) return null;
  const which =
    letters.length === 1
      ? `Column ${letters[0]} is`
      : `Columns ${letters.slice(0, -1).join(', ')} and ${letters.at(-1)} are`;
  return letters.length === 1
    ? `${which} not marked yet: its queue has no limit and fills faster than it empties, so it will run out of memory and lose everything waiting.`
    : `${which} not marked yet: their queues have no limit and fill faster than they empty, so they will run out of memory and lose everything waiting.`;
}

/**
 * The marks of the ranked columns, kept only where the unranked columns' numbers do not contradict
 * them: a column not yet marked still shows its number beside the others, so a "worst" beside a
 * worse number, or a "best" beside a better one, would say the opposite of what the row shows. Early
 * in the comparison the table marked Block the producer's 476 ms "▼ worst" beside No
 * backpressure's 1.07 s (A not marked yet, its queue about to run out of memory), and the note
 * saying why was, on a phone, 2,000 px above the row.
 */
export function marksTrueOfAll(
  ranks: readonly Rank[],
  values: readonly (number | null)[],
  unranked: readonly boolean[],
  better: Better,
): Rank[] {
  const others = values.filter((v, i): v is number => unranked[i] === true && v !== null);
  if (others.length === 0 || better === 'neither') return [...ranks];
  const low = Math.min(...others);
  const high = Math.max(...others);
  // Strictly better or worse than a mark's own number contradicts it; a tie does not.
  const beaten = (v: number) => (better === 'lower' ? low < v : high > v);
  const outdone = (v: number) => (better === 'lower' ? high > v : low < v);
  return ranks.map((rank, i) => {
    const v = values[i];
    if (rank === null || v === null || v === undefined) return rank;
    if (rank === 'best' && beaten(v)) return null;
    if (rank === 'worst' && outdone(v)) return null;
    return rank;
  });
}

/**
 * The table's rows for the columns' summaries (column A first). A column `unranked` (yetToShow)
 * keeps its numbers but takes no part in the best and worst, and no mark left on the others
 * contradicts its numbers (marksTrueOfAll).
 */
export function buildDifferences(
  summaries: readonly Summary[],
  unranked: readonly boolean[] = [],
): DifferenceRow[] {
  const rows: DifferenceRow[] = [];
  for (const metric of METRICS) {
    const values = summaries.map((s) => metric.value(s));
    if (metric.onlyWhenSeen && values.every((v) => !v)) continue;
    const ranks = marksTrueOfAll(
      rankValues(
        values.map((v, i) => (unranked[i] === true ? null : v)),
        metric.better,
      ),
      values,
      unranked,
      metric.better,
    );
    const reference = values[0] ?? null;
    rows.push({
      id: metric.id,
      label: metric.label,
      help: metric.help,
      better: metric.better,
      cells: values.map((value, i) => ({
        value,
        text: formatValue(value, metric.unit),
        rank: ranks[i] ?? null,
        versusA: i === 0 ? null : formatDifference(value, reference, metric.unit),
      })),
    });
  }
  return rows;
}
