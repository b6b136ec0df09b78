/**
 * A later stage of a pipeline (the second or third): its own queue and consumers, and the link by
 * which the stage above hands it finished messages. The first stage is the engine itself; the chain
 * between the stages (who hands what to whom, who waits) is Pipeline's.
 */
import { DISCIPLINE, disciplineCode, lifoNow, type DisciplineCode } from '../disciplines.ts';
import type { Message } from '../message.ts';
import { Random, STREAM } from '../random.ts';
import type { DownstreamStage } from '../scenario.ts';
import { DROP_REASONS, type DropReason } from '../types.ts';
import { WaitingRoom } from '../waitingRoom.ts';
import { Worker, WorkerState } from '../worker.ts';
import { drawServiceTime, slowdownFactor } from './serviceTime.ts';
import { StageMeter } from './stageMeter.ts';

/** The pipeline's event kinds, numbered apart from the engine's own (which go up from 0). */
export const STAGE_EVENT = { end: 40, ready: 41, credit: 42, expire: 43, tick: 44 } as const;

const REASON = Object.fromEntries(DROP_REASONS.map((r, i) => [r, i])) as Record<DropReason, number>;

/** What a later stage asks of the chain it belongs to. */
export interface StageChain {
  readonly now: number;
  schedule(time: number, kind: number, gen: number, ref: Message | Worker | null): void;
  /** An accepted message leaves the chain unprocessed, at this stage. */
  lose(m: Message, reason: number): void;
  /** This stage has room (or credit) again: consumers above that wait for it may hand over. */
  releaseInto(stage: LaterStage): void;
}

export class LaterStage {
  /** The stage's place in the chain: 1 for the second stage, 2 for the third. */
  readonly index: number = 0;
  readonly spec: DownstreamStage;
  readonly room: WaitingRoom;
  readonly workers: Worker[] = [];
  /** Consumers the autoscaler removed while they held a message, finishing with it before they go. */
  readonly retiring: Worker[] = [];
  inService = 0;
  /** Its own consumers blocked holding a finished message the next stage cannot take yet. */
  holding = 0;
  /** Consumers of the stage above, blocked holding a message for this stage, first come first. */
  readonly holders: Worker[] = [];
  /** Under a credit link: credits the stage above holds, and those taken and not yet back. */
  credits = 0;
  creditsOut = 0;
  readonly meter = new StageMeter();

  private readonly chain: StageChain;
  private readonly rng: Random;
  private readonly capacity: number;
  private readonly discipline: DisciplineCode;
  private readonly lifoAboveDepth: number;
  private readonly maxAgeMs: number;
  private expiryAt = Infinity;
  private expiryGen = 0;
  private lastScaleAt = -Infinity;
  private nextWorkerId = 0;

  constructor(
    index: number,
    spec: DownstreamStage,
    seed: number,
    keyCount: number,
    chain: StageChain,
  ) {
    this.index = index;
    this.spec = spec;
    this.chain = chain;
    this.room = new WaitingRoom(keyCount);
    this.rng = new Random(seed, STREAM.laterStages + index - 1);
    this.capacity = spec.queue.capacity ?? Infinity;
    const d = spec.queue.discipline;
    this.discipline = disciplineCode(d);
    this.lifoAboveDepth =
      d.kind === 'adaptive-lifo' ? d.lifoAboveDepth : d.kind === 'lifo' ? -1 : Infinity;
    this.maxAgeMs = spec.queue.maxAgeMs ?? Infinity;
    if (spec.link.kind === 'credit') this.credits = spec.link.window;
  }

  /** Puts the first consumers to work and starts the autoscaler's clock. */
  start(): void {
    for (let i = 0; i < this.spec.consumers.count; i++) this.addWorker(false);
    const a = this.spec.consumers.autoscale;
    if (a !== null)
      this.chain.schedule(this.chain.now + a.intervalMs, STAGE_EVENT.tick, this.index, null);
  }

