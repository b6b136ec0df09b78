/** Shared vocabulary of the simulation core: drop reasons, the run summary, animation events. */

/**
 * Why a message was lost. Every drop has exactly one reason. Timed out, shed and circuit-open come
 * with requesters: timed out and not retried, shed by CoDel and not retried, failed fast by an open
 * circuit breaker. Reset: failed by an outage that resets the connections (a crashed server), and
 * not retried. New reasons go at the end, so each reason keeps its number in the event log.
 */
export const DROP_REASONS = [
  'rejected',
  'evicted-oldest',
  'evicted-youngest',
  'flushed',
  'priority',
  'conflated',
  'expired',
  'rate-limited',
  'oom',
  'gave-up',
  'timed-out',
  'shed',
  'circuit-open',
  'reset',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export type DropCounts = { total: number } & Record<DropReason, number>;

export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Everything a run has measured, at any moment. Times in simulated ms, rates per simulated second. */
export interface Summary {
  /** Simulated time covered, ms. */
  timeMs: number;
  /** Messages the producer created. */
  produced: number;
  /** Attempts to put a message into the system, retries included. */
  offered: number;
  /** Offers the system took (into the queue or straight to a worker). */
  accepted: number;
  /** Offers the system refused (full queue, rate limit, crashed consumer); a refusal may be retried. */
  rejections: number;
  /** Messages fully processed. */
  delivered: number;
  dropped: DropCounts;
  /** Retry attempts made. */
  retries: number;
  /** Messages waiting in the queue now. */
  waiting: number;
  /** Messages being processed now. */
  inService: number;
  /** Messages waiting out a retry backoff now. */
  retryWaiting: number;
  /** Requests the rate limit is delaying now, each waiting its turn at its rate (nginx's burst). */
  rateDelayed: number;
  /** Messages a blocked producer is holding now (0 or 1). */
  heldByProducer: number;
  queueDepth: { now: number; mean: number; max: number };
  /** Time-average number waiting (Lq). */
  meanQueueLength: number;
  /** Time-average number waiting or in service (L). */
  meanInSystem: number;
  memoryBytes: { now: number; max: number };
  /** From creation to the end of processing, for delivered messages. */
  latencyMs: LatencySummary;
  /** From acceptance to the start of processing, mean, for messages that started. */
  meanWaitMs: number;
  /** Delivered messages per second. */
  throughputPerSec: number;
  /** Delivered messages per second that met the deadline (all of them without a deadline). */
  goodputPerSec: number;
  /** Messages created per second. */
  producerRatePerSec: number;
  /** Fraction of the time the producer was blocked (full queue or no credit). */
  producerBlockedFraction: number;
  /** Busy worker time over available worker time. */
  utilization: number;
  /** Consumers now (`starting`: of them, those still warming up, taking no message yet). */
  workers: { now: number; starting: number; mean: number; max: number };
  /** Deliveries that came after a later message of the same key. */
  outOfOrder: number;
  /** Age of information: the time-average age of the newest delivered value per key, ms. */
  meanStalenessMs: number;
  /** Out-of-memory crashes. */
  crashes: number;
  /**
   * Of the crashes, those where the machine's memory ran out (more waiting messages than it can
   * hold, HOST_MESSAGE_LIMIT) rather than the memory budget.
   */
  machineMemoryCrashes: number;
  /** Bytes offered to the queue, retries included. */
  bytesSent: number;
  /** Bytes offered that never became on-time deliveries. */
  bytesWasted: number;
  /** Attempts the requesters gave up on (timed out) while the message waited or was processed. */
  timedOut: number;
  /** Messages processed after their requester had given up: work nobody waits for any more. */
  wastedDeliveries: number;
  /** Consumer time spent on those, ms (including work cut short by a propagated deadline). */
  wastedWorkMs: number;
  /** Copies whose requester had given up, thrown away unprocessed (skipped, shed, evicted…). */
  discarded: number;
  /** Copies whose requester has given up, waiting or being processed now (part of waiting and inService). */
  abandoned: number;
  /** Attempts (offers, retries included) per message produced. */
  attemptsPerMessage: number;
  /** Messages the producer's pattern asked for and could not send (blocked or slowed), an expected count. */
  heldBack: number;
  /** The highest retry rate in any one sample interval, retries per second. */
  peakRetryRatePerSec: number;
  /** Times the circuit breaker opened. */
  breakerOpened: number;
  /** Little's law check: L against λW, with λ the acceptance rate and W the mean time in system. */
  littlesLaw: { L: number; lambdaPerMs: number; meanTimeInSystemMs: number; lambdaW: number };
  /**
   * A pipeline's stages, first to last (only when the scenario has `downstream` stages). The fields
   * above are then end to end: `delivered` and `latencyMs` at the end of the last stage, `waiting` and
   * `inService` across the chain (a consumer holding a finished message it cannot hand on counts as
   * in service), while `queueDepth`, `meanWaitMs` and `utilization` stay the first stage's.
   */
  stages?: StageSummary[];
}

/** One stage of a pipeline, as Summary.stages gives it. */
export interface StageSummary {
  /** 1 for the first stage. */
  stage: number;
  /** The stage's name, or "" when the scenario gives none. */
  name: string;
  /** Messages that came into the stage (the first stage: accepted offers). */
  entered: number;
  /** Messages the stage finished and handed on (the last stage: finished, end to end). */
  delivered: number;
  /** Drops by reason, where they happened; the stages' counts add up to the summary's. */
  dropped: DropCounts;
  /** Attempts whose requester gave up while the message was in this stage. */
  timedOut: number;
  waiting: number;
  inService: number;
  /** Consumers blocked now, holding a finished message the next stage cannot take yet. */
  holding: number;
  queueDepth: { now: number; mean: number; max: number };
  /** From coming into the stage to the start of processing there, mean, ms. */
  meanWaitMs: number;
  /** Consumer time spent blocked holding a finished message, over all consumer time. */
  blockedFraction: number;
  /** Consumer time spent processing, over all consumer time. */
  utilization: number;
  workers: number;
}
