/**
 * "You are the consumer": the game as a pure state machine. Simulated time moves only through
 * `advance`, in whole ticks; the player's presses arrive as actions at the current simulated time.
 * So a game is a function of its seed and its timed inputs, and `replayGame` repeats one exactly.
 *
 * Each tick, in this order: signals that reach the producer take effect; consumers finish and start
 * blocks; the helper's shift moves on; the producer makes the blocks due (Poisson arrivals at the
 * level's rate) and the strategy admits, evicts or rejects them; the slow-down watermarks are
 * checked; the level moves on.
 */
import { Random, STREAM, hashUniform, pickWeighted } from '../sim/random.ts';
import { GameBuffer } from './buffer.ts';
import { levelAt, levelRate } from './levels.ts';
import { DEFAULT_RULES, GAME_STRATEGIES, strategyCapacity } from './rules.ts';
import type { GameRules, GameStrategy } from './rules.ts';
import { ZERO_SCORE, latencyPenalty, scoreTotal } from './scoring.ts';
import type { ScoreBreakdown } from './scoring.ts';
import type {
  Block,
  Consumer,
  DropReason,
  GameAction,
  GameCounts,
  GameEvent,
  GameOverReason,
  GameView,
  HelperPhase,
  InService,
  SignalKind,
  TimedInput,
} from './types.ts';

const MAX_SEED = 0xffff_ffff;
/** Events kept for a reader that has not drained them; older ones are let go. */
const MAX_EVENTS = 4096;
/** Hash fields for a block's attributes (see hashUniform): its lane and its size. */
const FIELD_LANE = 0;
const FIELD_SIZE = 1;

export class Game {
  readonly seed: number;
  readonly rules: GameRules;

  private ticks = 0;
  /** Wall of simulated time not yet a whole tick, carried into the next `advance`. */
  private carryMs = 0;
  private readonly arrivals: Random;
  /** Rate-integral left before the next arrival: Exp(1) draws make the arrivals Poisson. */
  private arrivalWork: number;
  private nextId = 0;
  private readonly buffer: GameBuffer;
  private readonly sizeTotalWeight: number;

  private strategyNow: GameStrategy = 'unbounded';
  private strategySince = 0;
  private readonly strategyTime: Record<GameStrategy, number> = {
    unbounded: 0,
    'drop-oldest': 0,
    'reject-new': 0,
    'slow-producer': 0,
  };
  private level = 1;

  private yours: InService | null = null;
  private busyUntil = 0;
  private readonly presses: number[] = [];

  private helperPhase: HelperPhase = 'ready';
  private helperPhaseEndsAt = 0;
  private helperWork: InService | null = null;

  private slowed = false;
  /** Blocks the slowed producer owes but did not make, as a running fraction. */
  private heldBackWork = 0;
  /** The last signal sent: what the producer will do once every signal in flight has landed. */
  private slowWanted = false;
  private readonly signals: { kind: SignalKind; landsAt: number }[] = [];

  private readonly counts: GameCounts = {
    arrived: 0,
    delivered: 0,
    deliveredByHelper: 0,
    dropped: 0,
    evicted: 0,
    rejected: 0,
    waiting: 0,
    inService: 0,
    emptyPresses: 0,
    helpersCalled: 0,
    heldBack: 0,
  };
  private readonly score: Omit<ScoreBreakdown, 'total'> = { ...ZERO_SCORE };
  private latencySumMs = 0;
  private latencyMaxMs = 0;
  private peakMemory = 0;
  private overState: { reason: GameOverReason; at: number } | null = null;

  private events: GameEvent[] = [];
  private readonly recorded: TimedInput[] = [];
  private changes = 0;

