/**
 * Queueing theory beside the simulation. `theoryFor(scenario)` decides whether a scenario is one that
 * theory solves exactly (Poisson arrivals at a constant rate, a fixed number of workers, a queue that
 * rejects newcomers, drops one waiting message for them or blocks the producer when full, or has no
 * limit) and gives its steady state in
 * the units of the run summary; otherwise it says, in plain words, why not. The models themselves live
 * in ./queueing/ and are exported from here for the bench, the UI and exercises.
 */
import type { DownstreamStage, Pattern, Scenario, ServiceTime } from './scenario.ts';
import { solveMDc } from './queueing/constantMultiServer.ts';
import { solveMMc, solveMMcK } from './queueing/markovian.ts';
import { MAX_ARRIVALS_PER_SERVICE } from './queueing/arrivalsDuringService.ts';
import { solveMG1, solveMG1K } from './queueing/singleServer.ts';
import { serviceMoments, type Solution } from './queueing/steadyState.ts';

export type { Solution, SteadyState } from './queueing/steadyState.ts';
export { erlangB, erlangC, solveMMc, solveMMcK } from './queueing/markovian.ts';
export { solveMG1, solveMG1K } from './queueing/singleServer.ts';
export { solveMDc } from './queueing/constantMultiServer.ts';
export { serviceMoments } from './queueing/steadyState.ts';

/** Expected long-run values, in the units of the run summary (ms, messages per second). */
export interface Expected {
  arrivalRatePerSec: number;
  /** λ·E[S]/c: the work asked of each worker as a fraction of what it can do. */
  offeredLoad: number;
  /** Fraction of the time each worker is busy. */
  utilisation: number;
  /** Fraction of offered messages turned away because the queue is full (rejections / offered). */
  rejectedFraction: number;
  /**
   * Fraction of offered messages lost to a full queue: turned away, or pushed out of it to make room
   * for them (a drop policy loses as many as rejecting would, only others).
   */
  lostFraction: number;
  /** Fraction of the time the producer waits for room (when the queue blocks it). */
  producerBlockedFraction: number;
  throughputPerSec: number;
  /** Lq: time-average number waiting. */
  meanQueueLength: number;
  /** L: time-average number waiting or in service. */
  meanInSystem: number;
  /** Wq: acceptance to the start of processing, ms; NaN under a drop policy (see DROP_NOTE). */
  meanWaitMs: number;
  /** Creation to the end of processing, ms: W, plus the time held by a blocked producer; NaN under a drop policy. */
  meanLatencyMs: number;
}

/** One stage of a tandem, in the units of Summary.stages. */
export interface StageExpected {
  model: string;
  utilisation: number;
  meanQueueLength: number;
  meanInSystem: number;
  /** From coming into the stage to the start of processing there, ms. */
  meanWaitMs: number;
  /** From coming into the stage to leaving it, ms. */
  meanTimeInStageMs: number;
}

/** What a full queue does: turn newcomers away, drop a waiting message for them, or block the producer. */
export type FullPolicy = 'reject' | 'drop' | 'block' | 'unbounded';

/**
 * Full-queue policies that drop one waiting message to make room for the newcomer (or, under
 * drop-lowest-priority, the newcomer itself when it matters least). Each loss then happens exactly
 * when rejecting would have lost one, so the number in the system moves just as it does under
 * `reject`: the same distribution, the same loss and throughput. Only who waits how long differs.
 */
const DROPS_ONE = new Set(['drop-oldest', 'drop-youngest', 'drop-lowest-priority']);

const DROP_NOTE_WHO: Record<string, string> = {
  'drop-oldest': 'the oldest waiting message',
  'drop-youngest': 'the newest waiting message',
  'drop-lowest-priority': 'the lowest-priority message',
};

