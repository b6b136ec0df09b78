/**
 * One message. Its links put it in a lane of the waiting room and in its priority level's list.
 *
 * Every field starts as a number (or null), never undefined, so V8 keeps numbers in them unboxed and
 * stores a time without allocating. (A TypeScript parameter property would declare the field with
 * undefined first, and each message would then cost a heap number and a write barrier.)
 */
export class Message {
  /** Production order, from 0: later messages have larger ids. */
  id = 0;
  key = 0;
  priority = 0;
  size = 0;
  createdAt = 0;
  /** When it took its place in the queue; a conflated replacement keeps its predecessor's place. */
  slotAt = 0;
  /** When the system accepted it (into the queue or straight to a worker). */
  acceptedAt = 0;
  /** Holds one of the producer's credits (credit-window feedback), returned when it leaves. */
  credit = false;
  /** Offers made so far, the first included. */
  attempts = 0;
  /**
   * The request it carries: its own id, or for a retry after a timeout (a new copy, while the one that
   * timed out may still be waiting) the id of the message first produced.
   */
  requestId = 0;
  /** Its requester has given up on it (timed out): processing it now is wasted work. */
  abandoned = false;
  /** Sent as one of a half-open circuit breaker's probes. */
  probe = false;
  /** Stamp of its pending requester timeout; 0 when none is pending (see Engine.onTimeout). */
  timeoutGen = 0;
  lane = 0;
  /** Which stage of a pipeline it is in: 0 for the first (the only one without `downstream`). */
  stage = 0;
  /** When it joined the priority lists, as a count of joins: their order, kept even while they are not. */
  linkSeq = 0;
  prev: Message | null = null;
  next: Message | null = null;
  priorityPrev: Message | null = null;
  priorityNext: Message | null = null;

  constructor(id: number, key: number, priority: number, size: number, createdAt: number) {
    this.id = id;
    this.requestId = id;
    this.key = key;
    this.priority = priority;
    this.size = size;
    this.createdAt = createdAt;
  }

  /** Makes a used message new again, so the engine can recycle it instead of allocating. */
  reuse(id: number, key: number, priority: number, size: number, createdAt: number): this {
    this.id = id;
    this.key = key;
    this.priority = priority;
    this.size = size;
    this.createdAt = createdAt;
    this.slotAt = 0;
    this.acceptedAt = 0;
    this.credit = false;
    this.attempts = 0;
    this.requestId = id;
    this.abandoned = false;
    this.probe = false;
    this.timeoutGen = 0;
    this.lane = 0;
    this.stage = 0;
    return this;
  }
}