  constructor(seed: number, rules: GameRules = DEFAULT_RULES) {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
      throw new RangeError(`The seed must be a whole number from 0 to ${MAX_SEED}, not ${seed}.`);
    this.seed = seed;
    this.rules = rules;
    this.arrivals = new Random(seed, STREAM.arrivals);
    this.arrivalWork = this.arrivals.exponential(1);
    this.buffer = new GameBuffer(rules.lanes);
    this.sizeTotalWeight = rules.blockSizeWeights.reduce((a, b) => a + b, 0);
  }

  /** Simulated time, ms: always a whole number of ticks. */
  get now(): number {
    return this.ticks * this.rules.tickMs;
  }

  /** Goes up whenever anything but the clock changes, so a screen can skip redrawing. */
  get version(): number {
    return this.changes;
  }

  get isOver(): boolean {
    return this.overState !== null;
  }

  /** Every action taken so far, with its time: with the seed, enough to replay the game. */
  get inputs(): readonly TimedInput[] {
    return this.recorded;
  }

  /** Moves simulated time on by `dtMs`; the part short of a whole tick waits for the next call. */
  advance(dtMs: number): void {
    if (!(dtMs >= 0) || !Number.isFinite(dtMs))
      throw new RangeError(
        `Time moves forward only: advance needs a finite dtMs ≥ 0, not ${dtMs}.`,
      );
    if (this.overState) return;
    this.carryMs += dtMs;
    const whole = Math.floor(this.carryMs / this.rules.tickMs);
    this.carryMs -= whole * this.rules.tickMs;
    this.runTicks(whole);
  }

  /** Moves simulated time on to the last whole tick at or before `tMs`. */
  advanceTo(tMs: number): void {
    if (!(tMs >= this.now) || !Number.isFinite(tMs))
      throw new RangeError(
        `advanceTo(${tMs}) would go back in time: the game is at ${this.now} ms.`,
      );
    this.carryMs = 0;
    this.runTicks(Math.floor(tMs / this.rules.tickMs) - this.ticks);
  }

  dispatch(action: GameAction): void {
    switch (action.type) {
      case 'consume':
        this.consume(action.lane);
        break;
      case 'set-strategy':
        this.setStrategy(action.strategy);
        break;
      case 'call-helper':
        this.callHelper();
        break;
    }
  }

  /**
   * You press a lane's key: process its oldest block. While you are busy with a block the press
   * waits its turn (up to `typeAhead` presses); a lane with nothing in it when its turn comes
   * costs points and a moment of your time.
   */
  consume(lane: number): void {
    if (!Number.isInteger(lane) || lane < 0 || lane >= this.rules.lanes)
      throw new RangeError(`There is no lane ${lane}: lanes go from 0 to ${this.rules.lanes - 1}.`);
    if (!this.record({ type: 'consume', lane })) return;
    if (this.presses.length >= this.rules.typeAhead) {
      this.emit({ kind: 'press-ignored', at: this.now, lane });
      return;
    }
    this.presses.push(lane);
    this.startYours(this.now);
  }

  setStrategy(strategy: GameStrategy): void {
    if (!GAME_STRATEGIES.includes(strategy))
      throw new RangeError(`Unknown strategy "${String(strategy)}".`);
    if (!this.record({ type: 'set-strategy', strategy })) return;
    if (strategy === this.strategyNow) return;
    const t = this.now;
    this.strategyTime[this.strategyNow] += t - this.strategySince;
    this.strategySince = t;
    this.strategyNow = strategy;
    this.emit({ kind: 'strategy', at: t, strategy });
    // A producer told to slow down stays slow until told otherwise, whatever the buffer does now.
    if (strategy !== 'slow-producer' && this.slowWanted) this.sendSignal('resume', t);
    if (strategy === 'drop-oldest') this.evictToCapacity(t);
    this.watchWatermarks(t);
  }