export type Theory =
  | {
      kind: 'steady';
      /** Kendall notation, e.g. "M/M/1/51" or "M/D/1 × 3 lanes". */
      model: string;
      /** The scenario as the model sees it, in one sentence. */
      description: string;
      policy: FullPolicy;
      expected: Expected;
      /** Assumptions worth saying out loud. */
      notes: string[];
      /** A pipeline's stages, first to last (Jackson's tandem); left out for a single stage. */
      stages?: StageExpected[];
    }
  | {
      kind: 'unstable';
      model: string;
      description: string;
      offeredLoad: number;
      utilisation: number;
      throughputPerSec: number;
      /** How fast the queue grows, messages per second. */
      growthPerSec: number;
      message: string;
      notes: string[];
    }
  | { kind: 'unsolvable'; reasons: string[] };

/** The spec of one queue: Poisson arrivals, i.i.d. service, c workers, K places in all (or none). */
export interface QueueSpec {
  lambdaPerMs: number;
  service: ServiceTime;
  workers: number;
  /** Places in all, those in service included; null for no limit. */
  systemCapacity: number | null;
}

/**
 * The exact steady state of one queue, or null where there is no exact method here. An unbounded
 * queue must be stable (λ·E[S] < c); the caller checks.
 */
export function solveQueue(spec: QueueSpec): Solution | null {
  const { lambdaPerMs: lambda, service, workers: c, systemCapacity: K } = spec;
  if (K !== null) {
    if (service.kind === 'exponential') return solveMMcK(lambda, service.meanMs, c, K);
    if (c === 1) return solveMG1K(lambda, service, K);
    return null;
  }
  if (service.kind === 'exponential') return solveMMc(lambda, service.meanMs, c);
  if (c === 1) return solveMG1(lambda, service);
  if (service.kind === 'constant') return solveMDc(lambda, service.meanMs, c);
  return null;
}

/** A simulated day: a memory crash rarer than this is left out of the comparison, with a note. */
const RARE_CRASH_MS = 86_400_000;

export function theoryFor(scenario: Scenario): Theory {
  if (scenario.downstream !== undefined && scenario.downstream.length > 0)
    return pipelineTheory(scenario, scenario.downstream);
  const reasons = unsupportedFeatures(scenario);
  const rate = constantRate(scenario.workload.pattern);
  if (reasons.length > 0 || rate === null) return { kind: 'unsolvable', reasons };

  const { queue, consumers } = scenario;
  const c = consumers.count;
  const service = consumers.service;
  const mean = serviceMoments(service).mean;
  const lambda = rate / 1000;
  const perKeyLanes = consumers.ordering === 'per-key' && c > 1;
  const policy: FullPolicy =
    queue.capacity === null
      ? 'unbounded'
      : queue.whenFull === 'block'
        ? 'block'
        : DROPS_ONE.has(queue.whenFull)
          ? 'drop'
          : 'reject';
  const model = kendall(service, c, queue.capacity === null ? null : queue.capacity + c);
  const description = describe(scenario, rate, policy);
  const notes: string[] = [];

  if (policy === 'unbounded') {
    const lanes = perKeyLanes ? laneRates(lambda, scenario.workload.keyCount, c) : [lambda];
    const perLaneWorkers = perKeyLanes ? 1 : c;
    const laneModel = perKeyLanes ? `${kendall(service, 1, null)} × ${c} lanes` : model;
    if (perKeyLanes) notes.push(laneNote(scenario.workload.keyCount, c));
    const overloaded = lanes.some((l) => l * mean >= perLaneWorkers);
    if (overloaded)
      return unstable(scenario, laneModel, description, lanes, perLaneWorkers, mean, notes);
    const solutions = lanes.map((l) =>
      solveQueue({ lambdaPerMs: l, service, workers: perLaneWorkers, systemCapacity: null }),
    );
    if (solutions.some((s) => s === null))
      return { kind: 'unsolvable', reasons: [NO_FORMULA_SEVERAL_WORKERS(service)] };
    const solved = solutions as Solution[];
    if (!perKeyLanes) {
      // (Per-key lanes with a memory budget were turned away above: their total has no law here.)
      const memory = memoryVerdict(scenario, lambda, solved[0] as Solution);
      if (memory.reason !== null) return { kind: 'unsolvable', reasons: [memory.reason] };
      if (memory.note !== null) notes.push(memory.note);
    }
    const expected = perKeyLanes
      ? combineLanes(solved, lambda, mean, c)
      : fromSolution(solved[0] as Solution, lambda);
    return { kind: 'steady', model: laneModel, description, policy, expected, notes };
  }

  const capacity = queue.capacity as number;
  // A blocked producer holding one message behaves exactly like one more place in the system: while
  // it waits, no new message is made (the Poisson arrivals that would have come are, memorylessly,
  // as good as lost), and the moment a place frees, the held message takes it.
  const places = capacity + c + (policy === 'block' ? 1 : 0);
  const solution = solveQueue({
    lambdaPerMs: lambda,
    service,
    workers: c,
    systemCapacity: places,
  });
  if (solution === null) {
    const heavy = lambda * mean > MAX_ARRIVALS_PER_SERVICE;
    return {
      kind: 'unsolvable',
      reasons: [
        heavy
          ? `More than ${MAX_ARRIVALS_PER_SERVICE} messages arrive per processing time; the exact calculation is not attempted at such a load.`
          : 'The queue is too long for the exact calculation to finish quickly here; try a smaller capacity.',
      ],
    };
  }
  const memory = memoryVerdict(scenario, lambda, solution);
  if (memory.reason !== null) return { kind: 'unsolvable', reasons: [memory.reason] };
  if (memory.note !== null) notes.push(memory.note);
  if (policy === 'block')
    notes.push(
      'While the queue is full the producer holds one message and makes no new ones; latency counts from the moment a message is made, so it includes that hold.',
    );
  if (policy === 'drop')
    notes.push(
      `Dropping ${DROP_NOTE_WHO[queue.whenFull] ?? 'a waiting message'} for the newcomer changes which message is lost, not how many or when: the number in the system moves exactly as when newcomers are rejected, so queue length, losses and throughput are those of ${model}. Waiting times differ (the messages served did not all wait in turn), and theory here does not give them.`,
    );
  const expected =
    policy === 'block'
      ? blockedProducer(solution, lambda)
      : policy === 'drop'
        ? droppingOne(solution, lambda)
        : fromSolution(solution, lambda);
  return { kind: 'steady', model, description, policy, expected, notes };
}

