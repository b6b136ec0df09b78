/**
 * Running counters and time integrals of one simulation. Fixed memory: counters, two histograms and a
 * few arrays indexed by key, however long the run.
 */
import { bucketOf, LogHistogram } from './histogram.ts';
import type { Message } from './message.ts';
import { DROP_REASONS } from './types.ts';

export interface Integrals {
  elapsed: number;
  depthArea: number;
  systemArea: number;
  busyArea: number;
  readyArea: number;
  workerArea: number;
  blockedTime: number;
}

export class Meter {
  produced = 0;
  offered = 0;
  accepted = 0;
  rejections = 0;
  deliveredCount = 0;
  onTimeCount = 0;
  retries = 0;
  crashes = 0;
  /** Of the crashes, those where the machine's memory ran out rather than the memory budget. */
  machineCrashes = 0;
  outOfOrder = 0;
  readonly drops = new Float64Array(DROP_REASONS.length);
  droppedTotal = 0;
  bytesSent = 0;
  bytesWasted = 0;
  // Requesters (all 0 unless the scenario has timeouts, triggers or a slowing producer).
  timedOut = 0;
  wastedDeliveries = 0;
  wastedWorkMs = 0;
  discarded = 0;
  heldBack = 0;
  /** Attempts (first ones and retries) an open circuit breaker failed before they were sent. */
  neverSent = 0;
  peakRetryRate = 0;

  /** Creation to completion of every delivered message; and the same since the last sample. */
  readonly latency = new LogHistogram();
  readonly windowLatency = new LogHistogram();
  waitSum = 0;
  waitCount = 0;
  /** Time in system of accepted messages that have left, delivered or dropped (Little's W). */
  sojournSum = 0;
  sojournCount = 0;

  // Time integrals, in message-ms or worker-ms, up to `integratedTo`.
  integratedTo = 0;
  depthArea = 0;
  systemArea = 0;
  busyArea = 0;
  readyArea = 0;
  workerArea = 0;
  blockedTime = 0;
  maxDepth = 0;
  maxMemory = 0;
  maxWorkers = 0;
  /** The same highs since the reader last changed the running scenario (markPeaks), for sinceChange. */
  peakDepth = 0;
  /** The most waiting since the series' last sample (the sampler starts it again at each one). */
  sampleDepth = 0;
  peakMemory = 0;
  peakWorkers = 0;

  // Per key: ordering and age of information.
  private lastDeliveredId: Float64Array;
  private newestCreated: Float64Array;
  private lastUpdate: Float64Array;
  private firstDelivery: Float64Array;
  private ageArea = 0;

  constructor(keyCount: number) {
    this.lastDeliveredId = new Float64Array(keyCount).fill(-1);
    this.newestCreated = new Float64Array(keyCount);
    this.lastUpdate = new Float64Array(keyCount);
    this.firstDelivery = new Float64Array(keyCount).fill(-1);
  }

  /** Follows a change in the number of keys, keeping what is known about the keys that remain. */
  setKeyCount(keyCount: number): void {
    const grow = (a: Float64Array, fill: number) => {
      const b = new Float64Array(keyCount).fill(fill);
      b.set(a.subarray(0, Math.min(a.length, keyCount)));
      return b;
    };
    this.lastDeliveredId = grow(this.lastDeliveredId, -1);
    this.newestCreated = grow(this.newestCreated, 0);
    this.lastUpdate = grow(this.lastUpdate, 0);
    this.firstDelivery = grow(this.firstDelivery, -1);
  }

  /** Advances the integrals to time t, the state having been constant since the last call. */
  integrateTo(
    t: number,
    depth: number,
    inService: number,
    ready: number,
    workers: number,
    blocked: boolean,
  ): void {
    const dt = t - this.integratedTo;
    if (dt <= 0) return;
    this.integratedTo = t;
    this.depthArea += depth * dt;
    this.systemArea += (depth + inService) * dt;
    this.busyArea += inService * dt;
    this.readyArea += ready * dt;
    this.workerArea += workers * dt;
    if (blocked) this.blockedTime += dt;
  }

