/**
 * The stages' series: each stage's depth, blocked consumers and drops per second, sampled with the
 * engine's series, agreeing with the per-stage summary, and absent from a one-stage run.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../testing/simulate.ts';
import type { StageSummary } from '../types.ts';
import { stageColumn, StageSeries } from './stageSeries.ts';

/** Drops happen in the second stage only: a fire-and-forget link into a small queue that rejects. */
function lossyChain() {
  const sim = simulate({
    seed: 3,
    workload: { pattern: { kind: 'steady', ratePerSec: 60 } },
    queue: { capacity: 20, whenFull: 'block' },
    consumers: { count: 2, service: { kind: 'exponential', meanMs: 10 } },
    downstream: [
      {
        link: { kind: 'fire-and-forget' },
        queue: { capacity: 5, whenFull: 'reject' },
        consumers: { service: { kind: 'exponential', meanMs: 25 } },
      },
    ],
  });
  sim.run(20_000);
  return sim;
}

/** The drops a rate column adds up to: each row's rate times its interval. */
function dropsIn(series: StageSeries, t: Float64Array, stage: number): number {
  const rates = series.read(stageColumn(stage, 'dropRate'));
  let sum = 0;
  let at = 0;
  rates.forEach((rate, i) => {
    const now = t[i] as number;
    sum += (rate * (now - at)) / 1000;
    at = now;
  });
  return sum;
}

describe('the stages’ series', () => {
  it('counts each stage’s drops per second, adding up to that stage’s drops in the summary', () => {
    const sim = lossyChain();
    const series = sim.pipeline?.series as StageSeries;
    const t = sim.series.read('t');
    expect(series.length).toBe(sim.series.length);
    expect(series.total).toBe(sim.series.total);
    const [first, second] = sim.summary().stages as [StageSummary, StageSummary];
    expect(second.dropped.total).toBeGreaterThan(50);
    // Up to the last sample: drops after it are in the summary but not yet in a row.
    const lastT = t[t.length - 1] as number;
    expect(lastT).toBe(20_000);
    expect(dropsIn(series, t, 2)).toBeCloseTo(second.dropped.total, 6);
    expect(dropsIn(series, t, 1)).toBeCloseTo(first.dropped.total, 6);
    expect(first.dropped.total).toBe(0);
  });

  it('keeps each stage’s depth: the first stage’s is the engine’s own depth column', () => {
    const sim = lossyChain();
    const series = sim.pipeline?.series as StageSeries;
    expect(Array.from(series.read(stageColumn(1, 'depth')))).toEqual(
      Array.from(sim.series.read('depth')),
    );
    const second = series.read(stageColumn(2, 'depth'));
    expect(Math.max(...second)).toBe(5);
    expect(series.read('stage3:depth')).toHaveLength(0);
  });

  it('counts rows ever pushed past the ring’s length, and reads oldest first', () => {
    const ring = new StageSeries(1, 3);
    for (let i = 1; i <= 5; i++) ring.push([i, 0, 0]);
    expect(ring.total).toBe(5);
    expect(ring.length).toBe(3);
    expect(Array.from(ring.read('stage1:depth'))).toEqual([3, 4, 5]);
  });

  it('is not there for a single stage', () => {
    const sim = simulate({ workload: { pattern: { kind: 'steady', ratePerSec: 60 } } });
    sim.run(2_000);
    expect(sim.pipeline).toBeNull();
  });
});
