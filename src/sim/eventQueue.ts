/**
 * The pending-event set: a binary min-heap ordered by (time, seq). A heap is not stable, so the
 * sequence number, given at scheduling time, makes ties resolve in scheduling order, every run.
 *
 * Every simulated message passes through here at least twice, so the heap is kept in typed arrays:
 * sifting moves plain numbers (no pointer chasing, no garbage-collector write barriers), and an
 * event's payload (kind, generation stamp, one object reference) stays put in a numbered slot
 * while only the slot number moves through the heap.
 *
 * Some events are known to be stale before their time comes (a cancelled arrival, the completion of a
 * worker that crashed). They stay in the heap, because every event ends a stretch of the engine's
 * time integrals, but a heap that has grown past `compactFrom` clears them out before it grows again:
 * a long run that keeps cancelling far-off events then needs memory for its live events only.
 */

const INITIAL_CAPACITY = 64;

/** Whether a pending event can no longer do anything: it may then be dropped from a large heap. */
export type StaleTest<T> = (kind: number, gen: number, ref: T | null) => boolean;

export class EventQueue<T extends object> {
  // Heap order: entry i holds the time, sequence number and payload slot of one event.
  private times = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);
  private slots = new Int32Array(INITIAL_CAPACITY);
  // Payloads, by slot.
  private kinds = new Int32Array(INITIAL_CAPACITY);
  private gens = new Float64Array(INITIAL_CAPACITY);
  private refs: (T | null)[] = new Array<T | null>(INITIAL_CAPACITY).fill(null);
  /** Slots not in use, as a stack. */
  private free = Int32Array.from({ length: INITIAL_CAPACITY }, (_, i) => INITIAL_CAPACITY - 1 - i);
  private freeCount = INITIAL_CAPACITY;
  private count = 0;
  private seqCounter = 0;

  private readonly isStale: StaleTest<T> | null = null;
  private readonly compactFrom: number = Infinity;

  /**
   * @param isStale says which events may be dropped; without it the heap only grows.
   * @param compactFrom the capacity from which a full heap clears out stale events before growing.
   */
  constructor(isStale: StaleTest<T> | null = null, compactFrom = Infinity) {
    this.isStale = isStale;
    this.compactFrom = compactFrom;
  }

  /** The event `pop` took last. */
  time = 0;
  kind = 0;
  gen = 0;
  ref: T | null = null;

  get size(): number {
    return this.count;
  }

  /** When the earliest event happens; Infinity if there is none. */
  nextTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Infinity;
  }

  /** The sequence number of the earliest event (meaningful only when the queue is not empty). */
  nextSeq(): number {
    return this.seqs[0] as number;
  }

  /**
   * Hands out the next sequence number without inserting anything, for an event the caller keeps
   * elsewhere for now; `pushAt` inserts it later in the very place it would have had.
   */
  takeSeq(): number {
    return this.seqCounter++;
  }

  /** Inserts an event; among events at the same time, earlier pushes come out first. */
  push(time: number, kind: number, gen: number, ref: T | null): void {
    this.pushAt(time, this.seqCounter++, kind, gen, ref);
  }

  /** Inserts an event with a sequence number from `takeSeq`. */
  pushAt(time: number, seq: number, kind: number, gen: number, ref: T | null): void {
    if (this.freeCount === 0) this.makeRoom();
    const slot = this.free[--this.freeCount] as number;
    this.kinds[slot] = kind;
    this.gens[slot] = gen;
    if (ref !== null) this.refs[slot] = ref;
    const times = this.times;
    const seqs = this.seqs;
    const slots = this.slots;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (seqs[parent] as number) < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent] as number;
      slots[i] = slots[parent] as number;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
  }

  /**
   * Removes the earliest event and leaves its fields in `time`, `kind`, `gen` and `ref`.
   * The queue must not be empty.
   */
  pop(): void {
    const times = this.times;
    const seqs = this.seqs;
    const slots = this.slots;
    const top = slots[0] as number;
    this.time = times[0] as number;
    this.kind = this.kinds[top] as number;
    this.gen = this.gens[top] as number;
    const ref = this.refs[top] as T | null;
    this.ref = ref;
    if (ref !== null) this.refs[top] = null;
    this.free[this.freeCount++] = top;

    const n = --this.count;
    if (n === 0) return;
    // Sift the last entry down from the root.
    const time = times[n] as number;
    const seq = seqs[n] as number;
    const slot = slots[n] as number;
    const half = n >> 1;
    let i = 0;
    while (i < half) {
      let child = 2 * i + 1;
      let ct = times[child] as number;
      let cs = seqs[child] as number;
      const right = child + 1;
      if (right < n) {
        const rt = times[right] as number;
        if (rt < ct || (rt === ct && (seqs[right] as number) < cs)) {
          child = right;
          ct = rt;
          cs = seqs[right] as number;
        }
      }
      if (time < ct || (time === ct && seq < cs)) break;
      times[i] = ct;
      seqs[i] = cs;
      slots[i] = slots[child] as number;
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
  }

  /** Visits every pending event, in no particular order (for inspection; O(size)). */
  forEach(visit: (time: number, kind: number, gen: number, ref: T | null) => void): void {
    for (let i = 0; i < this.count; i++) {
      const slot = this.slots[i] as number;
      visit(
        this.times[i] as number,
        this.kinds[slot] as number,
        this.gens[slot] as number,
        this.refs[slot] as T | null,
      );
    }
  }

  /** The heap is full: drop stale events if it is large, and grow unless that freed a quarter of it. */
  private makeRoom(): void {
    const capacity = this.times.length;
    if (this.isStale !== null && capacity >= this.compactFrom) {
      this.dropStale(this.isStale);
      if (this.count <= capacity - (capacity >> 2)) return;
    }
    this.grow();
  }

  /**
   * Removes every stale event and restores the heap order. Entries are ordered by (time, seq), and no
   * two share a seq, so the events left come out in exactly the order they would have.
   */
  private dropStale(isStale: StaleTest<T>): void {
    const times = this.times;
    const seqs = this.seqs;
    const slots = this.slots;
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      const slot = slots[i] as number;
      if (
        isStale(this.kinds[slot] as number, this.gens[slot] as number, this.refs[slot] as T | null)
      ) {
        this.refs[slot] = null;
        this.free[this.freeCount++] = slot;
      } else {
        times[kept] = times[i] as number;
        seqs[kept] = seqs[i] as number;
        slots[kept] = slot;
        kept++;
      }
    }
    this.count = kept;
    for (let i = (kept >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  /** Moves entry i down to its place below (used to rebuild the heap; pop has its own copy). */
  private siftDown(start: number): void {
    const times = this.times;
    const seqs = this.seqs;
    const slots = this.slots;
    const n = this.count;
    const time = times[start] as number;
    const seq = seqs[start] as number;
    const slot = slots[start] as number;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        ((times[right] as number) < (times[child] as number) ||
          (times[right] === times[child] && (seqs[right] as number) < (seqs[child] as number)))
      )
        child = right;
      const ct = times[child] as number;
      const cs = seqs[child] as number;
      if (time < ct || (time === ct && seq < cs)) break;
      times[i] = ct;
      seqs[i] = cs;
      slots[i] = slots[child] as number;
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
  }

  /** Doubles every array; the new upper half joins the free slots. */
  private grow(): void {
    const old = this.times.length;
    const capacity = old * 2;
    const widen = <A extends Float64Array | Int32Array>(a: A, make: (n: number) => A): A => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.times = widen(this.times, (n) => new Float64Array(n));
    this.seqs = widen(this.seqs, (n) => new Float64Array(n));
    this.slots = widen(this.slots, (n) => new Int32Array(n));
    this.kinds = widen(this.kinds, (n) => new Int32Array(n));
    this.gens = widen(this.gens, (n) => new Float64Array(n));
    for (let i = old; i < capacity; i++) this.refs.push(null);
    // Slots still free (after dropping stale events) stay free, under the new ones, lowest on top.
    const free = new Int32Array(capacity);
    free.set(this.free.subarray(0, this.freeCount));
    let n = this.freeCount;
    for (let slot = capacity - 1; slot >= old; slot--) free[n++] = slot;
    this.free = free;
    this.freeCount = n;
  }
}
