/**
 * The discrete-event simulation of producer → queue → consumers. Time is simulated milliseconds;
 * events are processed in (time, sequence) order; all randomness comes from seeded streams. The same
 * scenario and seed give the same run, bit for bit, wherever it runs.
 */
import { Blocked } from './blocked.ts';
import { peakRate, rateSegmentAt, type RateSegment } from './arrivalPattern.ts';
import { EV, EventLog } from './eventLog.ts';
import { EventQueue } from './eventQueue.ts';
import { DEFAULT_LIMITS, EVENT_COMPACTION_THRESHOLD, type EngineLimits } from './limits.ts';
import { Message } from './message.ts';
import { hashUniform, pickWeighted, Random, STREAM } from './random.ts';
import type { Scenario } from './scenario.ts';
import { SeriesRing, type SeriesView } from './series.ts';
import { buildSummary, takeBaseline, type Baseline, type SinceChange } from './summary.ts';
import { DROP_REASONS, type DropReason, type Summary } from './types.ts';
import { WaitingRoom } from './waitingRoom.ts';
import { Worker, WorkerState } from './worker.ts';
import { Meter, type Integrals } from './meter.ts';
import { Sampler } from './sampler.ts';
import type { EngineReadout } from './engineReadout.ts';
import { Admit, CircuitBreaker, retryDelay, RetryBudget } from './requesters.ts';
import { TriggerEffects, type InjectedTrigger, type TriggerBand } from './triggers.ts';
import { takeEverythingInFlight } from './resetOutage.ts';
import { CoDel, DISCIPLINE, disciplineCode, lifoNow, type DisciplineCode } from './disciplines.ts';
import { heldBackBetween } from './demand.ts';
import type { Trigger } from './scenario.ts';
import { creditWindowOf } from './creditWindow.ts';
import { LimitReq, REFUSED } from './limitReq.ts';
import { Pipeline, type PipelineHost } from './pipeline/pipeline.ts';
import type { StageSeriesView } from './pipeline/stageSeries.ts';

/** Each drop reason's index in DROP_REASONS: the engine passes reasons around as these numbers. */
/** Each trigger kind's number in the event log's 'trigger' events; 3 is an outage that resets. */
const TRIGGER_CODE = { spike: 0, slowdown: 1, outage: 2 } as const;
const RESET_CODE = 3;

const REASON = Object.fromEntries(DROP_REASONS.map((r, i) => [r, i])) as Record<DropReason, number>;

/**
 * Reasons whose message costs the consumers time to turn away when refusal has a cost
 * (consumers.refusalCostMs): refused at a full queue, evicted, flushed, expired or shed. Not the rate
 * limiter's (a gateway's work), a crash's, a conflation's or an open breaker's.
 */
const COSTLY = DROP_REASONS.map((r) =>
  [
    'rejected',
    'evicted-oldest',
    'evicted-youngest',
    'flushed',
    'priority',
    'expired',
    'shed',
  ].includes(r),
);

/** How many times as long processing takes under this load (consumers.slowUnderLoad). */
function slowdownFactor(
  load: NonNullable<Scenario['consumers']['slowUnderLoad']>,
  level: number,
): number {
  const over = level - load.above;
  return over <= 0 ? 1 : Math.min(load.maxFactor, 1 + load.perUnit * over);
}

/** Service-time distributions, as numbers for the hot path. */
const SERVICE = { constant: 0, exponential: 1, uniform: 2, lognormal: 3 } as const;
type ServiceKind = (typeof SERVICE)[keyof typeof SERVICE];

// Internal event kinds. Numbers, not strings: this is the hottest code in the project.
const ARRIVAL = 0;
const SERVICE_END = 1;
const RETRY = 2;
const SIGNAL = 3;
const CREDIT = 4;
const FEEDBACK_TICK = 5;
const AUTOSCALE_TICK = 6;
const WORKER_READY = 7;
const RESTART = 8;
const EXPIRE = 9;
const SAMPLE = 10;
const TIMEOUT = 11;
const TRIGGER_START = 12;
const TRIGGER_END = 13;

/** Ids of retry copies (see Engine.retryAfterTimeout) start here, far above any produced message's. */
const COPY_ID_BASE = 2 ** 40;
const LIMIT_RELEASE = 14;

// Blocked lives in its own module so the page can read a producer's state without the engine.
export { Blocked } from './blocked.ts';

/** What a pending event refers to: the message of a retry, the worker of a completion or cold start. */
type EventRef = Message | Worker;

/**
 * Events handled per call of `drain`. A long run is one `advanceTo` call; were its loop one call too,
 * V8 could only optimize it on the stack (OSR), and a single deoptimization (a branch first taken
 * late, such as the first full queue) would leave the rest of the run in unoptimized code. Batches
 * are fresh calls, which V8 optimizes, and re-optimizes, as usual. The order of events is the same.
 */
const BATCH = 1024;

/** How many segments of a rate pattern to look through before pausing the search for an arrival. */
const MAX_SEGMENTS_PER_SEARCH = 1000;
const CONTINUE_SEARCH = -1;

export interface SimulationOptions {
  /** Capacity of the animation event log; 0 turns it off (headless runs). Default 4096. */
  eventCapacity?: number;
  /**
   * Smaller memory limits than the machine's (limits.ts), so tests can reach them in a short run.
   * Leave it out anywhere else.
   */
  limits?: Partial<EngineLimits> & { eventCompactionThreshold?: number };
}

/** Why the consumer process last crashed: its memory budget, or the machine's memory. */
export type CrashCause = 'memory-budget' | 'machine-memory';

/** Where a message the engine holds is (see Engine.inspect). */
export type MessagePlace =
  | 'waiting'
  | 'in-service'
  | 'retry-wait'
  | 'rate-delayed'
  | 'held'
  | 'spare'
  // A pipeline's: held by a blocked first-stage consumer; anywhere in a later stage.
  | 'handing-on'
  | 'later-stage';

/** What the engine holds right now, counted by walking its structures (see Engine.inspect). */
export interface EngineInspection {
  waiting: number;
  inService: number;
  retryWaiting: number;
  /** Requests the rate limit is delaying (nginx limit_req without nodelay). */
  rateDelayed: number;
  held: number;
  spare: number;
  /** Every message above: the engine's memory, in messages. */
  messages: number;
  /** Messages in the system (not spare) that hold one of the producer's credits. */
  creditedMessages: number;
  /** Credits on their way back to the producer. */
  creditsInFlight: number;
  /** Watermark signals on their way to the producer. */
  signalsInFlight: number;
  /** Pending events, stale ones included. */
  pendingEvents: number;
  /** A pipeline's: held by blocked first-stage consumers, and anywhere in the later stages. */
  handingOn: number;
  laterStages: number;
}

export interface Simulation {
  /** Simulated time, ms. */
  readonly now: number;
  readonly scenario: Scenario;
  /** Advances by `durationMs` of simulated time. */
  run(durationMs: number): void;
  /** When the next pending event happens, ms; Infinity if none. */
  nextEventTime(): number;
  /** Processes every event up to and including `timeMs`. */
  advanceTo(timeMs: number): void;
  summary(): Summary;
  readonly series: SeriesView;
  /** Animation events; null when the log is off. */
  readonly events: EventLog | null;
}

/** Creates a simulation of a validated scenario (see parseScenario). */
export function createSimulation(scenario: Scenario, options: SimulationOptions = {}): Engine {
  return new Engine(scenario, options);
}

/** Whether a change touches the periodic timers (feedback, autoscaler, sampling). */
function timersChanged(a: Scenario, b: Scenario): boolean {
  const fa = a.feedback;
  const fb = b.feedback;
  const feedbackTimer = (f: Scenario['feedback']) =>
    f.kind === 'watermark' && f.mode === 'rate' ? f.intervalMs : -1;
  const scaleTimer = (s: Scenario) => s.consumers.autoscale?.intervalMs ?? -1;
  return (
    feedbackTimer(fa) !== feedbackTimer(fb) ||
    scaleTimer(a) !== scaleTimer(b) ||
    a.metrics.sampleIntervalMs !== b.metrics.sampleIntervalMs
  );
}

export class Engine implements Simulation, EngineReadout {
  now = 0;
  readonly events: EventLog | null;
  readonly meter: Meter;
  readonly room: WaitingRoom;
  readonly seriesRing: SeriesRing;
  /** Active workers, in lane order. Retiring ones are kept apart until they finish. */
  readonly workers: Worker[] = [];
  readonly retiring: Worker[] = [];
  inService = 0;
  /** Workers able to take work now (idle or busy), for utilisation. */
  readyWorkers = 0;

