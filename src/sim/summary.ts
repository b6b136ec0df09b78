/**
 * Builds the run summary from the engine's counters and integrals: over the whole run, or since a
 * baseline (the reader's last change to the running scenario, see Engine.summarySinceChange).
 */
import type { EngineReadout } from './engineReadout.ts';
import { WorkerState } from './worker.ts';
import type { LogHistogram } from './histogram.ts';
import type { Integrals, Meter } from './meter.ts';
import { DROP_REASONS, type DropCounts, type Summary } from './types.ts';
import { stageSummaries } from './pipeline/stageSummary.ts';

/** The meter's counters that only ever grow, so "since a moment" is now minus then. */
const COUNTERS = [
  'produced',
  'offered',
  'accepted',
  'rejections',
  'deliveredCount',
  'onTimeCount',
  'retries',
  'crashes',
  'machineCrashes',
  'outOfOrder',
  'droppedTotal',
  'bytesSent',
  'bytesWasted',
  'timedOut',
  'wastedDeliveries',
  'wastedWorkMs',
  'discarded',
  'waitSum',
  'waitCount',
  'sojournSum',
  'sojournCount',
] as const satisfies readonly (keyof Meter)[];
type Counter = (typeof COUNTERS)[number];

/**
 * The run's counters at one moment, to count from. Its integrals are the meter's as they stand at
 * its last event (at most a sample interval before the moment): the stretch after it is integrated
 * later with whatever state follows, so counting from there keeps every average exact.
 */
export interface Baseline {
  /** When it was taken, simulated ms. */
  atMs: number;
  counters: Record<Counter, number>;
  drops: Float64Array;
  latency: LogHistogram;
  area: Integrals;
  heldBack: number;
  breakerOpened: number;
  /** Messages in the system at that moment (waiting, in service, held or due to retry). */
  inSystem: number;
}

/** The run's numbers since a moment: the summary counts from `atMs` to now. */
export interface SinceChange {
  atMs: number;
  summary: Summary;
  /**
   * Messages already in the system at the change: the window may lose them too (a crash loses all
   * that wait), so a share of loss since the change counts them with those made since. Without
   * them a reader saw "Lost 31,630 of 31,621 made" after a change followed by a crash.
   */
  carriedIn: number;
  /**
   * Of the deliveries since the change, those whose processing began before it, at the setting
   * before it. A reader set processing to 1 s on average and read "Slowest 1% of deliveries
   * 24.3 ms": all 24 counted had been in hand at the change.
   */
  begunBefore: number;
}

export function takeBaseline(engine: EngineReadout): Baseline {
  const m = engine.meter;
  const counters = {} as Record<Counter, number>;
  for (const key of COUNTERS) counters[key] = m[key];
  return {
    atMs: engine.now,
    counters,
    drops: m.drops.slice(),
    latency: m.latency.clone(),
    area: {
      elapsed: m.integratedTo,
      depthArea: m.depthArea,
      systemArea: m.systemArea,
      busyArea: m.busyArea,
      readyArea: m.readyArea,
      workerArea: m.workerArea,
      blockedTime: m.blockedTime,
    },
    heldBack: engine.heldBackNow(),
    breakerOpened: engine.breakerOpened,
    inSystem:
      engine.room.count +
      engine.inService +
      engine.retryWaiting +
      engine.rateDelayed +
      (engine.held === null ? 0 : 1),
  };
}

function areaSince(now: Integrals, then: Integrals): Integrals {
  return {
    elapsed: now.elapsed - then.elapsed,
    depthArea: now.depthArea - then.depthArea,
    systemArea: now.systemArea - then.systemArea,
    busyArea: now.busyArea - then.busyArea,
    readyArea: now.readyArea - then.readyArea,
    workerArea: now.workerArea - then.workerArea,
    blockedTime: now.blockedTime - then.blockedTime,
  };
}

/**
 * The summary over the whole run, or since `base`. Since a baseline, the counts, rates, averages,
 * latencies and highs are the window's; what holds now (waiting, in service, memory now) is now's;
 * the staleness and the peak retry rate stay the whole run's. A pipeline is always summed whole.
 */
