/**
 * The core against exact queueing theory: the simulation of a scenario against `theoryFor` of the
 * same scenario. Each case runs several seeds, discards a warm-up and pools the rest.
 *
 * Tolerances are statistical, never guessed. For the cases in shared/reference/queueing.md the table
 * gives each quantity's per-arrival relative variance v, and the estimate must satisfy
 * |simulated / exact − 1| ≤ z·sqrt(v / N), N the arrivals measured. For the other models the run
 * measures its own noise: each seed's run is cut into batches long enough to be nearly independent,
 * and the estimate must lie within z standard errors of the batch means. z = 4 throughout, as the suite
 * makes many such assertions; each case also checks that its standard error is small enough for the
 * comparison to mean something.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { theoryFor, type Expected } from './theory.ts';
import { DROP_REASONS } from './types.ts';

const Z = 4;
const SEEDS = [11, 22, 33];
const WARM_UP_MS = 2_000;
const BATCHES_PER_SEED = 20;

/** What a run measures, named as in `Expected`. */
type Quantity =
  | 'rejectedFraction'
  | 'lostFraction'
  | 'producerBlockedFraction'
  | 'throughputPerSec'
  | 'meanQueueLength'
  | 'meanInSystem'
  | 'meanWaitMs'
  | 'meanLatencyMs'
  | 'utilisation';

interface Measured {
  arrivals: number;
  /** Pooled over every batch of every seed. */
  value: Record<Quantity, number>;
  /** Standard error of the pooled value, from the spread of the batch estimates. */
  standardError: Record<Quantity, number>;
  p99LatencyMs: number;
}