  // Producer
  blocked: Blocked = Blocked.no;
  held: Message | null = null;
  /** Cap on the producer's rate set by feedback signals, messages/s; Infinity when unthrottled. */
  rateCap = Infinity;
  credits = 0;
  /**
   * Credits taken and not yet back: held by a message in the system or on their way home. In credit
   * mode, credits + creditsOut is the window in force (creditWindow.ts: the window, capped at the
   * queue's capacity); a changed window, capacity or kind keeps that true.
   */
  private creditsOut = 0;
  private nextMessageId = 0;
  private arrivalGen = 0;
  /**
   * The next arrival, kept out of the event queue: there is never more than one live arrival, and it
   * is the most frequent event, so this spares a heap insertion and removal per message. It takes
   * its sequence number from the queue like any event, so events come in exactly the order they
   * would if it were in the heap; a superseded arrival is moved into the heap (see retireArrival).
   */
  private arrivalPending = false;
  private arrivalAt = 0;
  private arrivalSeq = 0;
  /** Rate-integral still to cover, from `arrivalFrom`, before the next message is made. */
  private arrivalWork = 0;
  private arrivalFrom = 0;
  private readonly segment: RateSegment = { ratePerSec: 0, end: 0 };

  // Admission
  private readonly limiter = new LimitReq();
  /** Requests the rate limit is delaying now, each waiting its turn at the limit's rate. */
  rateDelayed = 0;
  crashed = false;
  /** Why the consumer process last crashed; null before the first crash. */
  crashCause: CrashCause | null = null;
  /** When a crashed consumer process comes back. */
  restartAt = 0;
  retryWaiting = 0;
  private signalsInFlight = 0;
  /** Pause mode: the consumers' last signal was "stop" (XOFF), so the next one will be "resume". */
  private stopSent = false;
  private expiryAt = Infinity;
  private expiryGen = 0;
  private timerGen = 0;
  private lastScaleAt = -Infinity;
  private nextWorkerId = 0;

  // Requesters, triggers and the queue's discipline: all off unless the scenario asks (see flatten).
  private timeoutMs = Infinity;
  private timeoutSeq = 0;
  /** Copies whose requester gave up, still waiting or in service (counted in room and inService). */
  abandonedHere = 0;
  private copyIds = 0;
  budget: RetryBudget | null = null;
  breaker: CircuitBreaker | null = null;
  private skipAbandoned = false;
  private propagateDeadline = false;
  private refusalCostMs = 0;
  private slowUnderLoad: Scenario['consumers']['slowUnderLoad'] = null;
  /** Consumer time owed for refusals and skips, paid by the next service to start. */
  private consumerDebtMs = 0;
  private discipline: DisciplineCode = DISCIPLINE.fifo;
  private lifoAboveDepth = Infinity;
  private readonly codel = new CoDel(0, 1);
  readonly triggers = new TriggerEffects();
  private triggerGen = 0;
  /** An outage that resets is in effect: the server is down and refuses every attempt at once. */
  private serverDown = false;
  /** Held-back demand is counted up to here (see settleHeldBack). */
  private heldBackAt = 0;
  private readonly heldSegment: RateSegment = { ratePerSec: 0, end: 0 };

  private readonly sampler = new Sampler();
  /** The later stages of a pipeline (scenario.downstream); null for a single stage. */
  readonly pipeline: Pipeline | null = null;
  /**
   * Messages that have left the system, kept for reuse: a long run makes millions, and recycling
   * them spares the garbage collector. Nothing outside the engine holds a Message (snapshots copy).
   */
  private readonly spareMessages: Message[] = [];
  private readonly queue: EventQueue<EventRef>;
  // The memory limits (limits.ts).
  private readonly hostLimit: number;
  private readonly retryLimit: number;
  private readonly spareLimit: number;
  private readonly signalLimit: number;
  private readonly rngArrivals: Random;
  private readonly rngService: Random;
  private readonly rngRetries: Random;

  // Configuration, flattened for the hot path: one field read instead of a chain of objects and a
  // string comparison. flatten() sets them all; Infinity stands for "no limit".
  private sc: Scenario;
  private capacity = Infinity;
  private perKey = false;
  private conflate = false;
  private spacingPoisson = true;
  private priorityTotal = 1;
  private creditFeedback = false;
  /** A steady pattern's rate, messages/s; -1 when the pattern varies. */
  private steadyRate = -1;
  private keyCount = 1;
  private sizeMin = 0;
  private sizeSpan = 0;
  private maxAgeMs = Infinity;
  private memoryBudget = Infinity;
  private deadlineMs = Infinity;
  private serviceKind: ServiceKind = SERVICE.constant;
  private serviceMeanMs = 0;
  private serviceMinMs = 0;
  private serviceSpreadMs = 0;
  private serviceSigma = 0;
  /** The pattern's peak rate is 0: it never asks for a message, so no arrival needs looking for. */
  private neverProduces = false;
  /** Pause-mode watermarks: stop at this depth (Infinity: not in pause mode) and resume at that one. */
  private pauseHigh = Infinity;
  private pauseLow = -1;

  constructor(scenario: Scenario, options: SimulationOptions) {
    this.sc = scenario;
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.hostLimit = limits.hostMessages;
    this.retryLimit = limits.retryWaiting;
    this.spareLimit = limits.spareMessages;
    this.signalLimit = limits.signalsInFlight;
    this.queue = new EventQueue<EventRef>(
      (kind, gen, ref) => this.isStale(kind, gen, ref),
      options.limits?.eventCompactionThreshold ?? EVENT_COMPACTION_THRESHOLD,
    );
    const capacity = options.eventCapacity ?? 4096;
    this.events = capacity > 0 ? new EventLog(capacity) : null;
    this.rngArrivals = new Random(scenario.seed, STREAM.arrivals);
    this.rngService = new Random(scenario.seed, STREAM.service);
    this.rngRetries = new Random(scenario.seed, STREAM.retries);
    this.meter = new Meter(scenario.workload.keyCount);
    this.room = new WaitingRoom(scenario.workload.keyCount);
    this.seriesRing = new SeriesRing(scenario.metrics.seriesLength);
    this.flatten();
    this.credits = creditWindowOf(scenario) ?? 0;
    for (let i = 0; i < scenario.consumers.count; i++) this.addWorker(false);
    this.arrivalWork = this.sampleArrivalWork();
    this.scheduleArrival();
    this.startTimers();
    this.scheduleTriggers();
    if (scenario.downstream !== undefined && scenario.downstream.length > 0)
      this.pipeline = new Pipeline(scenario, this.pipelineHost());
  }

  /** What the pipeline's later stages may ask of the first stage (see pipeline/pipeline.ts). */
  private pipelineHost(): PipelineHost {
    return {
      now: () => this.now,
      meter: this.meter,
      schedule: (time, kind, gen, ref) => this.schedule(time, kind, gen, ref),
      freeFirstStageWorker: (w) => this.freeWorker(w),
      leftFirstStage: (m) => this.returnCredit(m),
      finish: (m, w) => this.complete(m, w),
      lose: (m, reason) => this.leaveChain(m, reason),
    };
  }

  get scenario(): Scenario {
    return this.sc;
  }

  get series(): SeriesView {
    return this.seriesRing;
  }

  /** A pipeline's per-stage series (depth, blocked consumers, drops), sampled with `series`; null for one stage. */
  get stageSeries(): StageSeriesView | null {
    return this.pipeline === null ? null : this.pipeline.series;
  }