export function buildSummary(engine: EngineReadout, base: Baseline | null = null): Summary {
  const m = engine.meter;
  const c = (key: Counter): number => m[key] - (base === null ? 0 : base.counters[key]);
  const area = base === null ? engine.integralsNow() : areaSince(engine.integralsNow(), base.area);
  const T = area.elapsed;
  const perSec = T > 0 ? 1000 / T : 0;
  const dropped = { total: c('droppedTotal') } as DropCounts;
  DROP_REASONS.forEach(
    (r, i) =>
      (dropped[r] = (m.drops[i] as number) - (base === null ? 0 : (base.drops[i] as number))),
  );
  const chain = base === null ? engine.pipeline : null;
  const chainArea = chain === null ? 0 : chain.extraSystemAreaAt(engine.now);
  const L = T > 0 ? (area.systemArea + chainArea) / T : 0;
  const accepted = c('accepted');
  const lambdaPerMs = T > 0 ? accepted / T : 0;
  const sojournCount = c('sojournCount');
  const W = sojournCount > 0 ? c('sojournSum') / sojournCount : 0;
  const lat = base === null ? m.latency : m.latency.since(base.latency);
  const produced = c('produced');
  const offered = c('offered');
  const delivered = c('deliveredCount');
  const waitCount = c('waitCount');
  return {
    timeMs: engine.now,
    produced,
    offered,
    accepted,
    rejections: c('rejections'),
    delivered,
    dropped,
    retries: c('retries'),
    waiting: engine.room.count + (chain === null ? 0 : chain.waiting()),
    inService: engine.inService + (chain === null ? 0 : chain.inHand()),
    retryWaiting: engine.retryWaiting,
    rateDelayed: engine.rateDelayed,
    heldByProducer: engine.held === null ? 0 : 1,
    queueDepth: {
      now: engine.room.count,
      mean: T > 0 ? area.depthArea / T : 0,
      max: base === null ? m.maxDepth : m.peakDepth,
    },
    meanQueueLength: T > 0 ? area.depthArea / T : 0,
    meanInSystem: L,
    memoryBytes: { now: engine.room.bytes, max: base === null ? m.maxMemory : m.peakMemory },
    latencyMs: {
      mean: lat.mean,
      p50: lat.quantile(0.5),
      p95: lat.quantile(0.95),
      p99: lat.quantile(0.99),
      max: lat.max,
    },
    meanWaitMs: waitCount > 0 ? c('waitSum') / waitCount : 0,
    throughputPerSec: delivered * perSec,
    goodputPerSec: c('onTimeCount') * perSec,
    producerRatePerSec: produced * perSec,
    producerBlockedFraction: T > 0 ? area.blockedTime / T : 0,
    utilization: area.readyArea > 0 ? area.busyArea / area.readyArea : 0,
    workers: {
      now: engine.workers.length,
      starting: engine.workers.filter((w) => w.state === WorkerState.starting).length,
      mean: T > 0 ? area.workerArea / T : 0,
      max: base === null ? m.maxWorkers : m.peakWorkers,
    },
    outOfOrder: c('outOfOrder'),
    meanStalenessMs: m.meanStaleness(engine.now),
    crashes: c('crashes'),
    machineMemoryCrashes: c('machineCrashes'),
    bytesSent: c('bytesSent'),
    bytesWasted: c('bytesWasted'),
    timedOut: c('timedOut'),
    wastedDeliveries: c('wastedDeliveries'),
    wastedWorkMs: c('wastedWorkMs'),
    discarded: c('discarded'),
    abandoned: engine.abandonedHere,
    attemptsPerMessage: produced > 0 ? offered / produced : 0,
    heldBack: engine.heldBackNow() - (base === null ? 0 : base.heldBack),
    peakRetryRatePerSec: m.peakRetryRate,
    breakerOpened: engine.breakerOpened - (base === null ? 0 : base.breakerOpened),
    littlesLaw: { L, lambdaPerMs, meanTimeInSystemMs: W, lambdaW: lambdaPerMs * W },
    ...(chain === null ? {} : { stages: stageSummaries(engine, chain, area) }),
  };
}
