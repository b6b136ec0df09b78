/**
 * An outage that resets the connections: what a crashed server, a killed process or a reset
 * connection does to the requests it holds. In a stall (the default outage) the consumers hang, so
 * each request waits until its own timeout fires: the failures are as spread out as the requests
 * were, and so are their retries. In a reset every request waiting or in service fails at the same
 * instant and its requester hears of it at once, so a whole crowd retries together. Without jitter
 * it comes back together, as a wave, at each step of its backoff; full jitter spreads it out. Until
 * the outage ends the server is down, and every attempt that reaches it is refused at once.
 *
 * This module finds what is in flight and takes it out of the workers and the queue; the engine
 * tells each requester (a refusal it may retry, under the reason 'reset').
 */
import type { Message } from './message.ts';
import type { WaitingRoom } from './waitingRoom.ts';
import type { Worker } from './worker.ts';

/**
 * Takes every request in flight out of the `workers` and the `room`, in the order their requesters
 * hear of the failure: those in service first, worker by worker, then those waiting, front first.
 * A worker's pending completion is cancelled (its work is lost); `fail` is given the worker it was
 * taken from, or null for a waiting request, and must free that worker.
 */
export function takeEverythingInFlight(
  workers: readonly Worker[],
  room: WaitingRoom,
  fail: (m: Message, from: Worker | null) => void,
): void {
  for (const w of workers) {
    const m = w.message;
    if (m === null) continue;
    w.epoch++; // its completion, or the rest of its stalled work, never comes
    w.message = null;
    fail(m, w);
  }
  room.clear((m) => fail(m, null));
}