  /** Calls a helper consumer, if one is ready: it costs points at once and starts after a moment. */
  callHelper(): void {
    if (!this.record({ type: 'call-helper' })) return;
    const t = this.now;
    if (this.helperPhase !== 'ready') {
      this.emit({ kind: 'helper-refused', at: t, phase: this.helperPhase });
      return;
    }
    this.counts.helpersCalled++;
    this.score.helpers += this.rules.scoring.perHelper;
    this.setHelperPhase('starting', t + this.rules.helper.startupMs, t);
  }

  /** Events since the last call, oldest first. */
  drainEvents(): GameEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }

  /** The whole state as plain data, for the screen and for tests. */
  view(): GameView {
    const t = this.now;
    const timeByStrategy = { ...this.strategyTime };
    timeByStrategy[this.strategyNow] += (this.overState?.at ?? t) - this.strategySince;
    const deliveries = this.counts.delivered;
    return {
      seed: this.seed,
      now: t,
      level: this.level,
      nextLevelAt: this.level * this.rules.levelMs,
      ratePerSec: this.currentRate(),
      strategy: this.strategyNow,
      lanes: this.buffer.snapshot(),
      you: { inService: this.yours, busyUntil: this.busyUntil, typeAhead: this.presses.slice() },
      helper: {
        phase: this.helperPhase,
        phaseEndsAt: this.helperPhaseEndsAt,
        inService: this.helperWork,
      },
      producer: { slowed: this.slowed, signals: this.signals.map((s) => ({ ...s })) },
      memoryBytes: this.memory(),
      peakMemoryBytes: this.peakMemory,
      capacityBytes: strategyCapacity(this.strategyNow, this.rules),
      counts: {
        ...this.counts,
        waiting: this.buffer.count,
        inService: (this.yours ? 1 : 0) + (this.helperWork ? 1 : 0),
      },
      score: { ...this.score, total: scoreTotal(this.score) },
      latency: {
        meanMs: deliveries > 0 ? this.latencySumMs / deliveries : 0,
        maxMs: this.latencyMaxMs,
      },
      timeByStrategy,
      over: this.overState ? { ...this.overState } : null,
    };
  }

  // ---- Time ---------------------------------------------------------------------------------------

  private runTicks(count: number): void {
    for (let i = 0; i < count && !this.overState; i++) this.tick();
  }

  private tick(): void {
    const rate = this.currentRate();
    this.ticks++;
    const t = this.now;
    this.landSignals(t);
    this.finishYours(t);
    this.startYours(t);
    this.stepHelper(t);
    this.produce(rate, t);
    if (this.overState) return;
    this.watchWatermarks(t);
    const level = levelAt(t, this.rules);
    if (level !== this.level) {
      this.level = level;
      this.emit({ kind: 'level', at: t, level, ratePerSec: this.currentRate() });
    }
  }

  private currentRate(): number {
    const base = levelRate(this.level, this.rules);
    return this.slowed ? base * this.rules.slowProducer.slowFactor : base;
  }

  // ---- Producer and admission ---------------------------------------------------------------------

  private produce(ratePerSec: number, t: number): void {
    this.arrivalWork -= (ratePerSec * this.rules.tickMs) / 1000;
    if (this.slowed) this.holdBack(t);
    while (this.arrivalWork <= 0 && !this.overState) {
      this.arrive(t);
      this.arrivalWork += this.arrivals.exponential(1);
    }
  }

  /**
   * While slowed, the producer makes fewer blocks than its level asks for; the ones it does not
   * make are counted (at the expected rate, not drawn, so they cost the same in every game).
   */
  private holdBack(t: number): void {
    const full = levelRate(this.level, this.rules);
    this.heldBackWork +=
      (full * (1 - this.rules.slowProducer.slowFactor) * this.rules.tickMs) / 1000;
    while (this.heldBackWork >= 1) {
      this.heldBackWork -= 1;
      this.counts.heldBack++;
      this.score.heldBack += this.rules.scoring.perHeldBack;
      this.emit({ kind: 'held-back', at: t });
    }
  }

  private arrive(t: number): void {
    const id = this.nextId++;
    const { lanes, blockSizes, blockSizeWeights } = this.rules;
    const lane = Math.floor(hashUniform(this.seed, id, FIELD_LANE) * lanes);
    const sizeIndex = pickWeighted(
      blockSizeWeights,
      this.sizeTotalWeight,
      hashUniform(this.seed, id, FIELD_SIZE),
    );
    const block: Block = { id, lane, sizeBytes: blockSizes[sizeIndex] as number, arrivedAt: t };
    this.counts.arrived++;
    this.emit({ kind: 'arrived', at: t, block });
    const capacity = strategyCapacity(this.strategyNow, this.rules);
    if (
      this.strategyNow === 'reject-new' &&
      capacity !== null &&
      this.memory() + block.sizeBytes > capacity
    ) {
      this.drop(block, 'rejected', t);
    } else {
      this.buffer.push(block);
      if (this.strategyNow === 'drop-oldest') this.evictToCapacity(t);
    }
    this.notePeak();
    if (this.memory() > this.rules.memoryBudgetBytes) this.end('out-of-memory', t);
    else if (this.counts.dropped >= this.rules.dropBudget) this.end('too-many-drops', t);
  }

  /** Drop-oldest: throw away the oldest waiting blocks until the buffer is within its capacity. */
  private evictToCapacity(t: number): void {
    const capacity = this.rules.boundedCapacityBytes;
    while (this.memory() > capacity) {
      const oldest = this.buffer.takeOldest();
      if (!oldest) break; // only blocks in service are left, and those are never thrown away
      this.drop(oldest, 'evicted-oldest', t);
    }
    if (!this.overState && this.counts.dropped >= this.rules.dropBudget)
      this.end('too-many-drops', t);
  }

  private drop(block: Block, reason: DropReason, t: number): void {
    this.counts.dropped++;
    if (reason === 'rejected') this.counts.rejected++;
    else this.counts.evicted++;
    this.score.drops += this.rules.scoring.perDrop;
    this.emit({ kind: 'dropped', at: t, block, reason });
  }

  // ---- Slow-down signals --------------------------------------------------------------------------

  /** Under "slow the producer", the buffer's fill decides which signal to send, with hysteresis. */
  private watchWatermarks(t: number): void {
    if (this.strategyNow !== 'slow-producer' || this.overState) return;
    const { highWatermarkBytes, lowWatermarkBytes } = this.rules.slowProducer;
    const bytes = this.memory();
    if (!this.slowWanted && bytes >= highWatermarkBytes) this.sendSignal('slow', t);
    else if (this.slowWanted && bytes <= lowWatermarkBytes) this.sendSignal('resume', t);
  }

  private sendSignal(kind: SignalKind, t: number): void {
    this.slowWanted = kind === 'slow';
    const landsAt = t + this.rules.slowProducer.signalDelayMs;
    this.signals.push({ kind, landsAt });
    this.emit({ kind: 'signal-sent', at: t, signal: kind, landsAt });
  }

  private landSignals(t: number): void {
    while (this.signals.length > 0 && this.signals[0]!.landsAt <= t) {
      const signal = this.signals.shift()!;
      this.slowed = signal.kind === 'slow';
      this.emit({ kind: 'signal-landed', at: t, signal: signal.kind });
    }
  }

  // ---- Consumers ----------------------------------------------------------------------------------

  private finishYours(t: number): void {
    if (this.yours && t >= this.yours.endsAt) {
      this.deliver(this.yours.block, 'you', t);
      this.yours = null;
    }
  }

  private startYours(t: number): void {
    while (!this.yours && t >= this.busyUntil && this.presses.length > 0) {
      const lane = this.presses.shift()!;
      const block = this.buffer.takeFromLane(lane);
      if (block) {
        this.yours = this.serve(block, 'you', t, this.rules.serviceMsPerKB);
        this.busyUntil = this.yours.endsAt;
      } else {
        this.counts.emptyPresses++;
        this.score.emptyPresses += this.rules.scoring.perEmptyPress;
        this.busyUntil = t + this.rules.emptyPollMs;
        this.emit({ kind: 'empty-press', at: t, lane });
      }
    }
  }

  private stepHelper(t: number): void {
    if (this.helperPhase !== 'ready' && t >= this.helperPhaseEndsAt) {
      const { workMs, cooldownMs } = this.rules.helper;
      if (this.helperPhase === 'starting') this.setHelperPhase('working', t + workMs, t);
      else if (this.helperPhase === 'working') this.setHelperPhase('resting', t + cooldownMs, t);
      else this.setHelperPhase('ready', t, t);
    }
    if (this.helperWork && t >= this.helperWork.endsAt) {
      this.deliver(this.helperWork.block, 'helper', t);
      this.helperWork = null;
    }
    // The helper takes the oldest block of all: it does not choose, it just works.
    if (this.helperPhase === 'working' && !this.helperWork) {
      const block = this.buffer.takeOldest();
      if (block) this.helperWork = this.serve(block, 'helper', t, this.rules.helper.serviceMsPerKB);
    }
  }

  private setHelperPhase(phase: HelperPhase, endsAt: number, t: number): void {
    this.helperPhase = phase;
    this.helperPhaseEndsAt = endsAt;
    this.emit({ kind: 'helper', at: t, phase });
  }

  private serve(block: Block, by: Consumer, t: number, msPerKB: number): InService {
    this.emit({ kind: 'started', at: t, block, by });
    return { block, startedAt: t, endsAt: t + (block.sizeBytes / 1000) * msPerKB };
  }

  private deliver(block: Block, by: Consumer, t: number): void {
    const waitedMs = t - block.arrivedAt;
    const penalty = latencyPenalty(waitedMs, this.rules);
    const points = this.rules.scoring.perDelivery - penalty;
    this.counts.delivered++;
    if (by === 'helper') this.counts.deliveredByHelper++;
    this.score.deliveries += this.rules.scoring.perDelivery;
    this.score.latency += penalty;
    this.latencySumMs += waitedMs;
    if (waitedMs > this.latencyMaxMs) this.latencyMaxMs = waitedMs;
    this.emit({ kind: 'delivered', at: t, block, by, waitedMs, points });
  }

  // ---- Bookkeeping --------------------------------------------------------------------------------

  /** Memory in use: the waiting blocks and the ones being processed. */
  private memory(): number {
    return (
      this.buffer.bytes +
      (this.yours ? this.yours.block.sizeBytes : 0) +
      (this.helperWork ? this.helperWork.block.sizeBytes : 0)
    );
  }

  private notePeak(): void {
    const bytes = this.memory();
    if (bytes > this.peakMemory) this.peakMemory = bytes;
  }

  private end(reason: GameOverReason, t: number): void {
    this.overState = { reason, at: t };
    this.emit({ kind: 'game-over', at: t, reason });
  }

  /** Records an action taken now; false once the game is over, when actions change nothing. */
  private record(action: GameAction): boolean {
    if (this.overState) return false;
    this.recorded.push({ atMs: this.now, action });
    return true;
  }

  private emit(event: GameEvent): void {
    this.changes++;
    this.events.push(event);
    if (this.events.length > 2 * MAX_EVENTS) this.events.splice(0, MAX_EVENTS);
  }
}

/** Plays a game again from its seed and its timed inputs, up to `untilMs` (or the last input). */
export function replayGame(
  seed: number,
  inputs: readonly TimedInput[],
  untilMs?: number,
  rules: GameRules = DEFAULT_RULES,
): Game {
  const game = new Game(seed, rules);
  for (const { atMs, action } of inputs) {
    game.advanceTo(atMs);
    game.dispatch(action);
  }
  if (untilMs !== undefined) game.advanceTo(untilMs);
  game.drainEvents();
  return game;
}