  private flatten(): void {
    const sc = this.sc;
    const w = sc.workload;
    this.capacity = sc.queue.capacity ?? Infinity;
    this.perKey = sc.consumers.ordering === 'per-key';
    this.conflate = sc.queue.conflateByKey;
    this.spacingPoisson = w.spacing === 'poisson';
    this.priorityTotal = w.priorityWeights.reduce((a, b) => a + b, 0);
    this.creditFeedback = sc.feedback.kind === 'credit';
    this.steadyRate = w.pattern.kind === 'steady' ? w.pattern.ratePerSec : -1;
    this.keyCount = w.keyCount;
    this.sizeMin = w.sizeBytes.min;
    this.sizeSpan = w.sizeBytes.max - w.sizeBytes.min;
    this.maxAgeMs = sc.queue.maxAgeMs ?? Infinity;
    this.memoryBudget = sc.queue.memoryBudgetBytes ?? Infinity;
    this.deadlineMs = sc.metrics.deadlineMs ?? Infinity;
    const s = sc.consumers.service;
    this.serviceKind = SERVICE[s.kind];
    this.serviceMeanMs = s.kind === 'uniform' ? 0 : s.meanMs;
    this.serviceMinMs = s.kind === 'uniform' ? s.minMs : 0;
    this.serviceSpreadMs = s.kind === 'uniform' ? s.maxMs - s.minMs : 0;
    this.serviceSigma = s.kind === 'lognormal' ? s.sigma : 0;
    this.room.trackPriorities(sc.queue.whenFull === 'drop-lowest-priority');
    this.neverProduces = peakRate(w.pattern) === 0;
    const r = sc.requester;
    this.timeoutMs = r.timeoutMs ?? Infinity;
    this.propagateDeadline = r.propagateDeadline;
    this.skipAbandoned = sc.consumers.skipAbandoned;
    this.refusalCostMs = sc.consumers.refusalCostMs;
    this.slowUnderLoad = sc.consumers.slowUnderLoad;
    const d = sc.queue.discipline;
    this.discipline = disciplineCode(d);
    this.lifoAboveDepth =
      d.kind === 'adaptive-lifo' ? d.lifoAboveDepth : d.kind === 'lifo' ? -1 : Infinity;
    if (d.kind === 'codel') this.codel.configure(d.targetMs, d.intervalMs);
    // A budget or breaker keeps its state through unrelated changes; a changed one starts afresh.
    const budget = JSON.stringify(r.retryBudget);
    if (r.retryBudget === null) this.budget = null;
    else if (this.budget === null || this.budgetPolicy !== budget)
      this.budget = new RetryBudget(r.retryBudget);
    this.budgetPolicy = budget;
    const breaker = JSON.stringify(r.circuitBreaker);
    if (r.circuitBreaker === null) this.breaker = null;
    else if (this.breaker === null || this.breakerPolicy !== breaker)
      this.breaker = new CircuitBreaker(r.circuitBreaker);
    this.breakerPolicy = breaker;
    const f = sc.feedback;
    const pause = f.kind === 'watermark' && f.mode === 'pause';
    this.pauseHigh = pause ? f.highWatermark : Infinity;
    this.pauseLow = pause ? f.lowWatermark : -1;
  }

  /** The budget's and the breaker's settings as last applied, to tell a real change from a copy. */
  private budgetPolicy = 'null';
  private breakerPolicy = 'null';

  // ---- The event loop ---------------------------------------------------------------------------

  run(durationMs: number): void {
    this.advanceTo(this.now + durationMs);
  }

  nextEventTime(): number {
    return Math.min(this.arrivalPending ? this.arrivalAt : Infinity, this.queue.nextTime());
  }

  advanceTo(timeMs: number): void {
    while (this.drain(timeMs, BATCH) === BATCH);
    // The time integrals are only ever advanced to event times, so how a run is stepped cannot change
    // a single bit of its results; summary() adds the stretch since the last event on the fly.
    if (timeMs > this.now) this.now = timeMs;
  }

  /** Handles at most `limit` events up to and including `timeMs`, in order; returns how many. */
  private drain(timeMs: number, limit: number): number {
    const queue = this.queue;
    let handled = 0;
    for (; handled < limit; handled++) {
      if (this.arrivalIsNext()) {
        if (this.arrivalAt > timeMs) break;
        this.arrivalPending = false;
        this.integrateTo(this.arrivalAt);
        this.handle(ARRIVAL, this.arrivalGen, null);
      } else {
        if (queue.size === 0 || queue.nextTime() > timeMs) break;
        queue.pop();
        // Stale events too end a stretch of the integrals: they always have, and results depend on
        // exactly where the integrals are split, down to the last bit.
        this.integrateTo(queue.time);
        this.handle(queue.kind, queue.gen, queue.ref);
      }
    }
    return handled;
  }

  /** Whether the pending arrival comes before everything in the queue, by (time, sequence). */
  private arrivalIsNext(): boolean {
    if (!this.arrivalPending) return false;
    const queue = this.queue;
    if (queue.size === 0) return true;
    const t = queue.nextTime();
    return this.arrivalAt < t || (this.arrivalAt === t && this.arrivalSeq < queue.nextSeq());
  }

  private integrateTo(t: number): void {
    this.meter.integrateTo(
      t,
      this.room.count,
      this.inService,
      this.readyWorkers,
      this.workers.length,
      this.blocked !== Blocked.no,
    );
    this.now = t;
  }

  /** Integrals as they stand now, including the stretch since the last event. */
  integralsNow(): Integrals {
    return this.meter.integralsAt(
      this.now,
      this.room.count,
      this.inService,
      this.readyWorkers,
      this.workers.length,
      this.blocked !== Blocked.no,
    );
  }

  private schedule(time: number, kind: number, gen: number, ref: EventRef | null): void {
    this.queue.push(time, kind, gen, ref);
  }

  /**
   * Whether a pending event will do nothing when its time comes, whatever happens until then: its
   * generation stamp is out of date, and stamps only ever move on. (Each arrival in the queue is a
   * superseded one; the live arrival is kept outside it.) The queue drops these once it is large.
   */
  private isStale(kind: number, gen: number, ref: EventRef | null): boolean {
    switch (kind) {
      case ARRIVAL:
        return gen !== this.arrivalGen;
      case SERVICE_END:
      case WORKER_READY:
        return gen !== (ref as Worker).epoch;
      case FEEDBACK_TICK:
      case AUTOSCALE_TICK:
      case SAMPLE:
        return gen !== this.timerGen;
      case EXPIRE:
        return gen !== this.expiryGen;
      case TIMEOUT:
        return gen !== (ref as Message).timeoutGen;
      case TRIGGER_START:
        return gen !== this.triggerGen;
      default:
        return false;
    }
  }

  private handle(kind: number, gen: number, ref: EventRef | null): void {
    switch (kind) {
      case ARRIVAL:
        // Superseded arrivals (see retireArrival) do nothing.
        if (gen === this.arrivalGen) this.onArrival();
        break;
      case SERVICE_END: {
        const w = ref as Worker;
        if (gen === w.epoch) this.onServiceEnd(w);
        break;
      }
      case RETRY:
        this.onRetry(ref as Message);
        break;
      case SIGNAL:
        this.onSignal(gen);
        break;
      case CREDIT:
        this.onCredit();
        break;
      case FEEDBACK_TICK:
        if (gen === this.timerGen) this.onFeedbackTick();
        break;
      case AUTOSCALE_TICK:
        if (gen === this.timerGen) this.onAutoscaleTick();
        break;
      case WORKER_READY: {
        const w = ref as Worker;
        if (gen === w.epoch) this.onWorkerReady(w);
        break;
      }
      case RESTART:
        this.onRestart();
        break;
      case EXPIRE:
        if (gen === this.expiryGen) this.onExpire();
        break;
      case SAMPLE:
        if (gen === this.timerGen) this.onSample();
        break;
      case TIMEOUT: {
        const m = ref as Message;
        if (gen === m.timeoutGen) this.onTimeout(m);
        break;
      }
      case TRIGGER_START:
        if (gen === this.triggerGen) this.onScheduledTrigger();
        break;
      case TRIGGER_END:
        this.onTriggerEnd(gen);
        break;
      case LIMIT_RELEASE:
        this.onLimitRelease(ref as Message);
        break;
      default:
        this.pipeline?.handle(kind, gen, ref);
    }
  }

  // ---- Producer ---------------------------------------------------------------------------------

  /** Rate-integral to cover before the next message: 1 for even spacing, Exp(1) for Poisson. */
  private sampleArrivalWork(): number {
    return this.spacingPoisson ? this.rngArrivals.exponential(1) : 1;
  }

  /**
   * Finds when the rate, integrated from `arrivalFrom`, reaches `arrivalWork`, and schedules the
   * arrival then. Exact for piecewise-constant rates; a rate of zero forever schedules nothing.
   */
  private scheduleArrival(): void {
    this.retireArrival();
    const gen = ++this.arrivalGen;
    let t = this.arrivalFrom;
    let work = this.arrivalWork;
    const boost = this.triggers.rateFactor;
    if (this.steadyRate > 0 && this.rateCap === Infinity) {
      this.planArrival(t + (work * 1000) / (this.steadyRate * boost));
      return;
    }
    // Nothing to find, however far one looks (a signal or a change of settings plans again).
    if (this.neverProduces || this.rateCap === 0) return;
    const seg = this.segment;
    const pattern = this.sc.workload.pattern;
    for (let i = 0; i < MAX_SEGMENTS_PER_SEARCH; i++) {
      rateSegmentAt(pattern, t, seg);
      const asked = seg.ratePerSec * boost;
      const rate = asked < this.rateCap ? asked : this.rateCap;
      if (rate > 0) {
        const dt = (work * 1000) / rate;
        if (t + dt <= seg.end) {
          this.planArrival(t + dt);
          return;
        }
        work -= (rate * (seg.end - t)) / 1000;
      }
      if (seg.end === Infinity) return;
      t = seg.end;
    }
    // A long quiet stretch: remember how far the search got and continue it from there later.
    this.arrivalFrom = t;
    this.arrivalWork = work;
    this.planArrival(t);
    this.arrivalSearchPaused = gen;
  }

