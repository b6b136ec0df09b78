/**
 * The numbers the stage writes (waiting, done, dropped, the rates on the belts, the crash countdown,
 * the memory held, the producer's credits), taken from the readout the page publishes for its live
 * cards about ten times a second, together with the snapshot the stage draws for that instant (a
 * StageMoment, stageMoment.ts). So the stage and the cards always state the same numbers for the
 * same simulated instant, and the well holds as many blocks as its caption says.
 */
import { lastSecondMean } from '../domain/recentRates.ts';
import { creditWindowOf } from '../sim/creditWindow.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { SeriesView } from '../sim/series.ts';
import type { SimSnapshot } from '../sim/snapshot.ts';
import type { DropCounts, Summary } from '../sim/types.ts';

export interface StageNumbers {
  /** The simulated time these numbers are for, ms. */
  timeMs: number;
  waiting: number;
  delivered: number;
  dropped: DropCounts;
  retryWaiting: number;
  /** Requests the rate limit holds back before the queue, each waiting its turn (nginx's burst). */
  rateDelayed: number;
  /** Messages made and delivered per second over the last simulated second. */
  producedPerSec: number;
  deliveredPerSec: number;
  crashed: boolean;
  /** When a crashed consumer comes back, ms (null when it is not down). */
  restartAt: number | null;
  /** Bytes the queue holds now (what the memory gauge shows). */
  memoryBytes: number;
  /** Credits in the producer's hand, under a credit window (null without one). */
  credits: number | null;
  /**
   * The share of the last simulated second the producer was stopped (blocked or out of credit), as
   * the line under the cards gives it; null where no page published it (the stage measures its own).
   */
  stoppedShare: number | null;
}

/**
 * What a page publishes besides the summary, read from the engine at the summary's instant: whether
 * the consumer is down and until when, and the producer's credits in hand.
 */
export interface CrashState {
  crashed: boolean;
  restartAt: number;
  credits: number;
  scenario: Scenario;
}

const orZero = (v: number) => (Number.isNaN(v) ? 0 : v);

/** The stage's numbers from a published summary and the series as of the same moment. */
export function stageNumbersFrom(
  summary: Summary,
  series: SeriesView,
  sampleIntervalMs: number,
  crash: CrashState,
): StageNumbers {
  const t = summary.timeMs;
  return {
    timeMs: t,
    waiting: summary.queueDepth.now,
    delivered: summary.delivered,
    dropped: summary.dropped,
    retryWaiting: summary.retryWaiting,
    rateDelayed: summary.rateDelayed,
    producedPerSec: orZero(lastSecondMean(series, 'producerRate', sampleIntervalMs, t)),
    deliveredPerSec: orZero(lastSecondMean(series, 'deliveredRate', sampleIntervalMs, t)),
    crashed: crash.crashed,
    restartAt: crash.crashed ? crash.restartAt : null,
    memoryBytes: summary.memoryBytes.now,
    credits: creditWindowOf(crash.scenario) === null ? null : Math.max(0, crash.credits),
    stoppedShare: orZero(lastSecondMean(series, 'blockedFraction', sampleIntervalMs, t)),
  };
}

/** Numbers straight from a snapshot: until a page publishes any (tests, the very first frame). */
export function stageNumbersOfSnapshot(
  s: SimSnapshot,
  producedPerSec: number,
  deliveredPerSec: number,
): StageNumbers {
  return {
    timeMs: s.now,
    waiting: s.waiting,
    delivered: s.delivered,
    dropped: s.dropped,
    retryWaiting: s.retryWaiting,
    rateDelayed: s.rateDelayed,
    producedPerSec,
    deliveredPerSec,
    crashed: s.crashed,
    restartAt: s.restartAt,
    memoryBytes: s.memoryBytes,
    credits: s.producer.credits === null ? null : Math.max(0, s.producer.credits),
    stoppedShare: null,
  };
}
