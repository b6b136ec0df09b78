/**
 * One pipeline stage's counters and time integrals. The integrals are advanced lazily, just before the
 * stage's state changes (which happens only while an event is handled), so they are split at event
 * times alone and how a run is stepped cannot change a bit of them.
 */
import { DROP_REASONS } from '../types.ts';

export class StageMeter {
  /** Messages that came into the stage (for the first stage, see Pipeline: the engine counts them). */
  entered = 0;
  /** Messages the stage finished and passed on (for the last stage: finished, end to end). */
  passed = 0;
  /** Messages that left the stage unprocessed: drops and discarded copies alike. */
  lost = 0;
  /** Drops by reason (DROP_REASONS' order), attributed to the stage where they happened. */
  readonly drops = new Float64Array(DROP_REASONS.length);
  /** Attempts whose requester gave up while the message was in this stage. */
  timedOut = 0;
  waitSum = 0;
  waitCount = 0;
  maxDepth = 0;

  // Time integrals, message-ms or worker-ms, up to `at`.
  at = 0;
  depthArea = 0;
  busyArea = 0;
  holdArea = 0;
  workerArea = 0;

  /** Advances the integrals to `now`; the counts are the stage's since the last call. */
  integrate(now: number, depth: number, busy: number, holding: number, workers: number): void {
    const dt = now - this.at;
    if (dt <= 0) return;
    this.at = now;
    this.depthArea += depth * dt;
    this.busyArea += busy * dt;
    this.holdArea += holding * dt;
    this.workerArea += workers * dt;
  }
}