// ---- Pipelines: Jackson's tandem ------------------------------------------------------------------

const FINITE_BUFFERS =
  'A stage has a limited queue. When it fills, the consumers above it hold their finished messages and wait (blocking after service), so the stages depend on each other; a tandem with finite buffers and blocking has no closed form. Theory solves a pipeline only when every queue is unlimited (a Jackson tandem).';

/** Why a later stage (numbered from 1 for the first) takes a pipeline outside Jackson's tandem. */
function laterStageReasons(stage: DownstreamStage, n: number): string[] {
  const reasons: string[] = [];
  if (stage.link.kind === 'credit')
    reasons.push(
      `Stage ${n} hands out credits to the stage above, which caps what it may have in stage ${n}; the stages are then not independent, and there is no closed form.`,
    );
  if (stage.consumers.autoscale !== null)
    reasons.push(
      `The autoscaler changes the number of consumers of stage ${n}; the formulas need a fixed number.`,
    );
  if (stage.queue.maxAgeMs !== null)
    reasons.push(
      `Messages expire in stage ${n}'s queue; the formulas assume every message waits as long as it takes.`,
    );
  if (stage.consumers.slowUnderLoad !== null)
    reasons.push(
      `Stage ${n}'s consumers slow down under load, so their speed depends on the queue.`,
    );
  if (stage.queue.conflateByKey)
    reasons.push(`Stage ${n} conflates by key; the formulas assume every message is processed.`);
  return reasons;
}

/**
 * A pipeline with unlimited queues and Poisson arrivals, exponential processing in every stage but
 * perhaps the last: by Burke's theorem each stage's departures are again Poisson at the arrival
 * rate, so each stage is on its own an M/M/c queue at that rate (the last may be M/G/1), the stages
 * are independent (Jackson), and the means add up end to end.
 */
