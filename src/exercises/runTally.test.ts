import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { LogHistogram } from '../sim/histogram.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
import { METRIC_IDS, METRICS } from './metrics.ts';
import { takeTally, tallyBetween } from './runTally.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** A bursty overload with retries: every counter and latency moves, and differently in the burst. */
const BURSTY = scenario({
  seed: 4,
  workload: {
    pattern: { kind: 'bursty', onRatePerSec: 150, offRatePerSec: 20, onMs: 2000, offMs: 3000 },
  },
  queue: { capacity: 40, whenFull: 'reject' },
  retry: { kind: 'exponential', baseDelayMs: 50, maxAttempts: 3 },
});

/** The exact q-quantile of a list, by the same rank rule as the histogram (the ⌈q·n⌉-th value). */
function exactQuantile(sorted: readonly number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1] as number;
}

describe('LogHistogram.since', () => {
  it('gives the values recorded after the copy, as a histogram of its own would', () => {
    const whole = new LogHistogram();
    const alone = new LogHistogram();
    for (let i = 1; i <= 500; i++) whole.record(i * 3.7);
    const before = whole.clone();
    for (let i = 1; i <= 300; i++) {
      whole.record(i * 0.9);
      alone.record(i * 0.9);
    }
    const window = whole.since(before);
    expect(window.count).toBe(alone.count);
    expect(window.mean).toBeCloseTo(alone.mean, 9);
    for (const q of [0.01, 0.5, 0.95, 0.99, 1]) expect(window.quantile(q)).toBe(alone.quantile(q));
    // The window's largest value (270) hides under the earlier max (1850): it is read from its bucket.
    expect(Math.abs(window.max - alone.max) / alone.max).toBeLessThan(0.02);
  });

  it('keeps an exact max when the max grew in the window, and is empty when nothing came', () => {
    const h = new LogHistogram();
    h.record(10);
    const before = h.clone();
    expect(h.since(before).count).toBe(0);
    expect(h.since(before).quantile(0.99)).toBe(0);
    h.record(12345.678);
    expect(h.since(before).max).toBe(12345.678);
  });
});

describe('windows of a run', () => {
  it('over the whole run, measure what the Summary says', () => {
    const sim = createSimulation(BURSTY, { eventCapacity: 0 });
    const zero = takeTally(sim);
    sim.advanceTo(20_000);
    const window = tallyBetween(zero, takeTally(sim));
    const summary = sim.summary();
    for (const id of METRIC_IDS) {
      const def = METRICS[id];
      if (!def.windowed) continue;
      for (const reason of def.takesReason
        ? ([undefined, 'rejected', 'gave-up'] as const)
        : [undefined]) {
        const whole = def.fromSummary(summary, reason);
        expect(def.fromWindow(window, reason), `${id} ${reason ?? ''}`).toBeCloseTo(whole, 6);
      }
    }
  });

  it('count, rate and latency exactly what happened inside the window', () => {
    const fromMs = 6000;
    const toMs = 8000; // the second half of the second burst and the quiet after it
    const sim = createSimulation(BURSTY, { eventCapacity: 1 << 16 });
    const created = new Map<number, number>();
    const latencies: number[] = [];
    let drops = 0;
    let retries = 0;
    let madeBefore = 0;
    let cursor = 0;
    const read = (inWindow: boolean) => {
      cursor = sim.events!.readSince(cursor, (e) => {
        if (e.kind === 'produce') created.set(e.id, e.time);
        if (!inWindow) return;
        if (e.kind === 'finish') {
          const madeAt = created.get(e.id) as number;
          latencies.push(e.time - madeAt);
          if (madeAt < fromMs) madeBefore++;
        }
        if (e.kind === 'drop') drops++;
        if (e.kind === 'retry') retries++;
      }).cursor;
    };
    sim.advanceTo(fromMs);
    read(false);
    const from = takeTally(sim);
    for (let t = fromMs + 100; t <= toMs; t += 100) {
      sim.advanceTo(t);
      read(true);
    }
    const window = tallyBetween(from, takeTally(sim));

    expect(latencies.length).toBeGreaterThan(50);
    expect(window.delivered).toBe(latencies.length);
    expect(window.dropped.total).toBe(drops);
    expect(window.retries).toBe(retries);
    expect(drops).toBeGreaterThan(0);
    expect(METRICS.throughput.fromWindow(window, undefined)).toBeCloseTo(latencies.length / 2, 9);
    const sorted = [...latencies].sort((a, b) => a - b);
    for (const [id, q] of [
      ['latencyP50', 0.5],
      ['latencyP95', 0.95],
      ['latencyP99', 0.99],
    ] as const) {
      const exact = exactQuantile(sorted, q);
      const measured = METRICS[id].fromWindow(window, undefined);
      // Within the histogram's resolution: 32 buckets per doubling, reported at the middle.
      expect(Math.abs(measured - exact) / exact, id).toBeLessThan(1 / 32);
    }
    expect(METRICS.latencyMean.fromWindow(window, undefined)).toBeCloseTo(
      latencies.reduce((a, b) => a + b, 0) / latencies.length,
      6,
    );
    // Some of the window's messages were made before it began and still count: a windowed latency
    // is that of the messages *delivered* in the window.
    expect(madeBefore).toBeGreaterThan(0);
  });

  it('average time-based measures over the window alone', () => {
    const steadyThenIdle = scenario({
      workload: {
        pattern: { kind: 'step', baseRatePerSec: 0, stepRatePerSec: 40, atMs: 0, durationMs: 5000 },
      },
    });
    const sim = createSimulation(steadyThenIdle, { eventCapacity: 0 });
    sim.advanceTo(10_000);
    const from = takeTally(sim);
    sim.advanceTo(20_000);
    const idle = tallyBetween(from, takeTally(sim));
    // Nothing arrives after 5 s: in the window the consumer never works, whatever it did before.
    expect(METRICS.utilization.fromWindow(idle, undefined)).toBe(0);
    expect(METRICS.queueDepthMean.fromWindow(idle, undefined)).toBe(0);
    expect(METRICS.delivered.fromWindow(idle, undefined)).toBe(0);
    expect(METRICS.latencyP99.fromWindow(idle, undefined)).toBeNaN();
    expect(sim.summary().utilization).toBeGreaterThan(0.1);
  });
});
