/**
 * A pipeline: the engine's producer, queue and consumers are the first stage, and `downstream` adds
 * one or two later stages (LaterStage). A consumer that finishes a message hands it to the next
 * stage; when that stage cannot take it (a blocking or credit link, its queue full or its credits
 * spent) the consumer holds the message and waits (blocking after service). So a full stage stalls
 * the one above, whose queue then fills, and in the end the producer is held: the pressure climbs
 * the chain. Every drop, discard and timeout is counted at the stage where it happened.
 *
 * The engine calls in at a handful of places (a finished message, a loss, a timeout, a withdrawn
 * copy, a crash, the pipeline's own events); a scenario without stages has no Pipeline at all.
 */
import type { Meter } from '../meter.ts';
import type { Message } from '../message.ts';
import type { Scenario } from '../scenario.ts';
import { DROP_REASONS, type DropReason } from '../types.ts';
import type { Worker } from '../worker.ts';
import { WorkerState } from '../worker.ts';
import { LaterStage, STAGE_EVENT, type StageChain } from './laterStage.ts';
import { StageMeter } from './stageMeter.ts';
import { StageSeries } from './stageSeries.ts';

export { STAGE_EVENT } from './laterStage.ts';

const TIMED_OUT = DROP_REASONS.indexOf('timed-out' satisfies DropReason);

/** What the pipeline asks of the engine that hosts its first stage. */
export interface PipelineHost {
  now(): number;
  readonly meter: Meter;
  schedule(time: number, kind: number, gen: number, ref: Message | Worker | null): void;
  /** A first-stage consumer that held a message for the second stage has handed it over. */
  freeFirstStageWorker(w: Worker): void;
  /**
   * `m` has left the first stage for the second: a credit it holds under credit feedback goes back
   * to the producer now (the producer's window is with the first stage, as each link's is with its
   * own stage), not when the message leaves the chain.
   */
  leftFirstStage(m: Message): void;
  /** The last stage finished `m`: delivered end to end (or wasted, if its requester gave up). */
  finish(m: Message, w: Worker): void;
  /** An accepted message leaves the chain unprocessed. */
  lose(m: Message, reason: number): void;
}

export class Pipeline implements StageChain {
  /** The second and third stages. */
  readonly stages: LaterStage[];
  /** The first stage's own counts (the engine's meter has the rest): what it passed on, what it lost. */
  readonly first = new StageMeter();
  /** Each stage's depth and blocked consumers, one row per sample of the engine's series. */
  readonly series: StageSeries;
  /** First-stage consumers blocked holding a message for the second stage. */
  firstHolding = 0;
  /** Accepted messages that left the chain from a later stage (the engine's meter counts all). */
  laterDepartures = 0;
  private readonly host: PipelineHost;
  /** When the series last sampled, and each stage's drops then (for the drops per second). */
  private sampledAt = 0;
  private readonly dropsSampled: Float64Array;

  constructor(scenario: Scenario, host: PipelineHost) {
    this.host = host;
    const specs = scenario.downstream ?? [];
    this.stages = specs.map(
      (spec, i) => new LaterStage(i + 1, spec, scenario.seed, scenario.workload.keyCount, this),
    );
    this.series = new StageSeries(specs.length + 1, scenario.metrics.seriesLength);
    this.dropsSampled = new Float64Array(specs.length + 1);
    for (const s of this.stages) s.start();
  }

  /** Writes one row of the stages' series; `firstDepth` is the first stage's queue now. */
  sample(firstDepth: number): void {
    const now = this.host.now();
    const perSec = now > this.sampledAt ? 1000 / (now - this.sampledAt) : 0;
    this.sampledAt = now;
    const row: number[] = [];
    for (let i = 0; i <= this.stages.length; i++) {
      const stage = this.stages[i - 1];
      const drops = this.meterOf(i).drops.reduce((sum, n) => sum + n, 0);
      row.push(
        stage === undefined ? firstDepth : stage.room.count,
        stage === undefined ? this.firstHolding : stage.holding,
        (drops - (this.dropsSampled[i] as number)) * perSec,
      );
      this.dropsSampled[i] = drops;
    }
    this.series.push(row);
  }

