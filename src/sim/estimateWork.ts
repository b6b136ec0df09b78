/**
 * How much work a run is, before running it: the expected number of simulation events (arrivals,
 * retries, completions, credits, expiries, timer ticks and samples) over the scenario's duration,
 * from the pattern's mean rate, the consumers' capacity, the policies and the timers. The goal is
 * the right order of magnitude, within a small factor, not a prediction of the run: the CLI turns
 * it into seconds with its own measured pace, refuses runs of hours unless asked, and shows a
 * progress bar for long ones; the page says how long an exercise check will take.
 *
 * The model is steady-state flow: whatever the producer offers beyond what the consumers (or a rate
 * limit) take is refused, blocked, dropped or expired, each as the policy says, and refused
 * messages come back as retries. Transients (a queue filling, an autoscaler finding its level) and
 * crashes are ignored.
 */
import { sin } from './portableMath/index.ts';
import type { Pattern, Scenario } from './scenario.ts';
import { effectiveCreditWindow } from './creditWindow.ts';

export interface WorkEstimate {
  /** Messages the producer makes (and arrivals a feedback signal re-plans). */
  arrivals: number;
  /** Refused messages offered again. */
  retries: number;
  /** Messages a consumer finishes. */
  completions: number;
  /** Credits returning to the producer (credit feedback). */
  credits: number;
  /** Expiry checks of the oldest waiting message (a maximum age). */
  expiries: number;
  /** Samples of the time series, feedback and autoscaler ticks, and feedback signals. */
  timers: number;
  /** Every event above. */
  events: number;
  /**
   * Segments of the rate pattern the producer steps through (a ramp's steps, a sine's 64 levels a
   * period, a burst's edges): not events, but work, which matters for a pattern with many short
   * segments and few messages.
   */
  patternSegments: number;
  /** Events plus pattern segments at their cost relative to an event: the unit of a run's pace. */
  work: number;
}

/**
 * A pattern segment costs about a fifth of an event (a rate lookup, no heap): measured with
 * `npm run sim` on a sine of 10 ms period with no messages, against a steady producer.
 */
export const SEGMENT_COST = 0.2;

/** The rate ramp and sine patterns hold constant, as arrivalPattern.ts does. */
const RAMP_STEP_MS = 100;
const SINE_STEPS_PER_PERIOD = 64;
/** arrivalPattern.ts pauses an arrival's search after this many segments, with an event. */
const SEGMENTS_PER_SEARCH = 1000;

/** A consumer that never takes time would make the capacity infinite; this stands in for it. */
const FASTEST_SERVICE_MS = 1e-9;

/** Messages the pattern asks for over the first `ms` of the run. */
export function patternMessages(pattern: Pattern, ms: number): number {
  const sec = ms / 1000;
  switch (pattern.kind) {
    case 'steady':
      return pattern.ratePerSec * sec;
    case 'bursty': {
      const cycle = pattern.onMs + pattern.offMs;
      const whole = Math.floor(ms / cycle);
      const rest = ms - whole * cycle;
      const onMs = whole * pattern.onMs + Math.min(rest, pattern.onMs);
      return (pattern.onRatePerSec * onMs + pattern.offRatePerSec * (ms - onMs)) / 1000;
    }
    case 'ramp': {
      const start = Math.min(pattern.startRatePerSec, pattern.maxRatePerSec);
      const rise = pattern.risePerSec;
      if (rise === 0 || start >= pattern.maxRatePerSec) return start * sec;
      const rising = Math.min(sec, (pattern.maxRatePerSec - start) / rise);
      return start * rising + (rise * rising * rising) / 2 + pattern.maxRatePerSec * (sec - rising);
    }
    case 'step': {
      const end = pattern.durationMs === null ? Infinity : pattern.atMs + pattern.durationMs;
      const stepMs = Math.max(0, Math.min(ms, end) - Math.min(ms, pattern.atMs));
      return (pattern.stepRatePerSec * stepMs + pattern.baseRatePerSec * (ms - stepMs)) / 1000;
    }
    case 'sine': {
      // The mean of the 64 levels the engine holds, each clipped at zero as the engine clips it.
      let sum = 0;
      for (let k = 0; k < SINE_STEPS_PER_PERIOD; k++) {
        const level = sin((2 * Math.PI * (k + 0.5)) / SINE_STEPS_PER_PERIOD);
        sum += Math.max(0, pattern.meanRatePerSec + pattern.amplitudePerSec * level);
      }
      return (sum / SINE_STEPS_PER_PERIOD) * sec;
    }
  }
}

