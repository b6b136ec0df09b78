/**
 * What the run has measured, over the stretch that theory can be compared with: since the run began,
 * or since the last change to a running scenario (numbers from before a change describe another
 * system). Pure functions of the store's live summary, so they are tested without a browser.
 */
import type { Scenario } from '../../sim/scenario.ts';
import type { Summary } from '../../sim/types.ts';
import type { LiveStats } from '../../store/index.ts';

/** Running totals of a run, recovered from its summary's means and counts. */
export interface RunTotals {
  timeMs: number;
  offered: number;
  rejections: number;
  /** Messages lost to a full queue: turned away, or pushed out to make room. */
  fullLosses: number;
  delivered: number;
  /** Messages that started processing: delivered or in service now. */
  started: number;
  depthArea: number;
  systemArea: number;
  blockedTime: number;
  latencySum: number;
  waitSum: number;
  /** Times the consumer ran out of memory (and lost all it held). */
  crashes: number;
  /** Not a running total: the messages inside (waiting or in service) at that moment. */
  inside: number;
}

export function totalsOf(s: Summary): RunTotals {
  const T = s.timeMs;
  // Nothing in service is lost in the scenarios theory covers, so every start is a delivery or
  // is still in service, and meanWaitMs averages over exactly these.
  const started = s.delivered + s.inService;
  return {
    timeMs: T,
    offered: s.offered,
    rejections: s.rejections,
    fullLosses:
      s.dropped.rejected +
      s.dropped['evicted-oldest'] +
      s.dropped['evicted-youngest'] +
      s.dropped.priority,
    delivered: s.delivered,
    started,
    depthArea: s.meanQueueLength * T,
    systemArea: s.meanInSystem * T,
    blockedTime: s.producerBlockedFraction * T,
    latencySum: s.latencyMs.mean * s.delivered,
    waitSum: s.meanWaitMs * started,
    crashes: s.crashes,
    inside: s.waiting + s.inService,
  };
}

/** Measured values over a stretch of the run, named as in the theory's `Expected`; NaN when unknown. */
export interface Measured {
  /** Simulated time the stretch covers, ms. */
  spanMs: number;
  delivered: number;
  offered: number;
  meanQueueLength: number;
  meanInSystem: number;
  meanWaitMs: number;
  meanLatencyMs: number;
  rejectedFraction: number;
  lostFraction: number;
  producerBlockedFraction: number;
  utilisation: number;
  throughputPerSec: number;
  /** Messages already inside when the stretch began: a backlog left from before a change. */
  carriedOver: number;
  /** Out-of-memory crashes in the stretch: theory's queue never stops, so the two part. */
  crashes: number;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

/** The stretch from `start` (null: the start of the run) to `end`, with `workers` fixed throughout. */
export function measureBetween(start: RunTotals | null, end: RunTotals, workers: number): Measured {
  const d = <K extends keyof RunTotals>(key: K) => end[key] - (start === null ? 0 : start[key]);
  const T = d('timeMs');
  return {
    spanMs: T,
    delivered: d('delivered'),
    offered: d('offered'),
    meanQueueLength: ratio(d('depthArea'), T),
    meanInSystem: ratio(d('systemArea'), T),
    meanWaitMs: ratio(d('waitSum'), d('started')),
    meanLatencyMs: ratio(d('latencySum'), d('delivered')),
    rejectedFraction: ratio(d('rejections'), d('offered')),
    lostFraction: ratio(d('fullLosses'), d('offered')),
    producerBlockedFraction: ratio(d('blockedTime'), T),
    // Busy worker time is the time-integral of those in service: in system minus waiting.
    utilisation: ratio(d('systemArea') - d('depthArea'), workers * T),
    throughputPerSec: ratio(d('delivered') * 1000, T),
    carriedOver: start === null ? 0 : start.inside,
    crashes: d('crashes'),
  };
}

/** The least simulated time and deliveries a stretch needs before it is set against theory. */
export const COMPARE_AFTER = { spanMs: 5000, delivered: 100 } as const;

/**
 * Whether a stretch says enough about the system to set against its long run: a few seconds and a
 * hundred deliveries, on top of the backlog it began with (until that has passed through, the
 * numbers are mostly the system before the change draining). Right after a knob change the table
 * once said "Apart +752377%": 0.75 s of a queue still holding the old overload's thousands.
 */
export function enoughToCompare(m: Measured): boolean {
  return m.spanMs >= COMPARE_AFTER.spanMs && m.delivered >= COMPARE_AFTER.delivered + m.carriedOver;
}

/** Where the measured stretch begins. */
export interface MeasureWindow {
  /** The run (the store's `version`) and scenario the window belongs to. */
  version: number;
  scenario: Scenario;
  /** Totals when the stretch began; null for the start of the run. */
  start: RunTotals | null;
  /** Simulated time the stretch began, ms (0 for the start of the run). */
  startMs: number;
  /** After a change, the live tick seen at the change: the stretch starts a refresh or two later. */
  waitingSinceTick: number | null;
}

/**
 * Refreshes after a change before the stretch starts. The first may still carry numbers the
 * simulation worker sent before it heard of the change; the second cannot.
 */
const SETTLE_TICKS = 2;

/**
 * The window after the store moved on: a new run starts a window at its beginning; a change to the
 * running scenario starts one SETTLE_TICKS refreshes later. Returns `previous` itself when nothing
 * changed, so React can skip work.
 */
export function followWindow(
  previous: MeasureWindow | null,
  version: number,
  scenario: Scenario,
  live: LiveStats,
): MeasureWindow {
  if (previous === null || previous.version !== version)
    return { version, scenario, start: null, startMs: 0, waitingSinceTick: null };
  if (previous.scenario !== scenario)
    return { version, scenario, start: null, startMs: live.timeMs, waitingSinceTick: live.tick };
  if (previous.waitingSinceTick !== null && live.tick >= previous.waitingSinceTick + SETTLE_TICKS)
    return {
      ...previous,
      start: totalsOf(live.summary),
      startMs: live.summary.timeMs,
      waitingSinceTick: null,
    };
  return previous;
}

/** What has been measured in the window, or null while it waits to start after a change. */
export function measuredIn(window: MeasureWindow, live: LiveStats): Measured | null {
  if (window.waitingSinceTick !== null) return null;
  return measureBetween(window.start, totalsOf(live.summary), window.scenario.consumers.count);
}
