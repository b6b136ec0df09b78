/**
 * What the summary and the sampler read from a running engine. They take this view instead of the
 * Engine class, so the engine can use them without a module that imports itself through a cycle.
 */
import type { Message } from './message.ts';
import type { Worker } from './worker.ts';
import type { Integrals, Meter } from './meter.ts';
import type { SeriesRing } from './series.ts';
import type { WaitingRoom } from './waitingRoom.ts';
import type { Pipeline } from './pipeline/pipeline.ts';

export interface EngineReadout {
  /** Simulated time, ms. */
  readonly now: number;
  readonly meter: Meter;
  readonly room: WaitingRoom;
  readonly seriesRing: SeriesRing;
  readonly inService: number;
  readonly retryWaiting: number;
  /** Requests the rate limit is delaying now. */
  readonly rateDelayed: number;
  /** The message a blocked producer holds, if any. */
  readonly held: Message | null;
  readonly workers: readonly Pick<Worker, 'state'>[];
  readonly credits: number;
  /** Copies whose requester gave up, still waiting or in service. */
  readonly abandonedHere: number;
  /** Times the circuit breaker opened, 0 without one. */
  readonly breakerOpened: number;
  /** Demand the producer could not send so far (see demand.ts). */
  heldBackNow(): number;
  /** Integrals as they stand now, including the stretch since the last event. */
  integralsNow(): Integrals;
  /** A pipeline's later stages; null for a single stage. */
  readonly pipeline: Pipeline | null;
}