function pipelineTheory(scenario: Scenario, downstream: readonly DownstreamStage[]): Theory {
  const reasons = unsupportedFeatures(scenario);
  const rate = constantRate(scenario.workload.pattern);
  const first = { service: scenario.consumers.service, workers: scenario.consumers.count };
  const specs = [
    first,
    ...downstream.map((d) => ({ service: d.consumers.service, workers: d.consumers.count })),
  ];
  if (scenario.queue.capacity !== null || downstream.some((d) => d.queue.capacity !== null))
    reasons.push(FINITE_BUFFERS);
  if (scenario.consumers.ordering === 'per-key' && first.workers > 1)
    reasons.push(
      'Per-key ordering splits the first stage into lanes; the formulas here need one shared queue in a pipeline.',
    );
  downstream.forEach((d, i) => reasons.push(...laterStageReasons(d, i + 2)));
  specs.slice(0, -1).forEach((spec, i) => {
    if (spec.service.kind !== 'exponential')
      reasons.push(
        `Stage ${i + 1}'s processing times are ${spec.service.kind}. Only exponential processing sends the next stage a Poisson stream (Burke's theorem), so the stages after it have no closed form here.`,
      );
  });
  if (reasons.length > 0 || rate === null) return { kind: 'unsolvable', reasons };

  const lambda = rate / 1000;
  const model = specs.map((spec) => kendall(spec.service, spec.workers, null)).join(' → ');
  const description = `A pipeline of ${specs.length} stages with no limit on any queue, fed by random (Poisson) arrivals at ${formatCount(rate)}/s: ${specs.map((spec, i) => `stage ${i + 1} ${spec.workers} ${spec.workers === 1 ? 'worker' : 'workers'} with ${serviceWords(spec.service)}`).join('; ')}.`;
  const notes = [
    "By Burke's theorem each stage passes on a Poisson stream at the arrival rate, so each stage is a queue of its own at that rate and the means add up end to end (Jackson's tandem).",
  ];
  const solved: Solution[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as (typeof specs)[number];
    const mean = serviceMoments(spec.service).mean;
    if (lambda * mean >= spec.workers) {
      const capacityPerSec = (spec.workers / mean) * 1000;
      return {
        kind: 'unstable',
        model,
        description,
        offeredLoad: (lambda * mean) / spec.workers,
        utilisation: 1,
        throughputPerSec: Math.min(rate, capacityPerSec),
        growthPerSec: Math.max(0, rate - capacityPerSec),
        message: `No steady state: stage ${i + 1} can do ${formatCount(capacityPerSec)} messages a second of the ${formatCount(rate)} that arrive, so its queue grows without end.`,
        notes,
      };
    }
    const solution = solveQueue({
      lambdaPerMs: lambda,
      service: spec.service,
      workers: spec.workers,
      systemCapacity: null,
    });
    if (solution === null)
      return { kind: 'unsolvable', reasons: [NO_FORMULA_SEVERAL_WORKERS(spec.service)] };
    solved.push(solution);
  }
  const stages: StageExpected[] = solved.map((sol, i) => ({
    model: kendall(
      (specs[i] as (typeof specs)[number]).service,
      (specs[i] as (typeof specs)[number]).workers,
      null,
    ),
    utilisation: sol.steady.utilisation,
    meanQueueLength: sol.steady.meanWaiting,
    meanInSystem: sol.steady.meanInSystem,
    meanWaitMs: sol.steady.meanWaitMs,
    meanTimeInStageMs: sol.steady.meanTimeInSystemMs,
  }));
  // In the summary's terms: the queue, wait and utilisation are the first stage's; what is in the
  // system and the latency are the whole chain's.
  const expected: Expected = {
    ...fromSolution(solved[0] as Solution, lambda),
    offeredLoad: Math.max(...solved.map((sol) => sol.steady.offeredLoad)),
    meanInSystem: stages.reduce((a, st) => a + st.meanInSystem, 0),
    meanLatencyMs: stages.reduce((a, st) => a + st.meanTimeInStageMs, 0),
  };
  return { kind: 'steady', model, description, policy: 'unbounded', expected, notes, stages };
}

// ---- From model results to the summary's units ----------------------------------------------------