/** Segment boundaries of the pattern within the first `ms` of the run. */
function patternSegments(pattern: Pattern, ms: number): number {
  switch (pattern.kind) {
    case 'steady':
      return 0;
    case 'bursty':
      return (2 * ms) / (pattern.onMs + pattern.offMs);
    case 'ramp': {
      const start = Math.min(pattern.startRatePerSec, pattern.maxRatePerSec);
      if (pattern.risePerSec === 0 || start >= pattern.maxRatePerSec) return 0;
      const risingMs = ((pattern.maxRatePerSec - start) / pattern.risePerSec) * 1000;
      return Math.min(ms, risingMs) / RAMP_STEP_MS;
    }
    case 'step':
      return 2;
    case 'sine':
      return (SINE_STEPS_PER_PERIOD * ms) / pattern.periodMs;
  }
}

/** Mean time one consumer takes for one message, ms. */
function meanServiceMs(service: Scenario['consumers']['service']): number {
  const mean = service.kind === 'uniform' ? (service.minMs + service.maxMs) / 2 : service.meanMs;
  return Math.max(mean, FASTEST_SERVICE_MS);
}

/**
 * Offers per second, retries included, when `firstRate` new messages a second meet a system that
 * takes `takes` a second and refuses the rest, and each refused message is tried `attempts` times
 * in all. Each try is refused with the same chance, which the retries themselves raise; a few
 * rounds find the level where the two agree.
 */
function offersWithRetries(firstRate: number, takes: number, attempts: number): number {
  let offers = firstRate;
  for (let round = 0; round < 30; round++) {
    const refused = offers > takes ? 1 - takes / offers : 0;
    // Refused on the first try, then again on each retry: f + f² + … + f^(attempts - 1), times the rate.
    let again = 0;
    let chance = 1;
    for (let i = 1; i < attempts; i++) {
      chance *= refused;
      again += chance;
    }
    offers = firstRate * (1 + again);
  }
  return offers;
}