  private arrivalSearchPaused = CONTINUE_SEARCH;

  private planArrival(time: number): void {
    this.arrivalPending = true;
    this.arrivalAt = time;
    this.arrivalSeq = this.queue.takeSeq();
  }

  /**
   * A planned arrival that a new plan supersedes still takes its turn, as an event that does
   * nothing: every event ends a stretch of the time integrals, so dropping it would change results
   * in the last bits. It goes into the queue with the sequence number it was given.
   */
  private retireArrival(): void {
    if (!this.arrivalPending) return;
    this.arrivalPending = false;
    this.queue.pushAt(this.arrivalAt, this.arrivalSeq, ARRIVAL, this.arrivalGen, null);
  }

  /** The rate-integral covered between `arrivalFrom` and now, under the current pattern and cap. */
  private coveredSinceArrivalFrom(): number {
    if (this.neverProduces || this.rateCap === 0) return 0;
    let t = this.arrivalFrom;
    let covered = 0;
    const seg = this.segment;
    while (t < this.now) {
      rateSegmentAt(this.sc.workload.pattern, t, seg);
      const rate = Math.min(seg.ratePerSec * this.triggers.rateFactor, this.rateCap);
      const end = Math.min(seg.end, this.now);
      covered += (rate * (end - t)) / 1000;
      t = end;
    }
    return covered;
  }

  /** Call before changing the rate cap or pattern, then `replanArrival` after. */
  private settleArrivalProgress(): void {
    if (this.blocked !== Blocked.no) return;
    this.arrivalWork = Math.max(0, this.arrivalWork - this.coveredSinceArrivalFrom());
    this.arrivalFrom = this.now;
  }

  private onArrival(): void {
    const t = this.now;
    if (this.arrivalSearchPaused === this.arrivalGen) {
      this.arrivalSearchPaused = CONTINUE_SEARCH;
      this.scheduleArrival();
      return;
    }
    const m = this.makeMessage(t);
    this.arrivalFrom = t;
    this.arrivalWork = this.sampleArrivalWork();
    this.send(m);
    if (this.blocked === Blocked.no) this.scheduleArrival();
  }

  private makeMessage(t: number): Message {
    const id = this.nextMessageId++;
    const seed = this.sc.seed;
    const keyCount = this.keyCount;
    const key = keyCount === 1 ? 0 : Math.floor(hashUniform(seed, id, 0) * keyCount);
    const weights = this.sc.workload.priorityWeights;
    const priority =
      weights.length === 1
        ? 0
        : pickWeighted(weights, this.priorityTotal, hashUniform(seed, id, 1));
    const span = this.sizeSpan;
    const size =
      this.sizeMin + (span === 0 ? 0 : Math.floor(hashUniform(seed, id, 2) * (span + 1)));
    const recycled = this.spareMessages.pop();
    const m =
      recycled !== undefined
        ? recycled.reuse(id, key, priority, size, t)
        : new Message(id, key, priority, size, t);
    this.meter.produced++;
    this.budget?.deposit();
    this.events?.write(EV.produce, t, m.id, key, priority);
    return m;
  }

  /** The producer hands a new message over, subject to credit and, under `block`, to room. */
  private send(m: Message): void {
    if (this.breaker !== null && !this.breakerAdmits(m)) return;
    if (this.creditFeedback) {
      if (this.credits < 1) {
        this.hold(m, Blocked.noCredit);
        return;
      }
      this.credits--;
      this.creditsOut++;
      m.credit = true;
    }
    if (!this.offer(m, true)) this.hold(m, Blocked.queueFull);
  }

  private hold(m: Message, why: Blocked): void {
    this.settleHeldBack();
    this.blocked = why;
    this.held = m;
    this.events?.write(EV.block, this.now, m.id, why === Blocked.noCredit ? 1 : 0);
  }

  /** Lets a blocked producer go on when what it waits for (room or a credit) is there. */
  private tryRelease(): void {
    const m = this.held;
    if (m === null) return;
    if (this.blocked === Blocked.noCredit) {
      if (this.creditFeedback) {
        if (this.credits < 1) return;
        this.credits--;
        this.creditsOut++;
        m.credit = true;
      }
      this.settleHeldBack();
      this.blocked = Blocked.no;
      this.held = null;
      if (!this.offer(m, true)) {
        this.hold(m, Blocked.queueFull);
        return;
      }
    } else {
      if (!this.hasRoomFor(m) && this.sc.queue.whenFull === 'block') return;
      this.settleHeldBack();
      this.blocked = Blocked.no;
      this.held = null;
      this.admit(m, false);
    }
    this.events?.write(EV.unblock, this.now, m.id);
    this.arrivalFrom = this.now;
    this.scheduleArrival();
  }

  private hasRoomFor(m: Message): boolean {
    return this.room.count < this.capacity || this.idleWorkerFor(m) !== null;
  }

  // ---- Admission --------------------------------------------------------------------------------

  /**
   * One attempt to put a message into the system. Returns false only when the producer must block
   * (whenFull = block, queue full, the message comes from the producer itself).
   */
  private offer(m: Message, fromProducer: boolean): boolean {
    const meter = this.meter;
    meter.offered++;
    meter.bytesSent += m.size;
    m.attempts++;
    if (this.crashed) {
      this.refuse(m, REASON['oom']);
      return true;
    }
    const limit = this.sc.rateLimit;
    if (limit !== null) {
      const wait = this.limiter.admit(this.now, limit);
      if (wait === REFUSED) {
        this.refuse(m, REASON['rate-limited']);
        return true;
      }
      if (wait > 0) {
        // Let in, but it waits its turn at the limit's rate (nginx's delayed burst) before going on.
        this.rateDelayed++;
        this.events?.write(EV.delay, this.now, m.id, wait, this.now + wait);
        this.schedule(this.now + wait, LIMIT_RELEASE, 0, m);
        return true;
      }
    }
    return this.admit(m, fromProducer);
  }

  /** A request the rate limit delayed goes on to the consumers, as it would have on arrival. */
  private onLimitRelease(m: Message): void {
    this.rateDelayed--;
    if (this.crashed) this.refuse(m, REASON['oom']);
    // Nobody is blocked holding it now, so a full queue under `block` turns it away.
    else this.admit(m, false);
  }

  private admit(m: Message, fromProducer: boolean): boolean {
    if (this.serverDown) {
      this.refuse(m, REASON['reset']);
      return true;
    }
    const room = this.room;
    if (this.conflate) {
      const stale = room.latestOfKey(m.key);
      if (stale !== null) {
        this.accept(m);
        room.replace(stale, m);
        this.events?.write(EV.conflate, this.now, m.id, stale.id);
        this.loseAccepted(stale, REASON['conflated']);
        return true;
      }
    }
    const idle = this.idleWorkerFor(m);
    if (idle !== null) {
      this.accept(m);
      this.startService(idle, m);
      return true;
    }
    if (room.count < this.capacity) {
      this.accept(m);
      this.enqueue(m);
      return true;
    }
    switch (this.sc.queue.whenFull) {
      case 'block':
        if (fromProducer) return false;
        this.refuse(m, REASON['rejected']);
        return true;
      case 'reject':
        this.refuse(m, REASON['rejected']);
        return true;
      case 'drop-oldest':
        return this.evictThenEnqueue(room.oldest(), m, REASON['evicted-oldest']);
      case 'drop-youngest':
        return this.evictThenEnqueue(room.youngest(), m, REASON['evicted-youngest']);
      case 'drop-all':
        if (room.count === 0) {
          this.refuse(m, REASON['rejected']);
          return true;
        }
        room.clear((victim) => this.loseAccepted(victim, REASON['flushed']));
        this.resumeIfLow();
        this.accept(m);
        this.enqueue(m);
        return true;
      case 'drop-lowest-priority': {
        const victim = room.lowestPriority();
        if (victim !== null && victim.priority > m.priority) {
          // Everything waiting matters more than the newcomer: the newcomer is the one to go.
          this.meter.bytesWasted += m.size;
          this.lose(m, REASON['priority']);
          return true;
        }
        return this.evictThenEnqueue(victim, m, REASON['priority']);
      }
    }
  }

  private evictThenEnqueue(victim: Message | null, m: Message, reason: number): boolean {
    if (victim === null) {
      this.refuse(m, REASON['rejected']);
      return true;
    }
    this.room.remove(victim);
    this.loseAccepted(victim, reason);
    this.accept(m);
    this.enqueue(m);
    return true;
  }

  private accept(m: Message): void {
    this.meter.accepted++;
    m.acceptedAt = this.now;
    if (this.timeoutMs !== Infinity) {
      m.timeoutGen = ++this.timeoutSeq;
      this.schedule(this.now + this.timeoutMs, TIMEOUT, m.timeoutGen, m);
    }
  }

