/**
 * The messages waiting for a worker: one FIFO lane per worker under per-key ordering, a single shared
 * lane otherwise. Intrusive doubly-linked lists make every policy's removal O(1): the head (oldest of a
 * lane), the tail (youngest), the oldest of the lowest priority level, or a conflated key's message.
 *
 * Only drop-lowest-priority reads the per-priority lists, and keeping them costs a good part of a
 * push and a removal, so they are kept only while asked for (`trackPriorities`). Every message is
 * stamped with the order in which it joined the lists anyway, so they can be rebuilt exactly as they
 * would have been when the policy changes mid-run.
 */
import type { Message } from './message.ts';

const PRIORITY_LEVELS = 5;

interface List {
  head: Message | null;
  tail: Message | null;
  size: number;
}

const emptyList = (): List => ({ head: null, tail: null, size: 0 });

// Links are compared with null explicitly: a bare `if (message.prev)` makes V8 test for every falsy
// kind of value, several times the work of one comparison, on the hottest path of the queue.
export class WaitingRoom {
  private lanes: List[] = [emptyList()];
  private readonly levels: List[] = Array.from({ length: PRIORITY_LEVELS }, emptyList);
  /** The youngest waiting message of each key, for conflation. */
  private latestByKey: (Message | null)[];
  /** Whether `levels` is kept up to date. */
  private tracking = true;
  /** Links made so far: the next message's `linkSeq`. */
  private links = 0;
  count = 0;
  bytes = 0;

  constructor(keyCount: number) {
    this.latestByKey = new Array<Message | null>(keyCount).fill(null);
  }

  /** Keeps the per-priority lists (on) or drops them (off); turning them on rebuilds them. */
  trackPriorities(on: boolean): void {
    if (on === this.tracking) return;
    const waiting = on ? this.inLinkOrder() : [];
    for (const level of this.levels) {
      for (let m = level.head; m !== null;) {
        const next = m.priorityNext;
        m.priorityPrev = m.priorityNext = null;
        m = next;
      }
      level.head = level.tail = null;
      level.size = 0;
    }
    this.tracking = on;
    for (const m of waiting) this.appendToLevel(m);
  }

  get laneCount(): number {
    return this.lanes.length;
  }

  laneSize(lane: number): number {
    return (this.lanes[lane] as List).size;
  }

  /** Appends to the back of a lane. */
  push(message: Message, lane: number): void {
    message.lane = lane;
    const list = this.lanes[lane] as List;
    message.prev = list.tail;
    message.next = null;
    if (list.tail !== null) list.tail.next = message;
    else list.head = message;
    list.tail = message;
    list.size++;
    this.linkLevel(message);
    this.count++;
    this.bytes += message.size;
  }

  /** Removes and returns the front of a lane. */
  shift(lane: number): Message | null {
    const head = (this.lanes[lane] as List).head;
    if (head !== null) this.remove(head);
    return head;
  }

  /** Removes and returns the back of a lane: the newest (LIFO disciplines). */
  pop(lane: number): Message | null {
    const tail = (this.lanes[lane] as List).tail;
    if (tail !== null) this.remove(tail);
    return tail;
  }

  /** Takes a waiting message out, wherever it is. */
  remove(message: Message): void {
    const list = this.lanes[message.lane] as List;
    if (message.prev !== null) message.prev.next = message.next;
    else list.head = message.next;
    if (message.next !== null) message.next.prev = message.prev;
    else list.tail = message.prev;
    list.size--;
    message.prev = message.next = null;
    this.unlinkLevel(message);
    this.count--;
    this.bytes -= message.size;
  }

  /** Puts `fresh` exactly where `stale` waited (same lane, same place in line), and takes `stale` out. */
  replace(stale: Message, fresh: Message): void {
    const list = this.lanes[stale.lane] as List;
    fresh.lane = stale.lane;
    fresh.slotAt = stale.slotAt;
    fresh.prev = stale.prev;
    fresh.next = stale.next;
    if (fresh.prev !== null) fresh.prev.next = fresh;
    else list.head = fresh;
    if (fresh.next !== null) fresh.next.prev = fresh;
    else list.tail = fresh;
    stale.prev = stale.next = null;
    this.unlinkLevel(stale);
    this.linkLevel(fresh);
    this.bytes += fresh.size - stale.size;
  }

  private linkLevel(message: Message): void {
    message.linkSeq = this.links++;
    if (this.tracking) this.appendToLevel(message);
    const key = message.key;
    if (key < this.latestByKey.length) this.latestByKey[key] = message;
  }