  /** The integrals as they would stand at time t (no later event in between), without advancing them. */
  integralsAt(
    t: number,
    depth: number,
    inService: number,
    ready: number,
    workers: number,
    blocked: boolean,
  ): Integrals {
    const dt = Math.max(0, t - this.integratedTo);
    return {
      elapsed: this.integratedTo + dt,
      depthArea: this.depthArea + depth * dt,
      systemArea: this.systemArea + (depth + inService) * dt,
      busyArea: this.busyArea + inService * dt,
      readyArea: this.readyArea + ready * dt,
      workerArea: this.workerArea + workers * dt,
      blockedTime: this.blockedTime + (blocked ? dt : 0),
    };
  }

  noteDepth(depth: number, bytes: number): void {
    if (depth > this.maxDepth) this.maxDepth = depth;
    if (depth > this.sampleDepth) this.sampleDepth = depth;
    if (bytes > this.maxMemory) this.maxMemory = bytes;
    if (depth > this.peakDepth) this.peakDepth = depth;
    if (bytes > this.peakMemory) this.peakMemory = bytes;
  }

  noteWorkers(workers: number): void {
    if (workers > this.maxWorkers) this.maxWorkers = workers;
    if (workers > this.peakWorkers) this.peakWorkers = workers;
  }

  /** Starts the highs since a change from the state as it is now. */
  markPeaks(depth: number, bytes: number, workers: number): void {
    this.peakDepth = depth;
    this.peakMemory = bytes;
    this.peakWorkers = workers;
  }

  started(waitMs: number): void {
    this.waitSum += waitMs;
    this.waitCount++;
  }

  departed(sojournMs: number): void {
    this.sojournSum += sojournMs;
    this.sojournCount++;
  }

  drop(reasonIndex: number): void {
    this.drops[reasonIndex] = (this.drops[reasonIndex] as number) + 1;
    this.droppedTotal++;
  }

  /** A message finished processing; `deadlineMs` is Infinity when there is none. */
  delivered(m: Message, now: number, deadlineMs: number): void {
    this.deliveredCount++;
    const latency = now - m.createdAt;
    const bucket = bucketOf(latency);
    this.latency.recordInBucket(latency, bucket);
    this.windowLatency.recordInBucket(latency, bucket);
    this.departed(now - m.acceptedAt);
    if (latency <= deadlineMs) this.onTimeCount++;
    else this.bytesWasted += m.size;
    const key = m.key;
    if (key >= this.lastDeliveredId.length) return;
    if (m.requestId < (this.lastDeliveredId[key] as number)) this.outOfOrder++;
    else this.lastDeliveredId[key] = m.requestId;
    this.noteAge(key, m.createdAt, now);
  }

  /**
   * Age of information per key: between deliveries the age of the newest value a reader holds grows
   * by one ms per ms; the area under that sawtooth over the observed time is the mean staleness.
   */
  private noteAge(key: number, createdAt: number, now: number): void {
    if ((this.firstDelivery[key] as number) < 0) {
      this.firstDelivery[key] = now;
      this.newestCreated[key] = createdAt;
      this.lastUpdate[key] = now;
      return;
    }
    const created = this.newestCreated[key] as number;
    this.ageArea += ageArea(created, this.lastUpdate[key] as number, now);
    if (createdAt > created) this.newestCreated[key] = createdAt;
    this.lastUpdate[key] = now;
  }

  /** Mean age of the newest delivered value, over every key that has had one, ms. */
  meanStaleness(now: number): number {
    let area = this.ageArea;
    let span = 0;
    for (let k = 0; k < this.firstDelivery.length; k++) {
      const first = this.firstDelivery[k] as number;
      if (first < 0) continue;
      area += ageArea(this.newestCreated[k] as number, this.lastUpdate[k] as number, now);
      span += now - first;
    }
    return span > 0 ? area / span : 0;
  }
}

/** ∫ (t − created) dt from `from` to `to`. */
function ageArea(created: number, from: number, to: number): number {
  const a = from - created;
  const b = to - created;
  return (b * b - a * a) / 2;
}
