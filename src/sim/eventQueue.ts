/**
 * The pending-event set: a binary min-heap ordered by (time, seq). A heap is not stable, so the
 * sequence number, given at scheduling time, makes ties resolve in scheduling order, every run.
 *
 * Every simulated message passes through here at least twice, so the heap is kept in typed arrays:
 * sifting moves plain numbers (no pointer chasing, no garbage-collector write barriers), and an
 * event's payload (kind, generation stamp, one object reference) stays put in a numbered slot
 * while only the slot number moves through the heap.
 */

const INITIAL_CAPACITY = 64;

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
    if (this.freeCount === 0) this.grow();
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

  /** Doubles every array; the free slots are the new upper half. */
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
    this.free = new Int32Array(capacity);
    for (let i = 0; i < old; i++) this.free[i] = capacity - 1 - i;
    this.freeCount = old;
  }
}
