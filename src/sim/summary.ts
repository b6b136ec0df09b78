/** Builds the run summary from the engine's counters and integrals. */
import type { EngineReadout } from './engineReadout.ts';
import { DROP_REASONS, type DropCounts, type Summary } from './types.ts';
import { stageSummaries } from './pipeline/stageSummary.ts';

export function buildSummary(engine: EngineReadout): Summary {
  const m = engine.meter;
  const area = engine.integralsNow();
  const T = area.elapsed;
  const perSec = T > 0 ? 1000 / T : 0;
  const dropped = { total: m.droppedTotal } as DropCounts;
  DROP_REASONS.forEach((r, i) => (dropped[r] = m.drops[i] as number));
  const chain = engine.pipeline;
  const chainArea = chain === null ? 0 : chain.extraSystemAreaAt(engine.now);
  const L = T > 0 ? (area.systemArea + chainArea) / T : 0;
  const lambdaPerMs = T > 0 ? m.accepted / T : 0;
  const W = m.sojournCount > 0 ? m.sojournSum / m.sojournCount : 0;
  const lat = m.latency;
  return {
    timeMs: engine.now,
    produced: m.produced,
    offered: m.offered,
    accepted: m.accepted,
    rejections: m.rejections,
    delivered: m.deliveredCount,
    dropped,
    retries: m.retries,
    waiting: engine.room.count + (chain === null ? 0 : chain.waiting()),
    inService: engine.inService + (chain === null ? 0 : chain.inHand()),
    retryWaiting: engine.retryWaiting,
    rateDelayed: engine.rateDelayed,
    heldByProducer: engine.held === null ? 0 : 1,
    queueDepth: { now: engine.room.count, mean: T > 0 ? area.depthArea / T : 0, max: m.maxDepth },
    meanQueueLength: T > 0 ? area.depthArea / T : 0,
    meanInSystem: L,
    memoryBytes: { now: engine.room.bytes, max: m.maxMemory },
    latencyMs: {
      mean: lat.mean,
      p50: lat.quantile(0.5),
      p95: lat.quantile(0.95),
      p99: lat.quantile(0.99),
      max: lat.max,
    },
    meanWaitMs: m.waitCount > 0 ? m.waitSum / m.waitCount : 0,
    throughputPerSec: m.deliveredCount * perSec,
    goodputPerSec: m.onTimeCount * perSec,
    producerRatePerSec: m.produced * perSec,
    producerBlockedFraction: T > 0 ? area.blockedTime / T : 0,
    utilization: area.readyArea > 0 ? area.busyArea / area.readyArea : 0,
    workers: {
      now: engine.workers.length,
      mean: T > 0 ? area.workerArea / T : 0,
      max: m.maxWorkers,
    },
    outOfOrder: m.outOfOrder,
    meanStalenessMs: m.meanStaleness(engine.now),
    crashes: m.crashes,
    machineMemoryCrashes: m.machineCrashes,
    bytesSent: m.bytesSent,
    bytesWasted: m.bytesWasted,
    timedOut: m.timedOut,
    wastedDeliveries: m.wastedDeliveries,
    wastedWorkMs: m.wastedWorkMs,
    discarded: m.discarded,
    abandoned: engine.abandonedHere,
    attemptsPerMessage: m.produced > 0 ? m.offered / m.produced : 0,
    heldBack: engine.heldBackNow(),
    peakRetryRatePerSec: m.peakRetryRate,
    breakerOpened: engine.breakerOpened,
    littlesLaw: { L, lambdaPerMs, meanTimeInSystemMs: W, lambdaW: lambdaPerMs * W },
    ...(chain === null ? {} : { stages: stageSummaries(engine, chain, area) }),
  };
}