  /** Advances the stage's integrals to now; call before its state changes. */
  touch(now: number): void {
    this.meter.integrate(now, this.room.count, this.inService, this.holding, this.workers.length);
  }

  /** Whether the stage above may hand a message over now without anything being dropped for it. */
  canTake(): boolean {
    if (this.spec.link.kind === 'fire-and-forget') return true;
    if (this.spec.link.kind === 'credit' && this.credits < 1) return false;
    return this.room.count < this.capacity || this.idleWorker() !== null;
  }

  /** Takes a message handed over by the stage above (see canTake). */
  take(m: Message): void {
    if (this.spec.link.kind === 'credit') {
      this.credits--;
      this.creditsOut++;
    }
    this.admit(m);
  }

  private admit(m: Message): void {
    const now = this.chain.now;
    m.stage = this.index;
    m.slotAt = now;
    this.meter.entered++;
    const room = this.room;
    if (this.spec.queue.conflateByKey) {
      const stale = room.latestOfKey(m.key);
      if (stale !== null) {
        room.replace(stale, m);
        this.loseHere(stale, REASON['conflated']);
        return;
      }
    }
    const idle = this.idleWorker();
    if (idle !== null) {
      this.startService(idle, m);
      return;
    }
    if (room.count < this.capacity) {
      this.enqueue(m);
      return;
    }
    // Only a fire-and-forget link gets here: the queue is full and nobody waits to hand over.
    switch (this.spec.queue.whenFull) {
      case 'reject':
        this.loseHere(m, REASON['rejected']);
        return;
      case 'drop-oldest':
        this.evictThenEnqueue(room.oldest(), m, REASON['evicted-oldest']);
        return;
      case 'drop-youngest':
        this.evictThenEnqueue(room.youngest(), m, REASON['evicted-youngest']);
        return;
      case 'drop-all':
        if (room.count === 0) {
          this.loseHere(m, REASON['rejected']);
          return;
        }
        room.clear((victim) => this.loseHere(victim, REASON['flushed']));
        this.enqueue(m);
        return;
    }
  }

  private evictThenEnqueue(victim: Message | null, m: Message, reason: number): void {
    if (victim === null) {
      this.loseHere(m, REASON['rejected']);
      return;
    }
    this.room.remove(victim);
    this.loseHere(victim, reason);
    this.enqueue(m);
  }

  private enqueue(m: Message): void {
    const room = this.room;
    room.push(m, 0);
    if (room.count > this.meter.maxDepth) this.meter.maxDepth = room.count;
    const at = m.slotAt + this.maxAgeMs;
    if (at < this.expiryAt) this.scheduleExpiry(at);
  }

  /** A message leaves this stage unprocessed. */
  loseHere(m: Message, reason: number): void {
    this.departed();
    this.chain.lose(m, reason);
  }

  /** A message left the stage (passed on, finished or lost): its credit goes back up the link. */
  departed(): void {
    const link = this.spec.link;
    if (link.kind === 'credit')
      this.chain.schedule(this.chain.now + link.delayMs, STAGE_EVENT.credit, this.index, null);
  }

  onCredit(): void {
    this.credits++;
    this.creditsOut--;
    this.chain.releaseInto(this);
  }

  idleWorker(): Worker | null {
    const workers = this.workers;
    for (let i = 0; i < workers.length; i++) {
      const w = workers[i] as Worker;
      if (w.state === WorkerState.idle) return w;
    }
    return null;
  }

  private startService(w: Worker, m: Message): void {
    const now = this.chain.now;
    w.state = WorkerState.busy;
    w.message = m;
    this.inService++;
    this.meter.waitSum += now - m.slotAt;
    this.meter.waitCount++;
    w.startedAt = now;
    let duration = drawServiceTime(this.spec.consumers.service, this.rng);
    const load = this.spec.consumers.slowUnderLoad;
    if (load !== null)
      duration *= slowdownFactor(
        load,
        load.basis === 'queue-depth' ? this.room.count : this.inService,
      );
    w.endsAt = now + duration;
    this.chain.schedule(w.endsAt, STAGE_EVENT.end, w.epoch, w);
  }

