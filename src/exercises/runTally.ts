/**
 * Counters and time integrals of a run at one moment, and the difference of two such moments: what
 * happened in a window of simulated time. Every counter only ever grows, so "during the burst" is
 * the tally at the burst's end minus the tally at its start, exactly. Latency quantiles are not
 * counters; the latency histogram is copied at the start of the window and subtracted bucket by
 * bucket at its end (LogHistogram.since), which gives the latencies of the messages delivered in
 * the window, as precise as the run's own quantiles.
 */
import type { Engine } from '../sim/engine.ts';
import type { LogHistogram } from '../sim/histogram.ts';
import { DROP_REASONS, type DropCounts } from '../sim/types.ts';

/** Everything a windowed goal can be measured from, at one moment of a run. */
export interface RunTally {
  timeMs: number;
  produced: number;
  delivered: number;
  onTime: number;
  dropped: DropCounts;
  rejections: number;
  retries: number;
  crashes: number;
  outOfOrder: number;
  /** Sum and number of waits (acceptance to start of service), ms. */
  waitSum: number;
  waitCount: number;
  /** Creation-to-delivery latency of every message delivered so far (a copy). */
  latency: LogHistogram;
  /** Time integrals, message-ms or worker-ms. */
  depthArea: number;
  busyArea: number;
  readyArea: number;
  workerArea: number;
  blockedMs: number;
  /** Demand the producer was held back from so far (an expected count; see Summary.heldBack). */
  heldBack: number;
}

/** What happened between two tallies: counters and integrals differenced, latencies of the window. */
export type WindowTally = RunTally;

function dropCounts(read: (reasonIndex: number) => number, total: number): DropCounts {
  const dropped = { total } as DropCounts;
  DROP_REASONS.forEach((reason, i) => (dropped[reason] = read(i)));
  return dropped;
}

function dropsBetween(from: DropCounts, to: DropCounts): DropCounts {
  return dropCounts((i) => {
    const reason = DROP_REASONS[i] as (typeof DROP_REASONS)[number];
    return to[reason] - from[reason];
  }, to.total - from.total);
}

/**
 * The tally of a run as it stands now. It reads the engine's meter, the same counters the run's
 * Summary is built from, and copies the latency histogram (a few KB) so later deliveries do not
 * change it.
 */
export function takeTally(engine: Engine): RunTally {
  const m = engine.meter;
  const area = engine.integralsNow();
  return {
    timeMs: engine.now,
    produced: m.produced,
    delivered: m.deliveredCount,
    onTime: m.onTimeCount,
    dropped: dropCounts((i) => m.drops[i] as number, m.droppedTotal),
    rejections: m.rejections,
    retries: m.retries,
    crashes: m.crashes,
    outOfOrder: m.outOfOrder,
    waitSum: m.waitSum,
    waitCount: m.waitCount,
    latency: m.latency.clone(),
    depthArea: area.depthArea,
    busyArea: area.busyArea,
    readyArea: area.readyArea,
    workerArea: area.workerArea,
    blockedMs: area.blockedTime,
    heldBack: engine.heldBackNow(),
  };
}

/** What happened after `from` up to and including `to` (two tallies of the same run). */
export function tallyBetween(from: RunTally, to: RunTally): WindowTally {
  return {
    timeMs: to.timeMs - from.timeMs,
    produced: to.produced - from.produced,
    delivered: to.delivered - from.delivered,
    onTime: to.onTime - from.onTime,
    dropped: dropsBetween(from.dropped, to.dropped),
    rejections: to.rejections - from.rejections,
    retries: to.retries - from.retries,
    crashes: to.crashes - from.crashes,
    outOfOrder: to.outOfOrder - from.outOfOrder,
    waitSum: to.waitSum - from.waitSum,
    waitCount: to.waitCount - from.waitCount,
    latency: to.latency.since(from.latency),
    depthArea: to.depthArea - from.depthArea,
    busyArea: to.busyArea - from.busyArea,
    readyArea: to.readyArea - from.readyArea,
    workerArea: to.workerArea - from.workerArea,
    blockedMs: to.blockedMs - from.blockedMs,
    heldBack: to.heldBack - from.heldBack,
  };
}
