/**
 * The Theory table's rows: which quantities a model speaks about, each expected and measured value
 * formatted with its unit, and how far apart the two are. Pure, so it is tested without a browser.
 */
import type { Expected, FullPolicy } from '../../sim/theory.ts';
import { formatMs, formatNumber, formatPercent } from '../../domain/format.ts';
import { enoughToCompare, type Measured } from './measuredWindow.ts';

export type Quantity = Exclude<keyof Expected & keyof Measured, 'offered'>;

type Unit = 'count' | 'ms' | 'share' | 'rate';

interface RowSpec {
  id: Quantity;
  label: string;
  /** The textbook symbol, for readers who know it. */
  symbol: string;
  unit: Unit;
}

const ROWS: Record<Quantity, RowSpec> = {
  meanQueueLength: {
    id: 'meanQueueLength',
    label: 'Messages waiting',
    symbol: 'Lq',
    unit: 'count',
  },
  meanInSystem: { id: 'meanInSystem', label: 'Messages in the system', symbol: 'L', unit: 'count' },
  meanWaitMs: { id: 'meanWaitMs', label: 'Wait before processing', symbol: 'Wq', unit: 'ms' },
  meanLatencyMs: {
    id: 'meanLatencyMs',
    label: 'Time from creation to done',
    symbol: 'W',
    unit: 'ms',
  },
  rejectedFraction: {
    id: 'rejectedFraction',
    label: 'Turned away (queue full)',
    symbol: 'P(full)',
    unit: 'share',
  },
  lostFraction: {
    id: 'lostFraction',
    label: 'Lost to a full queue',
    symbol: 'P(full)',
    unit: 'share',
  },
  producerBlockedFraction: {
    id: 'producerBlockedFraction',
    label: 'Producer blocked (share of time)',
    symbol: 'P(full)',
    unit: 'share',
  },
  utilisation: {
    id: 'utilisation',
    label: 'Busy share of each worker',
    symbol: 'ρ',
    unit: 'share',
  },
  throughputPerSec: {
    id: 'throughputPerSec',
    label: 'Delivered per second',
    symbol: 'X',
    unit: 'rate',
  },
};

/** The quantities shown for each kind of queue, in reading order. */
export function quantitiesFor(policy: FullPolicy | 'unstable'): Quantity[] {
  switch (policy) {
    case 'unstable':
      return ['utilisation', 'throughputPerSec'];
    case 'unbounded':
      return [
        'meanQueueLength',
        'meanInSystem',
        'meanWaitMs',
        'meanLatencyMs',
        'utilisation',
        'throughputPerSec',
      ];
    case 'reject':
      return [
        'meanQueueLength',
        'meanInSystem',
        'meanWaitMs',
        'meanLatencyMs',
        'rejectedFraction',
        'utilisation',
        'throughputPerSec',
      ];
    case 'drop':
      // Waiting times are not the queue's averages when waiting messages are dropped (theory.ts).
      return ['meanQueueLength', 'meanInSystem', 'lostFraction', 'utilisation', 'throughputPerSec'];
    case 'block':
      return [
        'meanQueueLength',
        'meanInSystem',
        'meanWaitMs',
        'meanLatencyMs',
        'producerBlockedFraction',
        'utilisation',
        'throughputPerSec',
      ];
  }
}

export interface TheoryRow {
  id: Quantity;
  label: string;
  symbol: string;
  expected: string;
  measured: string;
  /** Measured against expected: relative for amounts, in percentage points for shares. */
  apart: string;
  /** The same in words, for screen readers ("3.1% above theory"). */
  apartSpoken: string;
  /** `apart` is words, not a figure ("too early to compare"): it may wrap on a narrow screen. */
  apartInWords: boolean;
  expectedRaw: number;
  measuredRaw: number;
}

function format(value: number, unit: Unit): string {
  if (Number.isNaN(value)) return '—';
  switch (unit) {
    case 'count':
      return formatNumber(value);
    case 'ms':
      return formatMs(value);
    case 'share':
      return formatPercent(value);
    case 'rate':
      return `${formatNumber(value)}/s`;
  }
}

const MINUS = '\u2212';

/** A sign for the direction, unless the difference rounds away to nothing ("0 pts", not "+0 pts"). */
function signed(value: number, text: string): string {
  if (/^0(\.0+)?(?![.\d])/.test(text)) return text;
  return value > 0 ? `+${text}` : value < 0 ? `${MINUS}${text}` : text;
}

/** How far measured is from expected, written short and spoken in words. */
export function apartness(
  expected: number,
  measured: number,
  unit: Unit,
): { text: string; spoken: string } {
  if (Number.isNaN(measured) || !Number.isFinite(expected))
    return { text: '—', spoken: 'not measured yet' };
  const side = (d: number) => (d > 0 ? 'above theory' : d < 0 ? 'below theory' : 'on theory');
  if (unit === 'share') {
    const points = (measured - expected) * 100;
    const size = formatNumber(Math.abs(points), 2);
    return {
      text: signed(points, `${size} pts`),
      spoken: `${size} percentage points ${side(points)}`,
    };
  }
  if (expected === 0) {
    const size = format(Math.abs(measured), unit);
    return { text: signed(measured, size), spoken: `${size} ${side(measured)}` };
  }
  const relative = measured / expected - 1;
  const size = formatPercent(Math.abs(relative));
  return { text: signed(relative, size), spoken: `${size} ${side(relative)}` };
}

const TOO_EARLY = { text: 'too early to compare', spoken: 'too early to compare' };

export function theoryRows(
  quantities: readonly Quantity[],
  expected: Partial<Expected>,
  measured: Measured | null,
): TheoryRow[] {
  // Measured values are shown from the first refresh; how far apart they are only once they say
  // something about the long run theory speaks of.
  const tooEarly = measured !== null && !enoughToCompare(measured);
  return quantities.map((id) => {
    const spec = ROWS[id];
    const e = expected[id] ?? NaN;
    const m = measured === null ? NaN : measured[id];
    const apart = tooEarly ? TOO_EARLY : apartness(e, m, spec.unit);
    return {
      id,
      label: spec.label,
      symbol: spec.symbol,
      expected: format(e, spec.unit),
      measured: format(m, spec.unit),
      apart: apart.text,
      apartSpoken: apart.spoken,
      apartInWords: tooEarly,
      expectedRaw: e,
      measuredRaw: m,
    };
  });
}

/**
 * Why measured and theory part after the consumer ran out of memory in the measured stretch, or
 * null when it did not. Theory's queue never stops; a crashed consumer loses all it holds and is
 * down while it restarts, so it is busy less and delivers less than theory says. A reader saw
 * "Busy share: Theory 100%, Measured 81%, Apart −19 pts" under No backpressure with nothing saying
 * the crashes made the gap.
 */
export function crashNote(measured: Measured | null, restartDelayMs: number): string | null {
  if (measured === null || measured.crashes <= 0) return null;
  const times = measured.crashes === 1 ? 'once' : `${formatNumber(measured.crashes, 6)} times`;
  return (
    `Apart because of the crashes: the consumer ran out of memory ${times} while this was measured. ` +
    `${measured.crashes === 1 ? 'It' : 'Each time it'} lost every message waiting and stopped for ${formatMs(restartDelayMs)} to restart. ` +
    'Theory’s consumer never stops, so the run is busy less and delivers less than theory says.'
  );
}