  private enqueue(m: Message): void {
    m.slotAt = this.now;
    const room = this.room;
    room.push(m, this.perKey ? m.key % this.workers.length : 0);
    this.meter.noteDepth(room.count, room.bytes);
    this.events?.write(EV.enqueue, this.now, m.id, m.lane);
    // Pause mode: the consumers say "stop" the moment the queue reaches the high watermark.
    if (room.count >= this.pauseHigh && !this.stopSent) this.sendPauseSignal(0);
    // Both false when there is no limit (Infinity).
    if (m.slotAt + this.maxAgeMs < this.expiryAt) this.scheduleExpiry(m.slotAt + this.maxAgeMs);
    if (room.bytes > this.memoryBudget) this.crash(room.bytes - this.memoryBudget);
    else if (room.count > this.hostLimit) this.crash(0);
  }

  /** The system turned an offer away; the producer may retry it later. */
  private refuse(m: Message, reason: number): void {
    const meter = this.meter;
    meter.rejections++;
    meter.bytesWasted += m.size;
    this.events?.write(EV.refuse, this.now, m.id, reason, m.attempts);
    if (this.refusalCostMs > 0 && COSTLY[reason]) this.consumerDebtMs += this.refusalCostMs;
    this.breaker?.failure(this.now, m.probe);
    const retry = this.sc.retry;
    if (retry.kind === 'none') {
      this.lose(m, reason);
      return;
    }
    // The last attempt is spent, or the producer has no memory left to keep one more for later.
    if (m.attempts >= retry.maxAttempts || this.retryWaiting >= this.retryLimit) {
      this.lose(m, REASON['gave-up']);
      return;
    }
    // The retry budget is spent: the request fails as it was refused.
    if (this.budget !== null && !this.budget.trySpend()) {
      this.lose(m, reason);
      return;
    }
    const delay = retryDelay(retry, m.attempts, this.rngRetries);
    this.retryWaiting++;
    this.events?.write(EV['retry-wait'], this.now, m.id, delay, m.attempts + 1);
    this.schedule(this.now + delay, RETRY, 0, m);
  }

  private onRetry(m: Message): void {
    this.retryWaiting--;
    this.meter.retries++;
    this.events?.write(EV.retry, this.now, m.id, 0, m.attempts + 1);
    if (this.breaker !== null && !this.breakerAdmits(m)) return;
    this.offer(m, false);
  }

  // ---- Requesters: timeouts, retry copies, wasted work ---------------------------------------------

  /**
   * The requester of `m` gives up on it. The copy stays where it is (waiting or in service) unless
   * the deadline propagates; the request is retried, as a new copy, if the retry policy, the budget
   * and the breaker allow, or else is lost as timed out.
   */
  private onTimeout(m: Message): void {
    m.timeoutGen = 0;
    // Timeouts turned off since this one was set: the requester now waits for ever.
    if (this.timeoutMs === Infinity) return;
    m.abandoned = true;
    this.abandonedHere++;
    this.meter.timedOut++;
    this.breaker?.failure(this.now, m.probe);
    const droppedBefore = this.meter.droppedTotal;
    this.retryAfterTimeout(m);
    this.pipeline?.noteTimeout(m, this.meter.droppedTotal > droppedBefore);
    if (this.propagateDeadline) this.withdraw(m);
  }

  private retryAfterTimeout(m: Message): void {
    const retry = this.sc.retry;
    if (
      retry.kind === 'none' ||
      m.attempts >= retry.maxAttempts ||
      this.retryWaiting >= this.retryLimit ||
      (this.budget !== null && !this.budget.trySpend())
    ) {
      this.meter.drop(REASON['timed-out']);
      this.events?.write(EV.timeout, this.now, m.id, -1, m.attempts);
      return;
    }
    const copy = this.spareMessages.pop() ?? new Message(0, 0, 0, 0, 0);
    copy.reuse(COPY_ID_BASE + this.copyIds++, m.key, m.priority, m.size, m.createdAt);
    copy.requestId = m.requestId;
    copy.attempts = m.attempts;
    const delay = retryDelay(retry, m.attempts, this.rngRetries);
    this.retryWaiting++;
    this.events?.write(EV.timeout, this.now, m.id, copy.id, m.attempts);
    this.events?.write(EV['retry-wait'], this.now, copy.id, delay, copy.attempts + 1);
    this.schedule(this.now + delay, RETRY, 0, copy);
  }

  /** Deadline propagation: the consumers drop a copy whose deadline passed, waiting or mid-work. */
  private withdraw(m: Message): void {
    if (this.pipeline?.withdraw(m) === true) return;
    for (const w of this.workers.concat(this.retiring)) {
      if (w.message !== m) continue;
      w.epoch++;
      w.message = null;
      this.inService--;
      this.meter.wastedWorkMs += this.now - w.startedAt;
      this.discard(m, false);
      this.freeWorker(w);
      return;
    }
    this.room.remove(m);
    this.discard(m, false);
    this.roomFreed();
  }

  /** An abandoned copy leaves unprocessed; `skipped` by a worker that checked (which costs it). */
  private discard(m: Message, skipped: boolean): void {
    if (skipped && this.refusalCostMs > 0) this.consumerDebtMs += this.refusalCostMs;
    this.meter.departed(this.now - m.acceptedAt);
    this.meter.bytesWasted += m.size;
    this.lose(m, REASON['timed-out']);
  }

  /** A copy nobody waited for any more has been processed: wasted work. */
  private wasted(m: Message, w: Worker): void {
    this.abandonedHere--;
    this.meter.wastedDeliveries++;
    this.meter.wastedWorkMs += this.now - w.startedAt;
    this.meter.departed(this.now - m.acceptedAt);
    this.meter.bytesWasted += m.size;
  }

  /** Whether an open or half-open breaker lets `m` go; if not, the request fails at once. */
  private breakerAdmits(m: Message): boolean {
    const verdict = (this.breaker as CircuitBreaker).admit(this.now);
    if (verdict === Admit.no) {
      this.meter.neverSent++;
      this.lose(m, REASON['circuit-open']);
      return false;
    }
    m.probe = verdict === Admit.probe;
    return true;
  }

  /** The next message a free worker of `lane` takes, by the queue's discipline. */
  private takeNext(lane: number): Message | null {
    const room = this.room;
    const d = this.discipline;
    if (d === DISCIPLINE.fifo) return room.shift(lane);
    if (d === DISCIPLINE.codel) return this.codel.take(room, lane, this.now, this.shed);
    return lifoNow(d, room.count, this.lifoAboveDepth) ? room.pop(lane) : room.shift(lane);
  }

  /** CoDel sheds a message it took from the queue: a refusal the requester may retry. */
  private readonly shed = (m: Message): void => {
    if (m.abandoned) {
      this.discard(m, false);
      if (this.refusalCostMs > 0) this.consumerDebtMs += this.refusalCostMs;
      return;
    }
    this.meter.departed(this.now - m.acceptedAt);
    m.timeoutGen = 0;
    this.refuse(m, REASON['shed']);
  };

  // ---- Triggers: spikes, slowdowns and outages --------------------------------------------------

  /** The scenario's triggers still to come, in time order; each has a TRIGGER_START event. */
  private pendingTriggers: Trigger[] = [];

  /** Plans the scenario's triggers still to come (at the start, those at 0 ms too). */
  private scheduleTriggers(atStart = true): void {
    const gen = ++this.triggerGen;
    this.pendingTriggers = this.sc.triggers
      .filter((t) => (atStart ? t.atMs >= this.now : t.atMs > this.now))
      .sort((a, b) => a.atMs - b.atMs);
    for (const t of this.pendingTriggers) this.schedule(t.atMs, TRIGGER_START, gen, null);
  }

  private onScheduledTrigger(): void {
    const t = this.pendingTriggers.shift();
    if (t !== undefined) this.inject(t);
  }

  /**
   * Puts a trigger in effect now, for its duration (its `atMs` is ignored): the scenario's triggers
   * at their time, and the playground's buttons at the press.
   */
  inject(t: InjectedTrigger): void {
    this.settleArrivalProgress();
    this.settleHeldBack();
    const factor = t.kind === 'outage' ? 1 : (t.factor ?? 1);
    const reset = t.kind === 'outage' && t.mode === 'reset';
    const wasStalled = this.triggers.outages > 0;
    const id = this.triggers.begin(t.kind, factor, this.now, this.now + t.durationMs, reset);
    const code = reset ? RESET_CODE : TRIGGER_CODE[t.kind];
    this.events?.write(EV.trigger, this.now, -1, code, this.now + t.durationMs);
    this.schedule(this.now + t.durationMs, TRIGGER_END, id, null);
    if (reset) this.resetConnections();
    else if (t.kind === 'outage' && !wasStalled) this.stallWorkers();
    if (t.kind === 'spike' && this.blocked === Blocked.no) this.scheduleArrival();
  }