function fromSolution(solution: Solution, lambdaPerMs: number): Expected {
  const s = solution.steady;
  return {
    arrivalRatePerSec: lambdaPerMs * 1000,
    offeredLoad: s.offeredLoad,
    utilisation: s.utilisation,
    rejectedFraction: s.fullProbability,
    lostFraction: s.fullProbability,
    producerBlockedFraction: 0,
    throughputPerSec: s.throughputPerMs * 1000,
    meanQueueLength: s.meanWaiting,
    meanInSystem: s.meanInSystem,
    meanWaitMs: s.meanWaitMs,
    meanLatencyMs: s.meanTimeInSystemMs,
  };
}

/**
 * A queue that drops a waiting message for each newcomer that finds it full: the numbers of the same
 * queue rejecting newcomers (see DROPS_ONE), except that the loss is no rejection, and waiting times
 * are left out, since those of the messages served are not the queue's averages.
 */
function droppingOne(solution: Solution, lambdaPerMs: number): Expected {
  return {
    ...fromSolution(solution, lambdaPerMs),
    rejectedFraction: 0,
    meanWaitMs: NaN,
    meanLatencyMs: NaN,
  };
}

/**
 * The real system from the one with an extra place for the held message (see theoryFor): the extra
 * place is taken exactly while the producer is blocked, so it counts one too many in L and Lq then.
 */
function blockedProducer(extended: Solution, lambdaPerMs: number): Expected {
  const s = extended.steady;
  const blocked = s.fullProbability;
  const X = s.throughputPerMs;
  const meanQueueLength = Math.max(0, s.meanWaiting - blocked);
  return {
    arrivalRatePerSec: lambdaPerMs * 1000,
    offeredLoad: s.offeredLoad,
    utilisation: s.utilisation,
    rejectedFraction: 0,
    lostFraction: 0,
    producerBlockedFraction: blocked,
    throughputPerSec: X * 1000,
    meanQueueLength,
    meanInSystem: Math.max(0, s.meanInSystem - blocked),
    meanWaitMs: X > 0 ? meanQueueLength / X : 0,
    // Time in the extended system: from the moment a message is made, hold included.
    meanLatencyMs: s.meanTimeInSystemMs,
  };
}

/**
 * Independent single-worker lanes (per-key ordering, no limit): numbers in the lanes add up, every
 * message is delivered, and Little's law gives the times.
 */
function combineLanes(lanes: Solution[], lambdaPerMs: number, mean: number, c: number): Expected {
  let L = 0;
  let Lq = 0;
  let busy = 0;
  for (const lane of lanes) {
    L += lane.steady.meanInSystem;
    Lq += lane.steady.meanWaiting;
    busy += lane.steady.utilisation;
  }
  return {
    arrivalRatePerSec: lambdaPerMs * 1000,
    offeredLoad: (lambdaPerMs * mean) / c,
    utilisation: busy / c,
    rejectedFraction: 0,
    lostFraction: 0,
    producerBlockedFraction: 0,
    throughputPerSec: lambdaPerMs * 1000,
    meanQueueLength: Lq,
    meanInSystem: L,
    meanWaitMs: lambdaPerMs > 0 ? Lq / lambdaPerMs : 0,
    meanLatencyMs: lambdaPerMs > 0 ? L / lambdaPerMs : mean,
  };
}

/** Arrival rate of each worker's lane: key k goes to worker k mod c, keys equally likely. */
export function laneRates(lambdaPerMs: number, keyCount: number, workers: number): number[] {
  const keys = new Array<number>(workers).fill(0);
  for (let k = 0; k < keyCount; k++) keys[k % workers] = (keys[k % workers] as number) + 1;
  return keys.map((n) => (lambdaPerMs * n) / keyCount);
}

function laneNote(keyCount: number, workers: number): string {
  const counts = laneRates(1, keyCount, workers).map((share) => Math.round(share * keyCount));
  const spread =
    Math.min(...counts) === Math.max(...counts)
      ? `${counts[0]} ${counts[0] === 1 ? 'key' : 'keys'} each`
      : `${Math.min(...counts)} to ${Math.max(...counts)} keys each`;
  return `Per-key ordering gives each worker its own lane (${spread} of ${keyCount}); with no limit on the queue the lanes are independent single-worker queues.`;
}