/** The expected work of running `scenario` for its durationSec. Pure and cheap (no simulation). */
export function estimateWork(scenario: Scenario): WorkEstimate {
  const ms = scenario.durationSec * 1000;
  const sec = scenario.durationSec;
  const { workload, queue, feedback, retry, rateLimit, consumers, metrics } = scenario;

  const asked = sec > 0 ? patternMessages(workload.pattern, ms) / sec : 0;
  const perWorker = 1000 / meanServiceMs(consumers.service);
  const scale = consumers.autoscale;
  const workers =
    scale === null
      ? consumers.count
      : Math.min(scale.max, Math.max(scale.min, Math.ceil(asked / perWorker)));
  // A pipeline whose later stages hold the ones above (a blocking or credit link into a limited
  // queue) goes no faster than the slowest of them, the first stage included.
  let chainCapacity = Infinity;
  for (const stage of scenario.downstream ?? []) {
    if (stage.link.kind === 'fire-and-forget' || stage.queue.capacity === null) break;
    const c = stage.consumers;
    chainCapacity = Math.min(
      chainCapacity,
      (c.autoscale?.max ?? c.count) * (1000 / meanServiceMs(c.service)),
    );
  }
  const capacity = Math.min(workers * perWorker, chainCapacity);
  const limit = rateLimit?.ratePerSec ?? Infinity;

  // A blocked producer or one waiting for credits makes no more than the consumers take; with
  // credits, also no more than a window per round trip (the credit's delay and a service time).
  const throttled = queue.whenFull === 'block' || feedback.kind !== 'none';
  const roundTrip =
    feedback.kind === 'credit'
      ? effectiveCreditWindow(feedback.window, queue.capacity) /
        ((feedback.delayMs + meanServiceMs(consumers.service)) / 1000)
      : Infinity;
  const made = throttled ? Math.min(asked, capacity, roundTrip) : asked;
  // What the system takes in before anything is refused: the rate limit, then a queue that
  // rejects (or blocks a retry) when the consumers fall behind; the other policies take everything
  // and drop what they must.
  const queueRefuses = queue.whenFull === 'reject' || queue.whenFull === 'block';
  const takes = Math.min(limit, queueRefuses ? capacity : Infinity);
  const attempts = retry.kind === 'none' ? 1 : retry.maxAttempts;
  const offers = offersWithRetries(made, takes, attempts);
  const retries = offers - made;
  const admitted = Math.min(offers, takes);
  const firstCompletions = Math.min(admitted, capacity);
  // A pipeline's later stages: each completes what the stage above passes on, up to what it can do,
  // and under a credit link each completion sends a credit back too.
  let completions = firstCompletions;
  let laterTimers = 0;
  let flow = firstCompletions;
  for (const stage of scenario.downstream ?? []) {
    const c = stage.consumers;
    flow = Math.min(flow, (c.autoscale?.max ?? c.count) * (1000 / meanServiceMs(c.service)));
    completions += flow * (stage.link.kind === 'credit' ? 2 : 1);
    if (c.autoscale !== null) laterTimers += ms / c.autoscale.intervalMs;
  }

  const overloaded = asked > capacity;
  const watermark = feedback.kind === 'watermark' && feedback.mode === 'rate';
  const feedbackTicks = watermark ? ms / feedback.intervalMs : 0;
  // Under overload the watermarks signal on nearly every tick; each signal re-plans an arrival. In
  // pause mode there are no ticks: a stop and a resume each time the queue swings between the marks.
  const swing =
    feedback.kind === 'watermark' ? Math.max(1, feedback.highWatermark - feedback.lowWatermark) : 1;
  const signals =
    watermark && overloaded
      ? feedbackTicks
      : feedback.kind === 'watermark' && overloaded
        ? (2 * made * sec) / swing
        : 0;
  const autoscaleTicks = scale === null ? 0 : ms / scale.intervalMs;
  const samples = ms / metrics.sampleIntervalMs;

  // An expiry check runs at the oldest message's deadline: once a maximum age at least, and once
  // per message that expires when the queue is long enough for messages to get that old.
  let expiries = 0;
  if (queue.maxAgeMs !== null) {
    const canGetOld =
      queue.capacity === null || queue.capacity >= (capacity * queue.maxAgeMs) / 1000;
    const expired = canGetOld ? Math.max(0, admitted - capacity) * sec : 0;
    expiries = ms / queue.maxAgeMs + expired;
  }

  const segments = patternSegments(workload.pattern, ms);
  const arrivals = made * sec + signals + segments / SEGMENTS_PER_SEARCH;
  const credits = feedback.kind === 'credit' ? made * sec : 0;
  // With a requester timeout every admitted attempt has a timer (it fires, or is passed over, in
  // turn); each trigger starts and ends. A retry storm after a timeout makes more (up to a few
  // times as many attempts), which stays within the factor this estimate promises.
  const timeouts = scenario.requester.timeoutMs === null ? 0 : admitted * sec;
  const triggers = 2 * scenario.triggers.length;
  const timers =
    samples + feedbackTicks + signals + autoscaleTicks + timeouts + triggers + laterTimers;
  const events = arrivals + retries * sec + completions * sec + credits + expiries + timers;
  return {
    arrivals,
    retries: retries * sec,
    completions: completions * sec,
    credits,
    expiries,
    timers,
    events,
    patternSegments: segments,
    work: events + segments * SEGMENT_COST,
  };
}