  private onTriggerEnd(id: number): void {
    this.settleArrivalProgress();
    this.settleHeldBack();
    const kind = this.triggers.end(id);
    this.serverDown = this.triggers.resets > 0;
    if (kind === 'outage' && this.triggers.outages === 0) this.resumeWorkers();
    if (kind === 'spike' && this.blocked === Blocked.no) this.scheduleArrival();
  }

  /** An outage begins: work in hand stops where it is (its completion waits for the end). */
  private stallWorkers(): void {
    for (const w of this.workers.concat(this.retiring)) {
      if (w.state !== WorkerState.busy) continue;
      w.frozenMs = w.endsAt - this.now;
      w.epoch++;
    }
  }

  /**
   * An outage that resets begins (resetOutage.ts): the server is down until it ends, and every
   * request in flight fails now, its requester told at once, as a refusal it may retry.
   */
  private resetConnections(): void {
    this.serverDown = true;
    // In a pipeline, consumers blocked holding a finished message lose it with the rest (as in an
    // out-of-memory crash): the next stage must stop waiting to take it from them.
    this.pipeline?.onCrash();
    takeEverythingInFlight(this.workers.concat(this.retiring), this.room, (m, from) => {
      if (from !== null) {
        // A blocked consumer holds its message to hand on; it is not in service.
        if (from.state !== WorkerState.blocked) this.inService--;
        this.freeWorker(from);
      }
      this.meter.departed(this.now - m.acceptedAt);
      m.timeoutGen = 0;
      if (m.abandoned) {
        // Nobody waits for this copy any more: it is discarded, not a second failure.
        this.meter.bytesWasted += m.size;
        this.lose(m, REASON['reset']);
      } else this.refuse(m, REASON['reset']);
    });
    this.roomFreed();
  }

  private resumeWorkers(): void {
    for (const w of this.workers.concat(this.retiring)) {
      if (w.state !== WorkerState.busy || w.message === null) continue;
      w.endsAt = this.now + w.frozenMs;
      this.schedule(w.endsAt, SERVICE_END, w.epoch, w);
    }
    for (const w of this.workers) if (w.state === WorkerState.idle) this.pull(w);
    this.roomFreed();
  }

  // ---- Demand held back -------------------------------------------------------------------------

  /** Counts the demand held back up to now; call before the producer's state or rates change. */
  private settleHeldBack(): void {
    this.meter.heldBack += this.heldBackSince();
    this.heldBackAt = this.now;
  }

  private heldBackSince(): number {
    const blocked = this.blocked !== Blocked.no;
    if (!blocked && this.rateCap === Infinity) return 0;
    return heldBackBetween(
      this.sc.workload.pattern,
      this.heldBackAt,
      this.now,
      this.triggers.rateFactor,
      this.rateCap,
      blocked,
      this.heldSegment,
    );
  }

  /** Demand held back so far, to now. */
  heldBackNow(): number {
    return this.meter.heldBack + this.heldBackSince();
  }

  get breakerOpened(): number {
    return this.breaker?.opened ?? 0;
  }

  /** The triggers' bands on the charts, oldest first (at most MAX_BANDS). */
  triggerBands(): readonly TriggerBand[] {
    return this.triggers.bands;
  }

  /** A message that had been accepted leaves without being processed. */
  private loseAccepted(m: Message, reason: number): void {
    this.meter.departed(this.now - m.acceptedAt);
    this.meter.bytesWasted += m.size;
    if (this.refusalCostMs > 0 && COSTLY[reason]) this.consumerDebtMs += this.refusalCostMs;
    if (this.breaker !== null && !m.abandoned) this.breaker.failure(this.now, m.probe);
    this.lose(m, reason);
  }

  /** A pipeline's accepted message leaves the chain unprocessed from a later stage. */
  private leaveChain(m: Message, reason: number): void {
    this.meter.departed(this.now - m.acceptedAt);
    this.meter.bytesWasted += m.size;
    if (this.breaker !== null && !m.abandoned) this.breaker.failure(this.now, m.probe);
    this.lose(m, reason);
  }

  /**
   * A message is gone for good. A copy whose requester had already given up is not a lost request
   * (its request was retried or counted as timed out then): it is discarded.
   */
  private lose(m: Message, reason: number): void {
    if (this.pipeline !== null) this.pipeline.noteLoss(m, reason);
    if (m.abandoned) {
      this.abandonedHere--;
      this.meter.discarded++;
    } else {
      this.meter.drop(reason);
    }
    m.timeoutGen = 0;
    // b: the stage it was lost at (0 on a single stage, as before), so a pipeline's picture can
    // show each loss leaving its own stage's well.
    this.events?.write(EV.drop, this.now, m.id, reason, m.stage);
    this.returnCredit(m);
    this.recycle(m);
  }

  /** Keeps a message that has left for reuse, up to a limit, so memory falls back after a crash. */
  private recycle(m: Message): void {
    if (this.spareMessages.length < this.spareLimit) this.spareMessages.push(m);
  }

  private returnCredit(m: Message): void {
    if (!m.credit) return;
    this.sendCreditBack(m);
  }

  private sendCreditBack(m: Message): void {
    m.credit = false;
    const f = this.sc.feedback;
    const delay = f.kind === 'credit' ? f.delayMs : 0;
    this.events?.write(EV['credit-sent'], this.now, m.id, 0, this.now + delay);
    this.schedule(this.now + delay, CREDIT, 0, null);
  }

  private onCredit(): void {
    this.creditsOut--;
    const f = this.sc.feedback;
    // A credit that comes home after credit feedback was turned off is not needed any more.
    if (f.kind !== 'credit') return;
    this.credits++;
    this.events?.write(EV['credit-arrived'], this.now, -1, this.credits);
    if (this.blocked === Blocked.noCredit) this.tryRelease();
  }

  // ---- Queue housekeeping -------------------------------------------------------------------------

  private scheduleExpiry(at: number): void {
    this.expiryAt = at;
    this.schedule(at, EXPIRE, ++this.expiryGen, null);
  }

  private onExpire(): void {
    this.expiryAt = Infinity;
    const maxAge = this.sc.queue.maxAgeMs;
    if (maxAge === null) return;
    const room = this.room;
    let freed = false;
    for (let m = room.oldest(); m !== null && m.slotAt + maxAge <= this.now; m = room.oldest()) {
      room.remove(m);
      this.loseAccepted(m, REASON['expired']);
      freed = true;
    }
    const next = room.earliestSlot();
    if (next !== Infinity) this.scheduleExpiry(next + maxAge);
    if (freed) this.roomFreed();
  }

  /** Space opened in the queue: a producer blocked on a full queue may go on. */
  private roomFreed(): void {
    if (this.blocked === Blocked.queueFull) this.tryRelease();
    this.resumeIfLow();
  }

  /** Pause mode: the consumers say "resume" the moment the queue is back at the low watermark. */
  private resumeIfLow(): void {
    if (this.stopSent && this.room.count <= this.pauseLow) this.sendPauseSignal(1);
  }

  /** Pause mode's signals, at a watermark rather than on a timer: 0 "stop", 1 "resume". */
  private sendPauseSignal(signal: number): void {
    const f = this.sc.feedback;
    // While the channel to the producer is full, nothing more is sent (and the state stays as it is).
    if (f.kind !== 'watermark' || this.signalsInFlight >= this.signalLimit) return;
    this.stopSent = signal === 0;
    this.signalsInFlight++;
    this.events?.write(EV['signal-sent'], this.now, -1, signal, this.now + f.delayMs);
    this.schedule(this.now + f.delayMs, SIGNAL, signal, null);
  }

  /** The consumer process dies: over its memory budget by `overflowBytes`, or, with 0, the machine's. */
  private crash(overflowBytes: number): void {
    const meter = this.meter;
    meter.crashes++;
    if (overflowBytes > 0) {
      this.crashCause = 'memory-budget';
    } else {
      this.crashCause = 'machine-memory';
      meter.machineCrashes++;
    }
    const lost = this.room.count + this.inService;
    this.events?.write(EV.crash, this.now, -1, lost, overflowBytes);
    this.pipeline?.onCrash();
    this.room.clear((m) => this.loseAccepted(m, REASON['oom']));
    for (const w of [...this.workers, ...this.retiring]) {
      if (w.message !== null) this.loseAccepted(w.message, REASON['oom']);
      w.message = null;
      w.epoch++;
      w.state = WorkerState.down;
    }
    this.retiring.length = 0;
    this.inService = 0;
    this.readyWorkers = 0;
    this.crashed = true;
    this.restartAt = this.now + this.sc.queue.restartDelayMs;
    this.schedule(this.restartAt, RESTART, 0, null);
  }

