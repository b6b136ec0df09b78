/**
 * The finite memory of the simulated world, which is also what keeps the simulation itself inside a
 * browser tab: a valid scenario, however hostile, never makes the engine hold more than these.
 *
 * Measured in Node 20: a waiting message costs about 190 bytes of heap (its three times are boxed
 * doubles), a pending event about 45 bytes of typed arrays. The limits come to about 40 MB of
 * waiting messages, 25 MB waiting to retry and 3 MB spare. The heap peaks well above what is live,
 * because every crash leaves up to HOST_MESSAGE_LIMIT messages to the garbage collector: an
 * unbounded queue at a million messages a second peaked near 270 MB of heap with a limit of 250,000
 * and near 160–220 MB with 200,000, so 200,000 it is (`npm run bench` prints it). No scenario the
 * project ships comes near any limit, so they change no result; a run that reaches one is told so.
 */

/**
 * How many waiting messages the consumer process's machine can hold. One more, and the process dies
 * out of memory exactly as it does past its memory budget (drop reason 'oom', then a restart), but
 * counted as a crash of the machine's memory. It matters when nothing else bounds the queue: no
 * capacity (or one above it) and no memory budget (or one larger than this many messages).
 */
export const HOST_MESSAGE_LIMIT = 200_000;

/**
 * How many refused messages the producer can keep waiting to retry. Past it, a refused message is
 * given up at once ('gave-up'), as a client with a full retry buffer does.
 */
export const RETRY_WAIT_LIMIT = 100_000;

/** How many used messages the engine keeps for reuse; the rest go to the garbage collector. */
export const SPARE_MESSAGE_LIMIT = 16_384;

/**
 * How many watermark signals can be on their way to the producer at once (a long delay with a short
 * interval puts one on the wire every interval). While the channel is full, no new signal is sent.
 */
export const SIGNAL_LIMIT = 100_000;

/**
 * Pending events the event queue holds before it first clears out stale ones (cancelled arrivals,
 * completions of crashed workers, superseded timers) instead of only growing. Far above what any
 * shipped scenario needs, so the events they see, and so their results, are exactly as before.
 */
export const EVENT_COMPACTION_THRESHOLD = 65_536;

/** The limits an engine applies; tests pass smaller ones to reach them quickly. */
export interface EngineLimits {
  hostMessages: number;
  retryWaiting: number;
  spareMessages: number;
  signalsInFlight: number;
}

export const DEFAULT_LIMITS: Readonly<EngineLimits> = {
  hostMessages: HOST_MESSAGE_LIMIT,
  retryWaiting: RETRY_WAIT_LIMIT,
  spareMessages: SPARE_MESSAGE_LIMIT,
  signalsInFlight: SIGNAL_LIMIT,
};