  /** A consumer's hands are free: it goes if it is retiring, else takes the next message. */
  freeWorker(w: Worker): void {
    if (w.retiring) {
      this.retiring.splice(this.retiring.indexOf(w), 1);
      w.state = WorkerState.down;
      return;
    }
    w.state = WorkerState.idle;
    this.pull(w);
  }

  private pull(w: Worker): void {
    const room = this.room;
    const lane = 0;
    const m =
      this.discipline === DISCIPLINE.fifo ||
      !lifoNow(this.discipline, room.count, this.lifoAboveDepth)
        ? room.shift(lane)
        : room.pop(lane);
    if (m !== null) this.startService(w, m);
    this.chain.releaseInto(this);
  }

  // ---- Expiry --------------------------------------------------------------------------------

  private scheduleExpiry(at: number): void {
    this.expiryAt = at;
    this.chain.schedule(at, STAGE_EVENT.expire, ++this.expiryGen * 4 + this.index, null);
  }

  /** Whether an expiry event (its stamp) is still the stage's latest. */
  expiryCurrent(gen: number): boolean {
    return gen >> 2 === this.expiryGen;
  }

  onExpire(): void {
    this.expiryAt = Infinity;
    const room = this.room;
    const now = this.chain.now;
    let freed = false;
    for (let m = room.oldest(); m !== null && m.slotAt + this.maxAgeMs <= now; m = room.oldest()) {
      room.remove(m);
      this.loseHere(m, REASON['expired']);
      freed = true;
    }
    const next = room.earliestSlot();
    if (next !== Infinity) this.scheduleExpiry(next + this.maxAgeMs);
    if (freed) this.chain.releaseInto(this);
  }

  // ---- Consumers: cold starts and the autoscaler ------------------------------------------------

  private addWorker(cold: boolean): void {
    const w = new Worker(this.index * 1000 + this.nextWorkerId++);
    w.stage = this.index;
    w.lane = this.workers.length;
    this.workers.push(w);
    const coldStart = this.spec.consumers.autoscale?.coldStartMs ?? 0;
    if (cold && coldStart > 0) {
      w.state = WorkerState.starting;
      w.readyAt = this.chain.now + coldStart;
      this.chain.schedule(w.readyAt, STAGE_EVENT.ready, w.epoch, w);
    } else {
      w.state = WorkerState.idle;
      this.pull(w);
    }
  }

  onWorkerReady(w: Worker): void {
    w.state = WorkerState.idle;
    this.pull(w);
  }

  private removeWorker(): void {
    const workers = this.workers;
    let index = workers.length - 1;
    for (let i = workers.length - 1; i >= 0; i--) {
      const s = (workers[i] as Worker).state;
      if (s === WorkerState.idle || s === WorkerState.starting) {
        index = i;
        break;
      }
    }
    const [w] = workers.splice(index, 1) as [Worker];
    workers.forEach((x, i) => (x.lane = i));
    if (w.state === WorkerState.busy || w.state === WorkerState.blocked) {
      w.retiring = true;
      this.retiring.push(w);
    } else {
      w.epoch++;
      w.state = WorkerState.down;
    }
  }

  onAutoscaleTick(): void {
    const a = this.spec.consumers.autoscale;
    if (a === null) return;
    const now = this.chain.now;
    if (now - this.lastScaleAt >= a.cooldownMs) {
      const depth = this.room.count;
      if (depth >= a.scaleUpDepth && this.workers.length < a.max) {
        this.addWorker(true);
        this.lastScaleAt = now;
      } else if (depth <= a.scaleDownDepth && this.workers.length > a.min) {
        this.removeWorker();
        this.lastScaleAt = now;
      }
    }
    this.chain.schedule(now + a.intervalMs, STAGE_EVENT.tick, this.index, null);
  }
}