  private onRestart(): void {
    this.crashed = false;
    this.events?.write(EV.restart, this.now, -1);
    for (const w of this.workers) {
      w.state = WorkerState.idle;
      this.readyWorkers++;
    }
    this.roomFreed();
  }

  // ---- Consumers --------------------------------------------------------------------------------

  private idleWorkerFor(m: Message): Worker | null {
    if (this.triggers.outages > 0) return null;
    const workers = this.workers;
    if (this.perKey) {
      const w = workers[m.key % workers.length] as Worker;
      return w.state === WorkerState.idle ? w : null;
    }
    // Ready workers are idle or busy: when all of them are busy (an overloaded system, most of the
    // time) there is no one to look for among as many as a hundred workers.
    if (this.readyWorkers === this.inService) return null;
    for (let i = 0; i < workers.length; i++) {
      const w = workers[i] as Worker;
      if (w.state === WorkerState.idle) return w;
    }
    return null;
  }

  private startService(w: Worker, m: Message): void {
    w.state = WorkerState.busy;
    w.message = m;
    this.inService++;
    this.meter.started(this.now - m.acceptedAt);
    let duration = this.sampleServiceTime();
    const slower = this.triggers.serviceFactor;
    if (slower !== 1) duration *= slower;
    const load = this.slowUnderLoad;
    if (load !== null)
      duration *= slowdownFactor(
        load,
        load.basis === 'queue-depth' ? this.room.count : this.inService,
      );
    if (this.consumerDebtMs > 0) {
      duration += this.consumerDebtMs;
      this.consumerDebtMs = 0;
    }
    w.startedAt = this.now;
    w.endsAt = this.now + duration;
    this.events?.write(EV.start, this.now, m.id, w.id);
    this.schedule(w.endsAt, SERVICE_END, w.epoch, w);
  }

  private sampleServiceTime(): number {
    const rng = this.rngService;
    switch (this.serviceKind) {
      case SERVICE.constant:
        return this.serviceMeanMs;
      case SERVICE.exponential:
        return rng.exponential(this.serviceMeanMs);
      case SERVICE.uniform:
        return this.serviceMinMs + this.serviceSpreadMs * rng.uniform();
      case SERVICE.lognormal:
        return rng.logNormal(this.serviceMeanMs, this.serviceSigma);
    }
  }

  private onServiceEnd(w: Worker): void {
    const m = w.message as Message;
    w.message = null;
    this.inService--;
    this.events?.write(EV.finish, this.now, m.id, w.id);
    if (this.pipeline !== null) {
      this.pipeline.handOff(w, m);
      return;
    }
    this.complete(m, w);
    this.freeWorker(w);
  }

  /** `m` is done with, end to end: delivered, or wasted work if its requester had given up. */
  private complete(m: Message, w: Worker): void {
    if (m.abandoned) this.wasted(m, w);
    else {
      m.timeoutGen = 0;
      this.meter.delivered(m, this.now, this.deadlineMs);
      if (this.changeBase !== null && w.startedAt < this.changeBase.atMs)
        this.deliveredBegunBefore++;
      this.breaker?.success(m.probe);
    }
    this.returnCredit(m);
    this.recycle(m);
  }

  /** A worker's hands are free: it goes if it is retiring, else takes the next message. */
  private freeWorker(w: Worker): void {
    if (w.retiring) {
      this.retiring.splice(this.retiring.indexOf(w), 1);
      this.readyWorkers--;
      w.state = WorkerState.down;
      return;
    }
    w.state = WorkerState.idle;
    this.pull(w);
  }

  /** An idle worker takes the next message of its lane, if there is one. */
  private pull(w: Worker): void {
    if (this.triggers.outages > 0) return;
    const lane = this.perKey ? w.lane : 0;
    let m = this.takeNext(lane);
    // Checking the deadline before working: a copy nobody waits for is thrown away, not processed.
    while (m !== null && m.abandoned && this.skipAbandoned) {
      this.discard(m, true);
      m = this.takeNext(lane);
    }
    if (m !== null) this.startService(w, m);
    // Either way a blocked producer may go on: there is a free slot in the queue, or a free worker
    // to hand its message to (all there is with no room to wait, or for its key's empty lane).
    this.roomFreed();
  }

  private addWorker(cold: boolean): void {
    const w = new Worker(this.nextWorkerId++);
    w.lane = this.workers.length;
    this.workers.push(w);
    const coldStart = this.sc.consumers.autoscale?.coldStartMs ?? 0;
    if (this.crashed) {
      w.state = WorkerState.down;
    } else if (cold && coldStart > 0) {
      w.state = WorkerState.starting;
      w.readyAt = this.now + coldStart;
      this.schedule(w.readyAt, WORKER_READY, w.epoch, w);
    } else {
      w.state = WorkerState.idle;
      this.readyWorkers++;
    }
    this.meter.noteWorkers(this.workers.length);
    this.events?.write(EV['worker-added'], this.now, -1, w.id, w.readyAt);
    this.rebalance();
    if (w.state === WorkerState.idle) this.pull(w);
  }

  private onWorkerReady(w: Worker): void {
    w.state = WorkerState.idle;
    this.readyWorkers++;
    this.events?.write(EV['worker-ready'], this.now, -1, w.id);
    this.pull(w);
  }