function unstable(
  scenario: Scenario,
  model: string,
  description: string,
  lanes: number[],
  workersPerLane: number,
  mean: number,
  notes: string[],
): Theory {
  const capacityPerLane = workersPerLane / mean; // per ms
  let throughput = 0;
  let growth = 0;
  let busy = 0;
  for (const l of lanes) {
    throughput += Math.min(l, capacityPerLane);
    growth += Math.max(0, l - capacityPerLane);
    busy += Math.min(1, (l * mean) / workersPerLane) * workersPerLane;
  }
  const c = scenario.consumers.count;
  const lambda = lanes.reduce((a, b) => a + b, 0);
  const growthPerSec = growth * 1000;
  const message =
    growthPerSec > 0
      ? `No steady state: the queue grows without end, by about ${formatCount(growthPerSec)} messages a second${lanes.length > 1 ? ' (in the lanes that get more than their worker can do)' : ''}.`
      : 'No steady state: the producer asks for exactly what the workers can do, so the queue drifts ever higher without settling.';
  const budget = scenario.queue.memoryBudgetBytes;
  if (budget !== null)
    notes.push(
      `With no limit on the queue, the memory budget will run out: ${crashWords(scenario, budget)}.`,
    );
  return {
    kind: 'unstable',
    model,
    description,
    offeredLoad: (lambda * mean) / c,
    utilisation: busy / c,
    throughputPerSec: throughput * 1000,
    growthPerSec,
    message,
    notes,
  };
}

// ---- Memory budget ---------------------------------------------------------------------------------

/** The fewest waiting messages whose bytes can exceed the budget: all of the largest size. */
function crashDepth(scenario: Scenario, budget: number): number {
  return Math.floor(budget / scenario.workload.sizeBytes.max) + 1;
}

/** When a growing queue crashes: typically at the budget over the mean size, at the earliest at crashDepth. */
function crashWords(scenario: Scenario, budget: number): string {
  const sizes = scenario.workload.sizeBytes;
  const fewest = crashDepth(scenario, budget);
  if (sizes.min === sizes.max)
    return `the consumer crashes once ${formatCount(fewest)} messages wait`;
  const typical = Math.floor(budget / ((sizes.min + sizes.max) / 2)) + 1;
  return `the consumer crashes once about ${formatCount(typical)} messages wait (as few as ${formatCount(fewest)} if they are all of the largest size)`;
}

/**
 * Theory assumes memory never runs out. If the queue can reach the budget, how often would it? The
 * crash-free model's rate of climbing from n − 1 to n waiting (n the crash depth) is λ·P(N = c + n − 1)
 * by PASTA; with sizes that vary it is an upper bound, since a crash may need more than n messages.
 */
function memoryVerdict(
  scenario: Scenario,
  lambdaPerMs: number,
  solution: Solution,
): { reason: string | null; note: string | null } {
  const budget = scenario.queue.memoryBudgetBytes;
  const none = { reason: null, note: null };
  if (budget === null) return none;
  const n = crashDepth(scenario, budget);
  const capacity = scenario.queue.capacity;
  if (capacity !== null && capacity < n) return none; // a full queue still fits in the budget
  const sizes = scenario.workload.sizeBytes;
  const fixedSize = sizes.min === sizes.max;
  const depthWords = `${fixedSize ? '' : 'as few as '}${formatCount(n)} waiting messages`;
  if (solution.probabilityOf === null)
    return {
      reason: `The memory budget fills at ${depthWords}, and the formulas here cannot tell how often this queue would get that deep; a crash throws away everything waiting, which theory does not model.`,
      note: null,
    };
  const ratePerMs = lambdaPerMs * solution.probabilityOf(scenario.consumers.count + n - 1);
  const meanGapMs = ratePerMs > 0 ? 1 / ratePerMs : Infinity;
  if (meanGapMs >= RARE_CRASH_MS)
    return {
      reason: null,
      note: `Theory assumes memory never runs out. The budget fills at ${depthWords}; at this load the queue gets that deep less than once a simulated day on average, so it hardly matters.`,
    };
  return {
    reason: `The queue would outgrow the memory budget (at ${depthWords}) ${fixedSize ? 'about' : 'up to'} once every ${formatDuration(meanGapMs)} on average, and each crash throws away everything waiting; theory assumes memory never runs out.`,
    note: null,
  };
}