function parse(input: ScenarioInput, seed?: number): Scenario {
  const parsed = parseScenario(seed === undefined ? input : { ...input, seed });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** The engine's running totals at this moment, for differences over a batch. */
function totals(sim: ReturnType<typeof createSimulation>) {
  const m = sim.meter;
  const area = sim.integralsNow();
  return {
    time: area.elapsed,
    offered: m.offered,
    rejected: m.rejections,
    // Lost to a full queue: turned away, or pushed out of it for a newcomer.
    lost:
      (m.drops[DROP_REASONS.indexOf('rejected')] as number) +
      (m.drops[DROP_REASONS.indexOf('evicted-oldest')] as number) +
      (m.drops[DROP_REASONS.indexOf('evicted-youngest')] as number),
    delivered: m.deliveredCount,
    depthArea: area.depthArea,
    systemArea: area.systemArea,
    busyArea: area.busyArea,
    readyArea: area.readyArea,
    blockedTime: area.blockedTime,
    latencySum: m.latency.sum,
    waitSum: m.waitSum,
    waitCount: m.waitCount,
  };
}

/**
 * Runs each seed: a warm-up, then batches. Each quantity is pooled as a ratio of sums over all batches
 * (the long-run estimate) and its standard error comes from the batch ratios (batch means).
 */
function measure(input: ScenarioInput, arrivalsPerSeed: number): Measured {
  const ratePerMs = theoryOf(input).arrivalRatePerSec / 1000;
  const batchMs = arrivalsPerSeed / ratePerMs / BATCHES_PER_SEED;
  const ratios: { [q in Quantity]: [number, number][] } = {
    rejectedFraction: [],
    lostFraction: [],
    producerBlockedFraction: [],
    throughputPerSec: [],
    meanQueueLength: [],
    meanInSystem: [],
    meanWaitMs: [],
    meanLatencyMs: [],
    utilisation: [],
  };
  let arrivals = 0;
  let p99 = 0;
  for (const seed of SEEDS) {
    const sim = createSimulation(parse(input, seed), { eventCapacity: 0 });
    sim.run(WARM_UP_MS);
    let before = totals(sim);
    for (let b = 0; b < BATCHES_PER_SEED; b++) {
      sim.run(batchMs);
      const after = totals(sim);
      const d = <K extends keyof typeof after>(k: K) => after[k] - before[k];
      arrivals += d('offered');
      ratios.rejectedFraction.push([d('rejected'), d('offered')]);
      ratios.lostFraction.push([d('lost'), d('offered')]);
      ratios.producerBlockedFraction.push([d('blockedTime'), d('time')]);
      ratios.throughputPerSec.push([d('delivered') * 1000, d('time')]);
      ratios.meanQueueLength.push([d('depthArea'), d('time')]);
      ratios.meanInSystem.push([d('systemArea'), d('time')]);
      ratios.meanWaitMs.push([d('waitSum'), d('waitCount')]);
      ratios.meanLatencyMs.push([d('latencySum'), d('delivered')]);
      ratios.utilisation.push([d('busyArea'), d('readyArea')]);
      before = after;
    }
    p99 += sim.meter.latency.quantile(0.99) / SEEDS.length;
  }
  const value = {} as Record<Quantity, number>;
  const standardError = {} as Record<Quantity, number>;
  for (const q of Object.keys(ratios) as Quantity[]) {
    const pairs = ratios[q];
    const pooled = pairs.reduce((s, [n]) => s + n, 0) / pairs.reduce((s, [, m]) => s + m, 0);
    const estimates = pairs.map(([n, m]) => (m > 0 ? n / m : pooled));
    const mean = estimates.reduce((s, x) => s + x, 0) / estimates.length;
    const variance = estimates.reduce((s, x) => s + (x - mean) ** 2, 0) / (estimates.length - 1);
    value[q] = pooled;
    standardError[q] = Math.sqrt(variance / estimates.length);
  }
  return { arrivals, value, standardError, p99LatencyMs: p99 };
}

function theoryOf(input: ScenarioInput): Expected {
  const t = theoryFor(parse(input));
  if (t.kind !== 'steady') throw new Error(`theory has no steady state here: ${JSON.stringify(t)}`);
  return t.expected;
}

/** Within z·sqrt(v/N) of exact, v the reference's per-arrival relative variance. */
function expectWithinReference(actual: number, exact: number, variance: number, n: number): void {
  const tolerance = Z * Math.sqrt(variance / n);
  expect(
    Math.abs(actual / exact - 1),
    `${actual} vs ${exact} (tolerance ${(tolerance * 100).toFixed(2)}%)`,
  ).toBeLessThanOrEqual(tolerance);
}

/**
 * Within z standard errors (batch means) of exact, and that standard error at most `precision` of
 * the exact value, so that a wrong model could not hide in the noise.
 */
function expectWithinNoise(r: Measured, exact: Expected, q: Quantity, precision = 0.03): void {
  const se = r.standardError[q];
  expect(se, `${q}: standard error ${se} too large to tell`).toBeLessThanOrEqual(
    precision * Math.abs(exact[q]),
  );
  expect(
    Math.abs(r.value[q] - exact[q]),
    `${q}: ${r.value[q]} vs ${exact[q]} (z·SE = ${Z * se})`,
  ).toBeLessThanOrEqual(Z * se);
}

const poisson = (ratePerSec: number) => ({
  pattern: { kind: 'steady' as const, ratePerSec },
  spacing: 'poisson' as const,
});
const exponentialService = { kind: 'exponential' as const, meanMs: 1 };

// ---- The reference cases (shared/reference/queueing.md), with its variances --------------------------

describe('M/M/1/K, K = 10 (capacity 9), λ = 0.9', () => {
  const input: ScenarioInput = {
    workload: poisson(900),
    queue: { capacity: 9, whenFull: 'reject' },
    consumers: { count: 1, service: exponentialService },
  };
  const exact = theoryOf(input);
  const r = measure(input, 300_000);
  it('theory gives the reference values', () => {
    expect(exact.rejectedFraction).toBeCloseTo(0.0508137, 6);
    expect(exact.meanInSystem).toBeCloseTo(3.96944, 5);
    expect(exact.meanLatencyMs).toBeCloseTo(4.6466, 4);
    expect(exact.throughputPerSec / 1000).toBeCloseTo(0.854268, 6);
  });
  it('blocks 5.08% of arrivals', () =>
    expectWithinReference(r.value.rejectedFraction, exact.rejectedFraction, 125.8, r.arrivals));
  it('keeps 3.969 messages in the system on average', () =>
    expectWithinReference(r.value.meanInSystem, exact.meanInSystem, 13.2, r.arrivals));
  it('holds each accepted message 4.647 service times', () =>
    expectWithinReference(r.value.meanLatencyMs, exact.meanLatencyMs, 12.4, r.arrivals));
  it('delivers 0.854 per service time', () =>
    expectWithinReference(r.value.throughputPerSec, exact.throughputPerSec, 0.71, r.arrivals));
  it('has a p99 time in system of 14.78 service times (reference)', () =>
    expect(r.p99LatencyMs / 14.7834).toBeCloseTo(1, 1));
});

describe('M/M/1/K, K = 10 (capacity 9), λ = 0.9, dropping the oldest waiting message', () => {
  // Each loss happens when rejecting would have lost one, so the reference values and variances hold.
  const input: ScenarioInput = {
    workload: poisson(900),
    queue: { capacity: 9, whenFull: 'drop-oldest' },
    consumers: { count: 1, service: exponentialService },
  };
  const exact = theoryOf(input);
  const r = measure(input, 300_000);
  it('loses 5.08% of arrivals, none of them rejected', () => {
    expectWithinReference(r.value.lostFraction, 0.0508137, 125.8, r.arrivals);
    expect(r.value.rejectedFraction).toBe(0);
    expect(exact.lostFraction).toBeCloseTo(0.0508137, 6);
  });
  it('keeps 3.969 messages in the system on average', () =>
    expectWithinReference(r.value.meanInSystem, exact.meanInSystem, 13.2, r.arrivals));
  it('delivers 0.854 per service time', () =>
    expectWithinReference(r.value.throughputPerSec, exact.throughputPerSec, 0.71, r.arrivals));
  it('moves exactly as the rejecting queue on the same seed; only who waits how long differs', () => {
    const run = (whenFull: 'reject' | 'drop-oldest' | 'drop-youngest') => {
      const sim = createSimulation(parse({ ...input, queue: { capacity: 9, whenFull } }, 5), {
        eventCapacity: 0,
      });
      sim.run(20_000);
      return sim.summary();
    };
    const rejecting = run('reject');
    for (const whenFull of ['drop-oldest', 'drop-youngest'] as const) {
      const dropping = run(whenFull);
      expect(dropping.meanInSystem).toBe(rejecting.meanInSystem);
      expect(dropping.meanQueueLength).toBe(rejecting.meanQueueLength);
      expect(dropping.delivered).toBe(rejecting.delivered);
      expect(dropping.dropped.total).toBe(rejecting.dropped.rejected);
      expect(dropping.rejections).toBe(0);
      expect(dropping.latencyMs.mean).not.toBe(rejecting.latencyMs.mean);
    }
  });
});

describe('M/M/1/K, K = 5 (capacity 4), λ = 2: heavy overload', () => {
  const input: ScenarioInput = {
    workload: poisson(2000),
    queue: { capacity: 4, whenFull: 'reject' },
    consumers: { count: 1, service: exponentialService },
  };
  const exact = theoryOf(input);
  const r = measure(input, 200_000);
  it('theory gives the reference values', () => {
    expect(exact.rejectedFraction).toBeCloseTo(0.507937, 6);
    expect(exact.meanLatencyMs).toBeCloseTo(4.16129, 5);
  });
  it('rejects half of the arrivals', () => expectWithinNoise(r, exact, 'rejectedFraction'));
  it('delivers just under one per service time', () =>
    expectWithinNoise(r, exact, 'throughputPerSec'));
  it('holds each accepted message 4.161 service times', () =>
    expectWithinNoise(r, exact, 'meanLatencyMs'));
});

describe('M/M/2/K, K = 5 (capacity 3), λ = 1.6', () => {
  const input: ScenarioInput = {
    workload: poisson(1600),
    queue: { capacity: 3, whenFull: 'reject' },
    consumers: { count: 2, service: exponentialService },
  };
  const exact = theoryOf(input);
  const r = measure(input, 300_000);
  it('theory gives the reference values', () => {
    expect(exact.rejectedFraction).toBeCloseTo(0.102744, 6);
    expect(exact.meanInSystem).toBeCloseTo(2.16124, 5);
  });
  it('blocks 10.27% of arrivals', () => expectWithinNoise(r, exact, 'rejectedFraction'));
  it('keeps 2.161 messages in the system on average', () =>
    expectWithinNoise(r, exact, 'meanInSystem'));
  it('holds each accepted message 1.505 service times', () =>
    expectWithinNoise(r, exact, 'meanLatencyMs'));
  it('keeps each worker busy as often as theory says', () =>
    expectWithinNoise(r, exact, 'utilisation', 0.01));
});

describe('M/M/1, unbounded, λ = 0.8', () => {
  const input: ScenarioInput = {
    workload: poisson(800),
    queue: { capacity: null },
    consumers: { count: 1, service: exponentialService },
  };
  const exact = theoryOf(input);
  const r = measure(input, 300_000);
  it('theory gives the reference values', () => {
    expect(exact.meanLatencyMs).toBeCloseTo(5, 10);
    expect(exact.meanInSystem).toBeCloseTo(4, 10);
  });
  it('holds each message 5 service times', () =>
    expectWithinReference(r.value.meanLatencyMs, exact.meanLatencyMs, 81, r.arrivals));
  it('keeps 4 messages in the system on average', () =>
    expectWithinReference(r.value.meanInSystem, exact.meanInSystem, 90, r.arrivals));
  it('never rejects', () => expect(r.value.rejectedFraction).toBe(0));
});

describe('M/M/2, unbounded, λ = 1.6', () => {
  const input: ScenarioInput = {
    workload: poisson(1600),
    queue: { capacity: null },
    consumers: { count: 2, service: exponentialService },
  };
  const exact = theoryOf(input);
  const r = measure(input, 300_000);
  it('theory gives the reference values', () => {
    expect(exact.meanLatencyMs).toBeCloseTo(2.77778, 5);
    expect(exact.meanInSystem).toBeCloseTo(4.44444, 5);
  });
  it('holds each message 2.778 service times', () =>
    expectWithinNoise(r, exact, 'meanLatencyMs', 0.05));
  it('keeps 4.444 messages in the system on average', () =>
    expectWithinNoise(r, exact, 'meanInSystem', 0.05));
});

// ---- Models beyond the reference table, held to their own measured noise ------------------------------

describe('M/M/1 with a blocking producer (capacity 4), λ = 1.2', () => {
  const input: ScenarioInput = {
    workload: poisson(1200),
    queue: { capacity: 4, whenFull: 'block' },
    consumers: { count: 1, service: exponentialService },
  };
  const exact = theoryOf(input);
  const r = measure(input, 200_000);
  it('blocks the producer for the share of time theory says', () =>
    expectWithinNoise(r, exact, 'producerBlockedFraction'));
  it('keeps as many waiting and in the system', () => {
    expectWithinNoise(r, exact, 'meanQueueLength');
    expectWithinNoise(r, exact, 'meanInSystem');
  });
  it('delivers at the rate theory says, and rejects nothing', () => {
    expectWithinNoise(r, exact, 'throughputPerSec', 0.01);
    expect(r.value.rejectedFraction).toBe(0);
  });
  it('takes as long from creation, the hold included, and waits as long once accepted', () => {
    expectWithinNoise(r, exact, 'meanLatencyMs');
    expectWithinNoise(r, exact, 'meanWaitMs');
  });
});

describe('M/D/1/K: constant service, capacity 5, λ = 0.9', () => {
  const input: ScenarioInput = {
    workload: poisson(900),
    queue: { capacity: 5, whenFull: 'reject' },
    consumers: { count: 1, service: { kind: 'constant', meanMs: 1 } },
  };
  const exact = theoryOf(input);
  const r = measure(input, 200_000);
  it('rejects the share theory says', () => expectWithinNoise(r, exact, 'rejectedFraction', 0.05));
  it('keeps as many in the system and takes as long', () => {
    expectWithinNoise(r, exact, 'meanInSystem');
    expectWithinNoise(r, exact, 'meanLatencyMs');
  });
});

describe('M/D/1 with a blocking producer: constant service, capacity 3, λ = 1.2', () => {
  const input: ScenarioInput = {
    workload: poisson(1200),
    queue: { capacity: 3, whenFull: 'block' },
    consumers: { count: 1, service: { kind: 'constant', meanMs: 1 } },
  };
  const exact = theoryOf(input);
  const r = measure(input, 200_000);
  it('blocks the producer for the share of time theory says', () =>
    expectWithinNoise(r, exact, 'producerBlockedFraction'));
  it('takes as long from creation', () => expectWithinNoise(r, exact, 'meanLatencyMs'));
});

describe('M/G/1/K: uniform service on [0.5, 1.5], capacity 6, λ = 1.1', () => {
  const input: ScenarioInput = {
    workload: poisson(1100),
    queue: { capacity: 6, whenFull: 'reject' },
    consumers: { count: 1, service: { kind: 'uniform', minMs: 0.5, maxMs: 1.5 } },
  };
  const exact = theoryOf(input);
  const r = measure(input, 200_000);
  it('rejects the share theory says', () => expectWithinNoise(r, exact, 'rejectedFraction'));
  it('keeps as many waiting', () => expectWithinNoise(r, exact, 'meanQueueLength'));
});

describe('M/D/2, unbounded, λ = 1.6', () => {
  const input: ScenarioInput = {
    workload: poisson(1600),
    queue: { capacity: null },
    consumers: { count: 2, service: { kind: 'constant', meanMs: 1 } },
  };
  const exact = theoryOf(input);
  const r = measure(input, 300_000);
  it('keeps as many waiting as the root formula says (about half of M/M/2)', () =>
    expectWithinNoise(r, exact, 'meanQueueLength', 0.05));
  it('waits as long', () => expectWithinNoise(r, exact, 'meanWaitMs', 0.05));
});

describe('M/G/1, unbounded: lognormal service (σ = 0.5), λ = 0.7', () => {
  const input: ScenarioInput = {
    workload: poisson(700),
    queue: { capacity: null },
    consumers: { count: 1, service: { kind: 'lognormal', meanMs: 1, sigma: 0.5 } },
  };
  const exact = theoryOf(input);
  const r = measure(input, 200_000);
  it('waits as long as Pollaczek–Khinchine says', () =>
    expectWithinNoise(r, exact, 'meanWaitMs', 0.05));
});

describe('per-key lanes: 3 workers, 8 keys, λ = 2, unbounded', () => {
  const input: ScenarioInput = {
    workload: { ...poisson(2000), keyCount: 8 },
    queue: { capacity: null },
    consumers: { count: 3, ordering: 'per-key', service: exponentialService },
  };
  const exact = theoryOf(input);
  const r = measure(input, 200_000);
  it('keeps as many in the lanes as three independent M/M/1 queues', () =>
    expectWithinNoise(r, exact, 'meanInSystem', 0.05));
  it('takes as long', () => expectWithinNoise(r, exact, 'meanLatencyMs', 0.05));
});

describe("Little's law", () => {
  it('L = λW on a long run', () => {
    const sim = createSimulation(
      parse({
        workload: poisson(900),
        queue: { capacity: 9 },
        consumers: { service: exponentialService },
      }),
      { eventCapacity: 0 },
    );
    sim.run(200_000);
    const { L, lambdaW } = sim.summary().littlesLaw;
    expect(Math.abs(L / lambdaW - 1)).toBeLessThan(0.001);
  });
});