  /** Removes one worker: an idle or starting one if any, else the last, which finishes first. */
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
      // It finishes the message it holds (its completion event stays valid), then goes.
      w.retiring = true;
      this.retiring.push(w);
    } else {
      if (w.state === WorkerState.idle) this.readyWorkers--;
      w.epoch++; // cancels a pending cold start
      w.state = WorkerState.down;
    }
    this.events?.write(EV['worker-removed'], this.now, -1, w.id);
    this.rebalance();
  }

  /** Under per-key ordering the lanes follow the workers; moving keys is a rebalance. */
  private rebalance(): void {
    if (!this.perKey) return;
    const n = this.workers.length;
    if (this.room.laneCount === n) return;
    this.room.setLanes(n, (m) => m.key % n);
    for (const w of this.workers) if (w.state === WorkerState.idle) this.pull(w);
  }

  // ---- Timers: feedback, autoscaling, sampling -------------------------------------------------------

  private startTimers(): void {
    const gen = ++this.timerGen;
    const f = this.sc.feedback;
    if (f.kind === 'watermark' && f.mode === 'rate')
      this.schedule(this.now + f.intervalMs, FEEDBACK_TICK, gen, null);
    const a = this.sc.consumers.autoscale;
    if (a !== null) this.schedule(this.now + a.intervalMs, AUTOSCALE_TICK, gen, null);
    this.schedule(this.now + this.sc.metrics.sampleIntervalMs, SAMPLE, gen, null);
  }

  private onFeedbackTick(): void {
    const f = this.sc.feedback;
    if (f.kind !== 'watermark' || f.mode !== 'rate') return;
    const depth = this.room.count;
    // "Speed up" to a producer already at full speed changes nothing, so it is not sent.
    const signal =
      depth >= f.highWatermark ? 0 : depth <= f.lowWatermark && this.rateCap !== Infinity ? 1 : -1;
    // While the channel to the producer is full (a long delay, a short interval), nothing is sent.
    if (signal >= 0 && this.signalsInFlight < this.signalLimit) {
      this.signalsInFlight++;
      this.events?.write(EV['signal-sent'], this.now, -1, signal, this.now + f.delayMs);
      this.schedule(this.now + f.delayMs, SIGNAL, signal, null);
    }
    this.schedule(this.now + f.intervalMs, FEEDBACK_TICK, this.timerGen, null);
  }

  /**
   * Multiplicative decrease on "slow down", additive increase on "speed up"; in pause mode, a stop
   * on "stop" and the full rate again on "resume".
   */
  private onSignal(signal: number): void {
    this.signalsInFlight--;
    const f = this.sc.feedback;
    if (f.kind !== 'watermark') return;
    this.settleArrivalProgress();
    this.settleHeldBack();
    const pattern = this.sc.workload.pattern;
    if (f.mode === 'pause') {
      this.rateCap = signal === 0 ? 0 : Infinity;
    } else if (signal === 0) {
      const current = Math.min(
        rateSegmentAt(pattern, this.now, this.segment).ratePerSec * this.triggers.rateFactor,
        this.rateCap,
      );
      this.rateCap = Math.max(f.minRatePerSec, current * f.decreaseFactor);
    } else if (this.rateCap !== Infinity) {
      this.rateCap += (f.increasePerSec * f.intervalMs) / 1000;
      if (this.rateCap >= peakRate(pattern)) this.rateCap = Infinity;
    }
    this.events?.write(EV['signal-arrived'], this.now, -1, signal, this.rateCap);
    if (this.blocked === Blocked.no) this.scheduleArrival();
  }

  private onAutoscaleTick(): void {
    const a = this.sc.consumers.autoscale;
    if (a === null) return;
    if (!this.crashed && this.now - this.lastScaleAt >= a.cooldownMs) {
      const depth = this.room.count;
      if (depth >= a.scaleUpDepth && this.workers.length < a.max) {
        this.addWorker(true);
        this.lastScaleAt = this.now;
      } else if (depth <= a.scaleDownDepth && this.workers.length > a.min) {
        this.removeWorker();
        this.lastScaleAt = this.now;
      }
    }
    this.schedule(this.now + a.intervalMs, AUTOSCALE_TICK, this.timerGen, null);
  }

  private onSample(): void {
    this.sampler.write(this);
    this.pipeline?.sample(this.room.count);
    this.schedule(this.now + this.sc.metrics.sampleIntervalMs, SAMPLE, this.timerGen, null);
  }

  // ---- Reading --------------------------------------------------------------------------------------

  /** What the workload pattern asks for now, before feedback, messages/s. */
  targetRate(): number {
    return (
      rateSegmentAt(this.sc.workload.pattern, this.now, this.segment).ratePerSec *
      this.triggers.rateFactor
    );
  }

  /** The producer's current target rate (pattern, capped by feedback), messages/s. */
  producerRate(): number {
    if (this.blocked !== Blocked.no) return 0;
    return Math.min(this.targetRate(), this.rateCap);
  }

  summary(): Summary {
    return buildSummary(this);
  }

  /** The run's counters when the reader last changed the running scenario; null before any change. */
  private changeBase: Baseline | null = null;
  /** Deliveries since that change of messages whose processing began before it. */
  private deliveredBegunBefore = 0;

  /**
   * The run's numbers since the reader last changed the running scenario (a knob moved, see
   * reconfigure), so a new setting shows its own effect; null before any change, and for a pipeline,
   * whose stages count their whole run. Reading it changes nothing in the run.
   */
  summarySinceChange(): SinceChange | null {
    const base = this.changeBase;
    return base === null
      ? null
      : {
          atMs: base.atMs,
          summary: buildSummary(this, base),
          carriedIn: base.inSystem,
          begunBefore: this.deliveredBegunBefore,
        };
  }

  /**
   * Counts what the engine holds by walking its structures rather than trusting its counters, and
   * shows each message to `visit`: for tests, which check memory limits and bookkeeping with it, and
   * for diagnostics. O(messages + pending events); not for every frame.
   */
  inspect(visit?: (m: Message, place: MessagePlace) => void): EngineInspection {
    const counts: EngineInspection = {
      waiting: 0,
      inService: 0,
      retryWaiting: 0,
      rateDelayed: 0,
      held: 0,
      spare: 0,
      messages: 0,
      creditedMessages: 0,
      creditsInFlight: 0,
      signalsInFlight: 0,
      pendingEvents: this.queue.size,
      handingOn: 0,
      laterStages: 0,
    };
    const see = (m: Message, place: MessagePlace) => {
      counts.messages++;
      if (place !== 'spare' && m.credit) counts.creditedMessages++;
      visit?.(m, place);
    };
    const room = this.room;
    for (let lane = 0; lane < room.laneCount; lane++)
      room.forEachInLane(lane, (m) => {
        counts.waiting++;
        see(m, 'waiting');
      });
    for (const w of [...this.workers, ...this.retiring]) {
      if (w.message === null) continue;
      if (w.state === WorkerState.blocked) {
        counts.handingOn++;
        see(w.message, 'handing-on');
        continue;
      }
      counts.inService++;
      see(w.message, 'in-service');
    }
    if (this.held !== null) {
      counts.held++;
      see(this.held, 'held');
    }
    this.queue.forEach((_time, kind, _gen, ref) => {
      if (kind === RETRY) {
        counts.retryWaiting++;
        see(ref as Message, 'retry-wait');
      } else if (kind === LIMIT_RELEASE) {
        counts.rateDelayed++;
        see(ref as Message, 'rate-delayed');
      } else if (kind === CREDIT) counts.creditsInFlight++;
      else if (kind === SIGNAL) counts.signalsInFlight++;
    });
    this.pipeline?.forEachMessage((m) => {
      counts.laterStages++;
      see(m, 'later-stage');
    });
    for (const m of this.spareMessages) {
      counts.spare++;
      see(m, 'spare');
    }
    return counts;
  }

  // ---- Live changes -----------------------------------------------------------------------------

  /**
   * Applies a changed scenario to the running simulation, as a person turning a knob expects: the
   * queue keeps its messages and the clock keeps running. A different seed or series length cannot be
   * applied to a run in progress; then nothing changes and a reset is needed.
   */
  reconfigure(next: Scenario): { resetNeeded: boolean } {
    const prev = this.sc;
    if (
      next.seed !== prev.seed ||
      next.metrics.seriesLength !== prev.metrics.seriesLength ||
      // A pipeline's later stages are built once; a changed chain starts a new run.
      JSON.stringify(next.downstream) !== JSON.stringify(prev.downstream)
    ) {
      return { resetNeeded: true };
    }
    this.settleArrivalProgress();
    this.settleHeldBack();
    // A real change starts the numbers since a change; what it does at once (drops from a smaller
    // queue, say) counts after it.
    const changed = this.pipeline === null && JSON.stringify(next) !== JSON.stringify(prev);
    if (changed) {
      this.changeBase = takeBaseline(this);
      this.deliveredBegunBefore = 0;
    }
    this.sc = next;
    this.flatten();
    if (JSON.stringify(next.triggers) !== JSON.stringify(prev.triggers))
      this.scheduleTriggers(false);

    if (next.workload.keyCount !== prev.workload.keyCount) {
      this.room.setKeyCount(next.workload.keyCount);
      this.meter.setKeyCount(next.workload.keyCount);
    }

    this.reconcileWorkers();
    const lanes = this.perKey ? this.workers.length : 1;
    if (this.room.laneCount !== lanes) {
      this.room.setLanes(lanes, (m) => (this.perKey ? m.key % lanes : 0));
      for (const w of this.workers) if (w.state === WorkerState.idle) this.pull(w);
    }

    const f = next.feedback;
    const window = creditWindowOf(next);
    if (window !== null) {
      // Credits still out (held by messages, or on their way back, even from an earlier window that
      // was turned off) count against the new window; a lower window (or a smaller queue, which
      // caps it) may leave the producer owing.
      this.credits = window - this.creditsOut;
    }
    const pauseBefore = prev.feedback.kind === 'watermark' && prev.feedback.mode === 'pause';
    const pauseNow = this.pauseHigh !== Infinity;
    // Leaving or entering pause mode starts from a producer at full speed that has not been stopped.
    if (f.kind !== 'watermark' || pauseBefore !== pauseNow) {
      this.rateCap = Infinity;
      this.stopSent = false;
    }
    if (pauseNow) {
      // New watermarks apply to the queue as it is now.
      if (!this.stopSent && this.room.count >= this.pauseHigh) this.sendPauseSignal(0);
      else this.resumeIfLow();
    }
    // A limit turned on starts from nothing seen; a changed one keeps its excess, as nginx's zone does.
    if (next.rateLimit !== null && prev.rateLimit === null) this.limiter.reset();

    if (timersChanged(prev, next)) this.startTimers();
    if (next.queue.maxAgeMs !== prev.queue.maxAgeMs) {
      this.expiryGen++;
      this.expiryAt = Infinity;
      const earliest = this.room.earliestSlot();
      if (next.queue.maxAgeMs !== null && earliest !== Infinity)
        this.scheduleExpiry(Math.max(this.now, earliest + next.queue.maxAgeMs));
    }

    if (this.blocked === Blocked.no) this.scheduleArrival();
    // A larger window, or no window at all, may release a producer waiting for credit.
    else if (this.blocked === Blocked.noCredit) this.tryRelease();
    else this.roomFreed();
    if (changed) this.meter.markPeaks(this.room.count, this.room.bytes, this.workers.length);
    return { resetNeeded: false };
  }

  /** Brings the number of workers to what the scenario asks (or within the autoscaler's bounds). */
  private reconcileWorkers(): void {
    const c = this.sc.consumers;
    const target =
      c.autoscale === null
        ? c.count
        : Math.min(c.autoscale.max, Math.max(c.autoscale.min, this.workers.length));
    while (this.workers.length < target) this.addWorker(false);
    while (this.workers.length > target) this.removeWorker();
  }
}