// ---- What theory cannot cover --------------------------------------------------------------------

/** The producer's rate if the pattern never changes it; null otherwise. */
export function constantRate(pattern: Pattern): number | null {
  switch (pattern.kind) {
    case 'steady':
      return pattern.ratePerSec;
    case 'bursty':
      return pattern.onRatePerSec === pattern.offRatePerSec ? pattern.onRatePerSec : null;
    case 'ramp':
      return pattern.risePerSec === 0 || pattern.startRatePerSec >= pattern.maxRatePerSec
        ? Math.min(pattern.startRatePerSec, pattern.maxRatePerSec)
        : null;
    case 'step':
      return pattern.baseRatePerSec === pattern.stepRatePerSec ? pattern.baseRatePerSec : null;
    case 'sine':
      return pattern.amplitudePerSec === 0 ? Math.max(0, pattern.meanRatePerSec) : null;
  }
}

function patternReason(pattern: Pattern): string | null {
  if (constantRate(pattern) !== null) return null;
  switch (pattern.kind) {
    case 'steady':
      return null;
    case 'bursty':
      return `The producer sends in bursts (${formatCount(pattern.onRatePerSec)}/s, then ${formatCount(pattern.offRatePerSec)}/s), so there is no single rate and no steady state to compare with.`;
    case 'ramp':
      return "The producer's rate ramps up over time, so there is no steady state to compare with.";
    case 'step':
      return `The producer's rate steps from ${formatCount(pattern.baseRatePerSec)}/s to ${formatCount(pattern.stepRatePerSec)}/s partway through, so there is no single steady state to compare with.`;
    case 'sine':
      return "The producer's rate swings up and down, so there is no steady state to compare with.";
  }
}

const NO_FORMULA_SEVERAL_WORKERS = (service: ServiceTime) =>
  `Processing times are ${service.kind}; with more than one worker the formulas here need exponential or constant times.`;

/** Full-queue policies outside the models here (see DROPS_ONE for the ones inside). */
const DROP_WORDS: Record<string, string> = {
  'drop-all': 'it empties the whole queue',
};

/** Every feature of the scenario that takes it outside the models here, each as one sentence. */
function unsupportedFeatures(scenario: Scenario): string[] {
  const { workload, queue, feedback, retry, rateLimit, consumers } = scenario;
  const reasons: string[] = [];
  const add = (reason: string | null) => {
    if (reason !== null) reasons.push(reason);
  };
  add(patternReason(workload.pattern));
  if (workload.spacing === 'even')
    add('Messages arrive evenly spaced; the formulas here need random (Poisson) arrivals.');
  if (consumers.autoscale !== null)
    add('The autoscaler changes the number of workers; the formulas need a fixed number.');
  if (feedback.kind === 'watermark')
    add(
      'The producer slows down and speeds up on signals from the queue, so its rate depends on the queue.',
    );
  if (feedback.kind === 'credit')
    add(
      'The producer waits for credits from the consumers, so its rate depends on how fast they finish.',
    );
  if (rateLimit !== null)
    add(
      'A rate limit delays or turns away messages before the queue, so what gets through is not a Poisson stream.',
    );
  const canRefuse =
    rateLimit !== null ||
    queue.memoryBudgetBytes !== null ||
    (queue.capacity !== null && queue.whenFull !== 'block');
  if (retry.kind !== 'none' && canRefuse)
    add('Turned-away messages come back as retries, so arrivals are no longer Poisson.');
  if (queue.maxAgeMs !== null)
    add(
      `Messages expire after ${formatDuration(queue.maxAgeMs)} in the queue; the formulas assume every message waits as long as it takes.`,
    );
  if (queue.conflateByKey)
    add(
      'Conflation replaces waiting messages with newer ones of the same key; the formulas assume every accepted message is processed.',
    );
  const drop = DROP_WORDS[queue.whenFull];
  if (queue.capacity !== null && drop !== undefined)
    add(
      `When the queue is full ${drop}; the formulas here cover rejecting newcomers, dropping one waiting message for each, or blocking the producer.`,
    );
  const c = consumers.count;
  const service = consumers.service;
  if (c > 1 && (service.kind === 'uniform' || service.kind === 'lognormal'))
    add(NO_FORMULA_SEVERAL_WORKERS(service));
  if (queue.capacity !== null) {
    if (c === 1 && service.kind === 'lognormal')
      add(
        'Processing times are lognormal; with a bounded queue the formulas here need exponential, constant or uniform times.',
      );
    if (c > 1 && consumers.ordering === 'per-key')
      add(
        'Per-key ordering gives each worker its own lane, and the lanes share one bounded queue, so they depend on each other; there is no exact formula for that here.',
      );
    else if (c > 1 && service.kind === 'constant')
      add(
        'Constant processing times with several workers and a bounded queue have no exact formula here (there is one for one worker, or for a queue with no limit).',
      );
  }
  if (queue.capacity === null && c > 1 && consumers.ordering === 'per-key') {
    if (queue.memoryBudgetBytes !== null)
      add(
        'Per-key lanes share one memory budget, and the formulas here cannot tell how often their total would fill it.',
      );
  }
  return reasons;
}

