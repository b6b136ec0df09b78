import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { bandsInView, buildChartData, MAX_POINTS, planRows, reduceBucket } from './chartData.ts';

/** A preset run for `ms` of simulated time, its series with every sample. */
function run(preset: string, ms: number) {
  const engine = createSimulation(presetScenario(preset), { eventCapacity: 0 });
  engine.run(ms);
  return engine.series;
}

const spread = (values: readonly number[]) => Math.max(...values) - Math.min(...values);

describe('buildChartData', () => {
  it('keeps at most MAX_POINTS rows, in seconds', () => {
    const { rows } = buildChartData(run('drop-oldest', 60_000));
    expect(rows.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(rows.at(-1)?.t).toBeCloseTo(60, 0);
  });

  it('draws retries as they come, so waves that line up show and jitter flattens them', () => {
    const peak = (preset: string) => {
      const data = buildChartData(run(preset, 20_000));
      expect(data.retries).toBe(true);
      return Math.max(...data.rows.map((r) => r.retryRate));
    };
    // The same crash: without jitter its crowd comes back together, with jitter spread out. A
    // trailing second's average would draw the waves lower than the jittered hump.
    expect(peak('retry-waves-no-jitter')).toBeGreaterThan(1.3 * peak('retry-waves-full-jitter'));
    expect(buildChartData(run('drop-oldest', 5_000)).retries).toBe(false);
  });

  it('lists only the drop reasons that happened', () => {
    expect(buildChartData(run('drop-oldest', 20_000)).reasons).toEqual(['evicted-oldest']);
  });

  it('draws a steady 70/s producer as a steady line once the first second is in', () => {
    // Poisson arrivals: 7 messages in a typical 100 ms sample, 70 in a second.
    const series = run('drop-oldest', 20_000);
    const all = { maxPoints: 10_000 };
    const raw = buildChartData(series, { ...all, windowMs: 100 }).rows.filter((r) => r.t >= 2);
    const averaged = buildChartData(series, all).rows.filter((r) => r.t >= 2);
    expect(spread(raw.map((r) => r.offeredRate))).toBeGreaterThan(80);
    const offered = averaged.map((r) => r.offeredRate);
    expect(Math.min(...offered)).toBeGreaterThan(45);
    expect(Math.max(...offered)).toBeLessThan(95);
    // Offered and delivered read apart: 70/s in, about 50/s out (one consumer at 20 ms).
    const apart = averaged.filter((r) => r.offeredRate > r.deliveredRate + 5);
    expect(apart.length / averaged.length).toBeGreaterThan(0.9);
  });

  it('averages a rate as the count in the last second, over the second', () => {
    const series = run('drop-oldest', 10_000);
    const { rows, windowMs } = buildChartData(series, { maxPoints: 10_000 });
    expect(windowMs).toBe(1000);
    const offered = series.read('offeredRate');
    // Every row is 100 ms: the last ten rows' messages, over one second.
    let count = 0;
    for (let i = offered.length - 10; i < offered.length; i++) count += (offered[i] as number) / 10;
    expect(rows.at(-1)?.offeredRate).toBeCloseTo(count, 9);
  });

  it('averages drops by reason over the window too', () => {
    const series = run('drop-oldest', 20_000);
    const raw = buildChartData(series, { maxPoints: 10_000, windowMs: 100 });
    const averaged = buildChartData(series, { maxPoints: 10_000 });
    const after = (rows: typeof raw.rows) =>
      rows.filter((r) => r.t >= 2).map((r) => r.drops['drop:evicted-oldest'] ?? 0);
    expect(spread(after(averaged.rows))).toBeLessThan(spread(after(raw.rows)) / 2);
    averaged.rows.forEach((r) => expect(r.drops['drop:evicted-oldest']).toBeCloseTo(r.dropRate, 9));
  });

  it('turns windows without deliveries into gaps', () => {
    // Crashes and restarts after 3 s: whole seconds with no delivery.
    const { rows } = buildChartData(run('no-backpressure', 20_000), { maxPoints: 10_000 });
    expect(rows.some((r) => r.latencyP99 === null)).toBe(true);
    expect(rows.every((r) => r.latencyP99 === null || Number.isFinite(r.latencyP99))).toBe(true);
  });

  it('keeps the percentiles in order after averaging', () => {
    const { rows } = buildChartData(run('drop-oldest', 20_000));
    for (const r of rows) {
      if (r.latencyP50 === null) continue;
      expect(r.latencyP50).toBeLessThanOrEqual(r.latencyP95 ?? NaN);
      expect(r.latencyP95).toBeLessThanOrEqual(r.latencyP99 ?? NaN);
    }
  });

  it('keeps the deepest point of each bucket when it downsamples', () => {
    const series = run('drop-oldest', 60_000);
    const { rows } = buildChartData(series, { maxPoints: 40 });
    expect(Math.max(...rows.map((r) => r.depth))).toBe(Math.max(...series.read('depthPeak')));
  });

  it('draws how high the queue got between samples, as the card\'s "most so far" has it', () => {
    // At 10,000 a second with 1 MB of memory the queue fills and is lost in a few ms, between two
    // samples: a reader's chart peaked at 12 beside "most so far: 200".
    const base = presetScenario('no-backpressure');
    const engine = createSimulation(
      { ...base, workload: { ...base.workload, pattern: { kind: 'steady', ratePerSec: 10_000 } } },
      { eventCapacity: 0 },
    );
    engine.run(10_000);
    const summary = engine.summary();
    expect(summary.crashes).toBeGreaterThan(1);
    const { rows } = buildChartData(engine.series);
    const drawn = Math.max(...rows.map((r) => r.depth));
    expect(drawn).toBe(summary.queueDepth.max);
    // Each crash is a peak of its own, not one lucky sample.
    const peaks = rows.filter((r) => r.depth > summary.queueDepth.max / 2).length;
    expect(peaks).toBeGreaterThanOrEqual(summary.crashes);
  });
});

describe('planRows', () => {
  const t = Float64Array.from({ length: 600 }, (_, i) => (i + 1) * 100);

  it('averages each point over the window, or over its whole bucket when that is longer', () => {
    const fine = planRows(t, true, 600, 1000);
    expect(fine.windowFrom[100]).toBe(91);
    // 600 rows into 20 points: buckets of 30 rows (3 s) outgrow the 1 s window.
    const coarse = planRows(t, true, 20, 1000);
    expect(coarse.to).toHaveLength(20);
    coarse.to.forEach((end, j) => expect(coarse.windowFrom[j]).toBe(coarse.from[j]));
    expect(coarse.to.at(-1)).toBe(600);
  });
});

describe('reduceBucket', () => {
  const values = new Float64Array([1, Number.NaN, 3]);
  it('ignores NaN', () => {
    expect(reduceBucket(values, 0, 3, 'mean')).toBe(2);
    expect(reduceBucket(values, 0, 3, 'max')).toBe(3);
    expect(reduceBucket(values, 0, 2, 'last')).toBe(1);
    expect(reduceBucket(values, 1, 2, 'mean')).toBeNaN();
  });
});

describe('bandsInView', () => {
  it('clips the triggers to the data, in seconds, and leaves out those outside it', () => {
    const data = { rows: [{ t: 2 }, { t: 10 }], reasons: [], windowMs: 1000, startT: 1.5 } as never;
    expect(
      bandsInView(
        [
          { kind: 'spike', fromMs: 0, toMs: 1000 },
          { kind: 'outage', fromMs: 1000, toMs: 3000 },
          { kind: 'slowdown', fromMs: 9000, toMs: 12_000 },
        ],
        data,
      ),
    ).toEqual([
      { kind: 'outage', from: 1.5, to: 3 },
      { kind: 'slowdown', from: 9, to: 10 },
    ]);
  });
});