  get now(): number {
    return this.host.now();
  }

  schedule(time: number, kind: number, gen: number, ref: Message | Worker | null): void {
    this.host.schedule(time, kind, gen, ref);
  }

  /** The meter of stage `index` (0 for the first). */
  meterOf(index: number): StageMeter {
    return index === 0 ? this.first : (this.stages[index - 1] as LaterStage).meter;
  }

  private touchAll(): void {
    const now = this.host.now();
    this.first.integrate(now, 0, 0, this.firstHolding, 0);
    for (const s of this.stages) s.touch(now);
  }

  // ---- Hand-offs ---------------------------------------------------------------------------------

  /** A first-stage consumer finished `m` (the engine has taken it off the consumer's books). */
  handOff(w: Worker, m: Message): void {
    this.touchAll();
    const next = this.stages[0] as LaterStage;
    if (next.holders.length === 0 && next.canTake()) {
      this.first.passed++;
      // Its credit first: taking it may drop it (fire-and-forget), and a dropped message is recycled.
      this.host.leftFirstStage(m);
      next.take(m);
      this.host.freeFirstStageWorker(w);
      return;
    }
    w.state = WorkerState.blocked;
    w.message = m;
    this.firstHolding++;
    next.holders.push(w);
  }

  /** Hands `m` to `next` if it can take it now, and no consumer above was waiting before it. */
  private tryPass(next: LaterStage, m: Message): boolean {
    if (next.holders.length > 0 || !next.canTake()) return false;
    next.take(m);
    return true;
  }

  /** A later stage's consumer finished its message. */
  private onStageEnd(w: Worker, gen: number): void {
    if (gen !== w.epoch) return;
    const s = this.stages[w.stage - 1] as LaterStage;
    const m = w.message as Message;
    s.inService--;
    const next = this.stages[w.stage];
    if (next === undefined) {
      s.meter.passed++;
      s.departed();
      w.message = null;
      this.laterDepartures++;
      this.host.finish(m, w);
      s.freeWorker(w);
      return;
    }
    if (this.tryPass(next, m)) {
      s.meter.passed++;
      s.departed();
      w.message = null;
      s.freeWorker(w);
      return;
    }
    w.state = WorkerState.blocked;
    s.holding++;
    next.holders.push(w);
  }

  /** Lets consumers above that hold a message for `stage` hand it over, first come first, while it can take one. */
  releaseInto(stage: LaterStage): void {
    const holders = stage.holders;
    while (holders.length > 0 && stage.canTake()) {
      const h = holders.shift() as Worker;
      const m = h.message as Message;
      h.message = null;
      if (h.stage === 0) {
        this.firstHolding--;
        this.first.passed++;
        this.host.leftFirstStage(m);
      } else {
        const above = this.stages[h.stage - 1] as LaterStage;
        above.holding--;
        above.meter.passed++;
        above.departed();
      }
      stage.take(m);
      if (h.stage === 0) this.host.freeFirstStageWorker(h);
      else (this.stages[h.stage - 1] as LaterStage).freeWorker(h);
    }
  }

  // ---- Losses and timeouts, by stage --------------------------------------------------------

  lose(m: Message, reason: number): void {
    this.laterDepartures++;
    this.host.lose(m, reason);
  }

  /** The engine lost `m` for `reason` (a drop, or a discarded copy if its requester had given up). */
  noteLoss(m: Message, reason: number): void {
    const meter = this.meterOf(m.stage);
    meter.lost++;
    if (!m.abandoned) meter.drops[reason] = (meter.drops[reason] as number) + 1;
  }

  /** The requester of `m` gave up on it where it is; `dropped` when the request is lost with it. */
  noteTimeout(m: Message, dropped: boolean): void {
    const meter = this.meterOf(m.stage);
    meter.timedOut++;
    if (dropped) meter.drops[TIMED_OUT] = (meter.drops[TIMED_OUT] as number) + 1;
  }

