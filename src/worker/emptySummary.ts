/** The numbers of a run that has not started, shown until the worker's first message arrives. */
import type { Scenario } from '../sim/scenario.ts';
import { DROP_REASONS, type DropCounts, type Summary } from '../sim/types.ts';

export function emptySummary(scenario: Scenario): Summary {
  const dropped = { total: 0 } as DropCounts;
  for (const reason of DROP_REASONS) dropped[reason] = 0;
  const workers = scenario.consumers.count;
  return {
    timeMs: 0,
    produced: 0,
    offered: 0,
    accepted: 0,
    rejections: 0,
    delivered: 0,
    dropped,
    retries: 0,
    waiting: 0,
    inService: 0,
    retryWaiting: 0,
    rateDelayed: 0,
    heldByProducer: 0,
    queueDepth: { now: 0, mean: 0, max: 0 },
    meanQueueLength: 0,
    meanInSystem: 0,
    memoryBytes: { now: 0, max: 0 },
    latencyMs: { mean: 0, p50: 0, p95: 0, p99: 0, max: 0 },
    meanWaitMs: 0,
    throughputPerSec: 0,
    goodputPerSec: 0,
    producerRatePerSec: 0,
    producerBlockedFraction: 0,
    utilization: 0,
    workers: { now: workers, starting: 0, mean: workers, max: workers },
    outOfOrder: 0,
    meanStalenessMs: 0,
    crashes: 0,
    machineMemoryCrashes: 0,
    bytesSent: 0,
    bytesWasted: 0,
    timedOut: 0,
    wastedDeliveries: 0,
    wastedWorkMs: 0,
    discarded: 0,
    abandoned: 0,
    attemptsPerMessage: 0,
    heldBack: 0,
    peakRetryRatePerSec: 0,
    breakerOpened: 0,
    littlesLaw: { L: 0, lambdaPerMs: 0, meanTimeInSystemMs: 0, lambdaW: 0 },
  };
}
