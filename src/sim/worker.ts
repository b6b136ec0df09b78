import type { Message } from './message.ts';

/**
 * `blocked`: in a pipeline, finished with a message the next stage cannot take yet, and holding it
 * (blocking after service) until it can.
 */
export const WorkerState = { idle: 0, busy: 1, starting: 2, down: 3, blocked: 4 } as const;
export type WorkerState = (typeof WorkerState)[keyof typeof WorkerState];

/** One consumer. `epoch` invalidates its pending events when it crashes or is removed. */
export class Worker {
  state: WorkerState = WorkerState.idle;
  message: Message | null = null;
  /** Its position among active workers: its lane under per-key ordering. */
  lane = 0;
  /** Removed by the autoscaler, finishing the message it holds before it goes. */
  retiring = false;
  epoch = 0;
  startedAt = 0;
  endsAt = 0;
  readyAt = 0;
  /** Service time still to go, kept while an outage stalls the consumers. */
  frozenMs = 0;
  /** The pipeline stage it works in: 0 for the first. */
  stage = 0;
  // A number from the start, not a parameter property (see Message for why).
  readonly id: number = 0;

  constructor(id: number) {
    this.id = id;
  }
}
