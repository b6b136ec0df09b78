/**
 * Which events a followed message's story hears, and the ones it would otherwise miss.
 *
 * The story is told from the event log, but the picture does not read every event: a slow frame
 * (a busy computer, a high speed) brings more than the animator reads, and a snapshot that was slow
 * to take is drawn again for a few frames while newer events are read. A message picked from such a
 * picture may have left already; its end was read before anyone followed it, and no later event
 * about it ever comes. These helpers let the story catch up from the log instead.
 */
import type { EventLog, SimEvent } from '../sim/eventLog.ts';

/** Whether `e` is about message `id`: its own event, or its replacement by a newer one of its key. */
export function concerns(e: SimEvent, id: number): boolean {
  return e.id === id || (e.kind === 'conflate' && e.a === id);
}

/**
 * Visits, oldest first, the events about `id` that happened at or after `since` (simulated ms: the
 * time of the snapshot it was picked from) among those already read (before `readUpTo`). Returns
 * false when the log no longer holds all of them (it overwrote the oldest), so its end may be lost.
 */
export function replayFollowed(
  log: EventLog,
  readUpTo: number,
  id: number,
  since: number,
  visit: (e: SimEvent) => void,
): boolean {
  const from = Math.max(0, log.written - log.capacity);
  let index = from;
  let complete = from === 0;
  log.readSince(from, (e) => {
    // The oldest event still held happened before the snapshot: nothing since is missing.
    if (index === from && e.time < since) complete = true;
    if (index < readUpTo && e.time >= since && concerns(e, id)) visit(e);
    index++;
  });
  return complete;
}

/**
 * Copies of the events about `id` from `from` up to (not including) `until` (simulated ms) among
 * those already read (before `readUpTo`): what happened to a message before a reader picked it, so
 * its story can name what held it up. Only what the log still holds.
 */
export function pastOf(
  log: EventLog,
  readUpTo: number,
  id: number,
  from: number,
  until: number,
): SimEvent[] {
  const out: SimEvent[] = [];
  const start = Math.max(0, log.written - log.capacity);
  let index = start;
  log.readSince(start, (e) => {
    if (index < readUpTo && e.time >= from && e.time < until && e.id === id) out.push({ ...e });
    index++;
  });
  return out;
}
