/**
 * The core against exact queueing theory (values from shared/reference/queueing.md). Each case runs
 * several seeds and holds the pooled estimate to |simulated / exact − 1| ≤ z·sqrt(v / N), z = 4, with v
 * the per-arrival relative variance of the quantity and N the arrivals measured after a warm-up.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { ScenarioInput } from './scenario.ts';

const Z = 4;
const SEEDS = [11, 22, 33];
const WARM_UP_MS = 2_000;

interface Measured {
  arrivals: number;
  blocking: number;
  throughputPerMs: number;
  meanInSystem: number;
  meanTimeInSystem: number;
  p99TimeInSystem: number;
}

/** Runs each seed, discards a warm-up, and pools the rest (μ = 1 per ms: service mean 1 ms). */
function measure(input: ScenarioInput, arrivalsPerSeed: number, ratePerMs: number): Measured {
  let offered = 0;
  let rejected = 0;
  let delivered = 0;
  let area = 0;
  let time = 0;
  let latencySum = 0;
  let p99 = 0;
  for (const seed of SEEDS) {
    const parsed = parseScenario({ ...input, seed });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const sim = createSimulation(parsed.value, { eventCapacity: 0 });
    sim.run(WARM_UP_MS);
    const m = sim.meter;
    const before = {
      offered: m.offered,
      rejected: m.rejections,
      delivered: m.deliveredCount,
      area: m.systemArea,
      sum: m.latency.sum,
    };
    const duration = arrivalsPerSeed / ratePerMs;
    sim.run(duration);
    offered += m.offered - before.offered;
    rejected += m.rejections - before.rejected;
    delivered += m.deliveredCount - before.delivered;
    area += m.systemArea - before.area;
    latencySum += m.latency.sum - before.sum;
    time += duration;
    p99 += m.latency.quantile(0.99) / SEEDS.length;
  }
  return {
    arrivals: offered,
    blocking: rejected / offered,
    throughputPerMs: delivered / time,
    meanInSystem: area / time,
    meanTimeInSystem: latencySum / delivered,
    p99TimeInSystem: p99,
  };
}

function expectClose(actual: number, exact: number, variance: number, n: number): void {
  const tolerance = Z * Math.sqrt(variance / n);
  expect(
    Math.abs(actual / exact - 1),
    `${actual} vs ${exact} (tolerance ${(tolerance * 100).toFixed(2)}%)`,
  ).toBeLessThanOrEqual(tolerance);
}

const poisson = (ratePerSec: number) => ({
  pattern: { kind: 'steady' as const, ratePerSec },
  spacing: 'poisson' as const,
});
const exponentialService = { kind: 'exponential' as const, meanMs: 1 };

describe('M/M/1/K, K = 10 (capacity 9), λ = 0.9', () => {
  const r = measure(
    {
      workload: poisson(900),
      queue: { capacity: 9, whenFull: 'reject' },
      consumers: { count: 1, service: exponentialService },
    },
    300_000,
    0.9,
  );
  it('blocks 5.08% of arrivals', () => expectClose(r.blocking, 0.0508137, 125.8, r.arrivals));
  it('keeps 3.969 messages in the system on average', () =>
    expectClose(r.meanInSystem, 3.96944, 13.2, r.arrivals));
  it('holds each accepted message 4.647 service times', () =>
    expectClose(r.meanTimeInSystem, 4.6466, 12.4, r.arrivals));
  it('delivers 0.854 per service time', () =>
    expectClose(r.throughputPerMs, 0.854268, 0.71, r.arrivals));
  it('has a p99 time in system of 14.78 service times', () =>
    expect(r.p99TimeInSystem / 14.7834).toBeCloseTo(1, 1));
});

describe('M/M/1/K, K = 5 (capacity 4), λ = 2: heavy overload', () => {
  const r = measure(
    {
      workload: poisson(2000),
      queue: { capacity: 4, whenFull: 'reject' },
      consumers: { count: 1, service: exponentialService },
    },
    200_000,
    2,
  );
  it('rejects half of the arrivals', () =>
    expect(Math.abs(r.blocking - 0.507937)).toBeLessThan(0.01));
  it('delivers just under one per service time', () =>
    expect(Math.abs(r.throughputPerMs / 0.984127 - 1)).toBeLessThan(0.01));
  it('holds each accepted message 4.161 service times', () =>
    expect(Math.abs(r.meanTimeInSystem / 4.16129 - 1)).toBeLessThan(0.02));
});

describe('M/M/2/K, K = 5 (capacity 3), λ = 1.6', () => {
  const r = measure(
    {
      workload: poisson(1600),
      queue: { capacity: 3, whenFull: 'reject' },
      consumers: { count: 2, service: exponentialService },
    },
    300_000,
    1.6,
  );
  it('blocks 10.27% of arrivals', () =>
    expect(Math.abs(r.blocking / 0.102744 - 1)).toBeLessThan(0.04));
  it('keeps 2.161 messages in the system on average', () =>
    expect(Math.abs(r.meanInSystem / 2.16124 - 1)).toBeLessThan(0.02));
  it('holds each accepted message 1.505 service times', () =>
    expect(Math.abs(r.meanTimeInSystem / 1.50545 - 1)).toBeLessThan(0.02));
});

describe('M/M/1, unbounded, λ = 0.8', () => {
  const r = measure(
    {
      workload: poisson(800),
      queue: { capacity: null },
      consumers: { count: 1, service: exponentialService },
    },
    300_000,
    0.8,
  );
  it('holds each message 5 service times', () =>
    expectClose(r.meanTimeInSystem, 5, 81, r.arrivals));
  it('keeps 4 messages in the system on average', () =>
    expectClose(r.meanInSystem, 4, 90, r.arrivals));
  it('never rejects', () => expect(r.blocking).toBe(0));
});

describe('M/M/2, unbounded, λ = 1.6', () => {
  const r = measure(
    {
      workload: poisson(1600),
      queue: { capacity: null },
      consumers: { count: 2, service: exponentialService },
    },
    300_000,
    1.6,
  );
  it('holds each message 2.778 service times', () =>
    expect(Math.abs(r.meanTimeInSystem / 2.77778 - 1)).toBeLessThan(0.05));
  it('keeps 4.444 messages in the system on average', () =>
    expect(Math.abs(r.meanInSystem / 4.44444 - 1)).toBeLessThan(0.05));
});

describe("Little's law", () => {
  it('L = λW on a long run', () => {
    const parsed = parseScenario({
      workload: poisson(900),
      queue: { capacity: 9 },
      consumers: { service: exponentialService },
    });
    if (!parsed.ok) throw new Error('invalid');
    const sim = createSimulation(parsed.value, { eventCapacity: 0 });
    sim.run(200_000);
    const { L, lambdaW } = sim.summary().littlesLaw;
    expect(Math.abs(L / lambdaW - 1)).toBeLessThan(0.001);
  });
});