  /**
   * Deadline propagation: drops `m` wherever the pipeline has it (waiting or worked on in a later
   * stage, or held by a blocked consumer); false when the engine has it (the first stage's queue
   * or consumers).
   */
  withdraw(m: Message): boolean {
    this.touchAll();
    for (let i = 0; i < this.stages.length; i++) {
      const s = this.stages[i] as LaterStage;
      const h = s.holders.findIndex((w) => w.message === m);
      if (h >= 0) {
        const [w] = s.holders.splice(h, 1) as [Worker];
        w.message = null;
        if (w.stage === 0) {
          this.firstHolding--;
          this.host.lose(m, TIMED_OUT);
          this.host.freeFirstStageWorker(w);
        } else {
          const above = this.stages[w.stage - 1] as LaterStage;
          above.holding--;
          above.loseHere(m, TIMED_OUT);
          above.freeWorker(w);
        }
        return true;
      }
    }
    if (m.stage === 0) return false;
    const s = this.stages[m.stage - 1] as LaterStage;
    for (const w of s.workers.concat(s.retiring)) {
      if (w.message !== m || w.state !== WorkerState.busy) continue;
      w.epoch++;
      w.message = null;
      s.inService--;
      this.host.meter.wastedWorkMs += this.host.now() - w.startedAt;
      s.loseHere(m, TIMED_OUT);
      s.freeWorker(w);
      return true;
    }
    s.room.remove(m);
    s.loseHere(m, TIMED_OUT);
    this.releaseInto(s);
    return true;
  }

  /**
   * The first stage's consumer process crashed: its blocked consumers' messages are lost with the
   * rest (the engine loses them), so they no longer wait to hand over.
   */
  onCrash(): void {
    this.touchAll();
    const next = this.stages[0] as LaterStage;
    for (let i = next.holders.length - 1; i >= 0; i--)
      if ((next.holders[i] as Worker).stage === 0) next.holders.splice(i, 1);
    this.firstHolding = 0;
  }

  // ---- The pipeline's events ----------------------------------------------------------------

  handle(kind: number, gen: number, ref: Message | Worker | null): void {
    this.touchAll();
    switch (kind) {
      case STAGE_EVENT.end:
        this.onStageEnd(ref as Worker, gen);
        break;
      case STAGE_EVENT.ready: {
        const w = ref as Worker;
        if (gen === w.epoch) (this.stages[w.stage - 1] as LaterStage).onWorkerReady(w);
        break;
      }
      case STAGE_EVENT.credit:
        (this.stages[gen - 1] as LaterStage).onCredit();
        break;
      case STAGE_EVENT.expire: {
        const s = this.stages[(gen & 3) - 1] as LaterStage;
        if (s.expiryCurrent(gen)) s.onExpire();
        break;
      }
      case STAGE_EVENT.tick:
        (this.stages[gen - 1] as LaterStage).onAutoscaleTick();
        break;
    }
  }

  // ---- Reading -----------------------------------------------------------------------------------

  /** Messages waiting in the later stages' queues. */
  waiting(): number {
    let n = 0;
    for (const s of this.stages) n += s.room.count;
    return n;
  }

  /** Messages being worked on in later stages, or held by a blocked consumer of any stage. */
  inHand(): number {
    let n = this.firstHolding;
    for (const s of this.stages) n += s.inService + s.holding;
    return n;
  }

  /** Every message the pipeline holds (for the engine's inspection). */
  forEachMessage(visit: (m: Message) => void): void {
    for (const s of this.stages) {
      s.room.forEachInLane(0, visit);
      for (const w of s.workers.concat(s.retiring)) if (w.message !== null) visit(w.message);
    }
  }

  /**
   * The time integral of what the later stages hold and the first stage's blocked consumers hold,
   * to `now`: the part of the chain's "number in system" that the engine's meter does not see.
   */
  extraSystemAreaAt(now: number): number {
    let area = this.first.holdArea + this.firstHolding * Math.max(0, now - this.first.at);
    for (const s of this.stages) {
      const dt = Math.max(0, now - s.meter.at);
      const m = s.meter;
      area += m.depthArea + m.busyArea + m.holdArea + (s.room.count + s.inService + s.holding) * dt;
    }
    return area;
  }
}