// ---- Words --------------------------------------------------------------------------------------------

function kendall(service: ServiceTime, workers: number, systemCapacity: number | null): string {
  const letter = service.kind === 'exponential' ? 'M' : service.kind === 'constant' ? 'D' : 'G';
  return `M/${letter}/${workers}${systemCapacity === null ? '' : `/${systemCapacity}`}`;
}

function serviceWords(service: ServiceTime): string {
  switch (service.kind) {
    case 'exponential':
      return `exponential processing times averaging ${formatDuration(service.meanMs)}`;
    case 'constant':
      return `a constant ${formatDuration(service.meanMs)} per message`;
    case 'uniform':
      return `processing times spread evenly from ${formatDuration(service.minMs)} to ${formatDuration(service.maxMs)}`;
    case 'lognormal':
      return `lognormal processing times averaging ${formatDuration(service.meanMs)} (σ ${formatCount(service.sigma)})`;
  }
}

function describe(scenario: Scenario, ratePerSec: number, policy: FullPolicy): string {
  const c = scenario.consumers.count;
  const capacity = scenario.queue.capacity;
  const room =
    policy === 'unbounded'
      ? 'no limit on the queue'
      : `room for ${formatCount(capacity as number)} waiting (${formatCount((capacity as number) + c)} in all)`;
  const dropped = DROP_NOTE_WHO[scenario.queue.whenFull] ?? 'a waiting message';
  const full =
    policy === 'reject'
      ? '; newcomers are rejected when it is full'
      : policy === 'drop'
        ? `; when it is full, ${dropped} is dropped for each newcomer`
        : policy === 'block'
          ? '; the producer waits when it is full'
          : '';
  return `Random (Poisson) arrivals at ${formatCount(ratePerSec)}/s, ${serviceWords(scenario.consumers.service)}, ${c} ${c === 1 ? 'worker' : 'workers'}, ${room}${full}.`;
}

const countFormat = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });

function formatCount(value: number): string {
  return countFormat.format(value);
}

/** A duration in the largest unit that keeps it readable. */
function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'never';
  const units: [number, string][] = [
    [86_400_000, 'days'],
    [3_600_000, 'hours'],
    [60_000, 'minutes'],
    [1000, 's'],
  ];
  for (const [size, unit] of units)
    if (ms >= size) {
      const n = ms / size;
      const word = unit === 's' ? ' s' : ` ${n === 1 ? unit.slice(0, -1) : unit}`;
      return `${formatCount(n)}${word}`;
    }
  return `${formatCount(ms)} ms`;
}