  private appendToLevel(message: Message): void {
    const level = this.levels[message.priority] as List;
    message.priorityPrev = level.tail;
    message.priorityNext = null;
    if (level.tail !== null) level.tail.priorityNext = message;
    else level.head = message;
    level.tail = message;
    level.size++;
  }

  private unlinkLevel(message: Message): void {
    if (this.tracking) this.removeFromLevel(message);
    const key = message.key;
    const latest = this.latestByKey;
    if (key < latest.length && latest[key] === message) latest[key] = null;
  }

  private removeFromLevel(message: Message): void {
    const level = this.levels[message.priority] as List;
    if (message.priorityPrev !== null) message.priorityPrev.priorityNext = message.priorityNext;
    else level.head = message.priorityNext;
    if (message.priorityNext !== null) message.priorityNext.priorityPrev = message.priorityPrev;
    else level.tail = message.priorityPrev;
    level.size--;
    message.priorityPrev = message.priorityNext = null;
  }

  /** Every waiting message in the order it joined the priority lists. */
  private inLinkOrder(): Message[] {
    const all: Message[] = [];
    for (const list of this.lanes) for (let m = list.head; m; m = m.next) all.push(m);
    return all.sort((a, b) => a.linkSeq - b.linkSeq);
  }

  /** The youngest waiting message of a key, if any. */
  latestOfKey(key: number): Message | null {
    return this.latestByKey[key] ?? null;
  }

  /** The message that has waited longest, across lanes. */
  oldest(): Message | null {
    let best: Message | null = null;
    for (const list of this.lanes) {
      const h = list.head;
      if (h && (!best || h.slotAt < best.slotAt || (h.slotAt === best.slotAt && h.id < best.id)))
        best = h;
    }
    return best;
  }

  /** The message that joined last, across lanes. */
  youngest(): Message | null {
    let best: Message | null = null;
    for (const list of this.lanes) {
      const t = list.tail;
      if (t && (!best || t.slotAt > best.slotAt || (t.slotAt === best.slotAt && t.id > best.id)))
        best = t;
    }
    return best;
  }

  /** The oldest message of the lowest priority level that has any. */
  lowestPriority(): Message | null {
    if (!this.tracking)
      return this.inLinkOrder().sort((a, b) => a.priority - b.priority)[0] ?? null;
    for (const level of this.levels) if (level.head) return level.head;
    return null;
  }

  /** The earliest `slotAt` among lane heads: when the next message could expire. */
  earliestSlot(): number {
    let t = Infinity;
    for (const list of this.lanes) if (list.head && list.head.slotAt < t) t = list.head.slotAt;
    return t;
  }

  /** Visits at most `limit` messages of one lane, front first: a picture of a long lane costs what it shows. */
  forEachInLane(lane: number, visit: (message: Message) => void, limit = Infinity): void {
    let n = 0;
    for (let m = (this.lanes[lane] as List).head; m && n < limit; m = m.next, n++) visit(m);
  }

  /** Visits the back `limit` messages of one lane, oldest of them first (reads only). */
  forEachAtBackOfLane(lane: number, visit: (message: Message) => void, limit: number): void {
    let m = (this.lanes[lane] as List).tail;
    for (let n = 1; m !== null && n < limit && m.prev !== null; n++) m = m.prev;
    for (; m !== null; m = m.next) visit(m);
  }

  /** Removes every waiting message, oldest place first, and hands each to `dispose`. */
  clear(dispose: (message: Message) => void): void {
    const all = this.takeAll();
    for (const m of all) dispose(m);
  }

  /**
   * Changes the number of lanes and moves every waiting message to the lane `laneOf` gives it,
   * keeping the order in which they joined: a rebalance, as when a Kafka group gains or loses a member.
   */
  setLanes(count: number, laneOf: (message: Message) => number): void {
    const all = this.takeAll();
    this.lanes = Array.from({ length: Math.max(1, count) }, emptyList);
    for (const m of all) this.push(m, laneOf(m));
  }

  /** Changes how many keys conflation tracks. */
  setKeyCount(keyCount: number): void {
    const next = new Array<Message | null>(keyCount).fill(null);
    // In priority-list order (lowest level first, each in link order), as it always has been.
    const waiting = this.inLinkOrder().sort((a, b) => a.priority - b.priority);
    for (const m of waiting) if (m.key < keyCount) next[m.key] = m;
    this.latestByKey = next;
  }

  private takeAll(): Message[] {
    const all: Message[] = [];
    for (const list of this.lanes) for (let m = list.head; m; m = m.next) all.push(m);
    all.sort((a, b) => a.slotAt - b.slotAt || a.id - b.id);
    for (const m of all) this.remove(m);
    return all;
  }
}
