/**
 * What the animation needs to know, published as a bounded ring of typed arrays: writing never
 * allocates, and a reader that falls behind loses the oldest entries (and is told how many) instead of
 * making the log grow.
 */

export const SIM_EVENT_KINDS = [
  'produce', // id, a = key, b = priority
  'enqueue', // id, a = lane
  'conflate', // id = new message, a = the id it replaced
  'start', // id, a = worker id
  'finish', // id, a = worker id
  'drop', // id, a = drop reason index (DROP_REASONS), b = pipeline stage it was lost at (0: the first)
  'refuse', // id, a = drop reason index it would have, b = attempt; a retry may follow
  'retry-wait', // id, a = delay ms, b = attempt about to be made
  'retry', // id, b = attempt
  'block', // id of the held message, a = 0 queue full, 1 out of credit
  'unblock', // id of the held message
  'signal-sent', // a = 0 slow down, 1 speed up, b = arrival time at the producer
  'signal-arrived', // a = 0 slow down, 1 speed up, b = producer rate cap after it (messages/s)
  'credit-sent', // id of the message whose credit returns, b = arrival time at the producer
  'credit-arrived', // a = credits available after it
  'worker-added', // a = worker id, b = time it will be ready
  'worker-ready', // a = worker id
  'worker-removed', // a = worker id
  'crash', // a = messages lost, b = bytes that overflowed the budget
  'restart',
  'timeout', // id of the copy whose requester gave up, a = id of its retry copy or -1, b = attempt
  'trigger', // a = 0 spike, 1 slowdown, 2 outage (stall), 3 outage (reset), b = when it ends
  'delay', // id, a = wait ms at the rate limit, b = when it goes on
] as const;
export type SimEventKind = (typeof SIM_EVENT_KINDS)[number];

/** Each kind's number, for writers: `log.write(EV.drop, …)` costs no lookup on the hot path. */
export const EV = Object.fromEntries(SIM_EVENT_KINDS.map((k, i) => [k, i])) as Record<
  SimEventKind,
  number
>;

/** One event, as handed to a reader. Reused between calls: copy what you keep. */
export interface SimEvent {
  kind: SimEventKind;
  time: number;
  id: number;
  a: number;
  b: number;
}

export class EventLog {
  private readonly kinds: Uint8Array;
  private readonly times: Float64Array;
  private readonly ids: Float64Array;
  private readonly as: Float64Array;
  private readonly bs: Float64Array;
  /** Events ever written; also the cursor a fully caught-up reader holds. */
  written = 0;

  // A number from the start, not a parameter property (see Message for why).
  readonly capacity: number = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.kinds = new Uint8Array(capacity);
    this.times = new Float64Array(capacity);
    this.ids = new Float64Array(capacity);
    this.as = new Float64Array(capacity);
    this.bs = new Float64Array(capacity);
  }

  /** Records one event; `kind` is a number from EV. */
  write(kind: number, time: number, id: number, a = 0, b = 0): void {
    const slot = this.written % this.capacity;
    this.kinds[slot] = kind;
    this.times[slot] = time;
    this.ids[slot] = id;
    this.as[slot] = a;
    this.bs[slot] = b;
    this.written++;
  }

  /**
   * Visits every event written since `cursor` (and before `until`: a reader of an earlier instant's
   * picture stops where that instant's events end), oldest first, and returns the new cursor and how
   * many events were overwritten before the reader got to them.
   */
  readSince(
    cursor: number,
    visit: (event: SimEvent) => void,
    until = this.written,
  ): { cursor: number; missed: number } {
    const end = Math.min(until, this.written);
    const first = Math.min(
      Math.max(cursor, this.written - this.capacity, 0),
      Math.max(end, cursor),
    );
    const event: SimEvent = { kind: 'produce', time: 0, id: 0, a: 0, b: 0 };
    for (let i = first; i < end; i++) {
      const slot = i % this.capacity;
      event.kind = SIM_EVENT_KINDS[this.kinds[slot] as number] as SimEventKind;
      event.time = this.times[slot] as number;
      event.id = this.ids[slot] as number;
      event.a = this.as[slot] as number;
      event.b = this.bs[slot] as number;
      visit(event);
    }
    return { cursor: Math.max(end, cursor), missed: Math.max(0, first - Math.max(cursor, 0)) };
  }
}
