/**
 * A heavier, more realistic run: 10,000 messages/s into 10 autoscaled consumers (between 2 and 10,
 * each about 1 ms a message, so the pool is at its limit) with drop-oldest, for one simulated hour:
 * 36 million messages through the autoscaler, evictions, per-key bookkeeping and the time series.
 * It measures speed and the peak JS heap, which must stay flat however long the run: the core's
 * memory is bounded by the queue's capacity and the series window, not by the run's length.
 */
import { createSimulation } from '../src/sim/engine.ts';
import { parseScenario } from '../src/sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../src/sim/scenario.ts';

export function heavyScenario(durationSec: number, seed: number): Scenario {
  const input: ScenarioInput = {
    name: 'Bench: 10k/s, 10 autoscaled consumers, drop-oldest',
    seed,
    durationSec,
    workload: { pattern: { kind: 'steady', ratePerSec: 10_000 }, spacing: 'poisson' },
    queue: { capacity: 1000, whenFull: 'drop-oldest' },
    consumers: {
      count: 10,
      service: { kind: 'exponential', meanMs: 1 },
      autoscale: { min: 2, max: 10, scaleUpDepth: 200, scaleDownDepth: 20 },
    },
  };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`bench scenario is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export interface HeavyResult {
  produced: number;
  delivered: number;
  dropped: number;
  elapsedMs: number;
  /** Highest heapUsed seen at the sampling points, bytes. */
  peakHeapBytes: number;
  /** heapUsed just before the simulation was built (after a GC when available), bytes. */
  baselineHeapBytes: number;
}

/** How much simulated time passes between two heap samples. */
const SAMPLE_EVERY_MS = 10_000;

const collectGarbage = (globalThis as { gc?: () => void }).gc;

export function runHeavy(durationSec: number, seed: number): HeavyResult {
  const scenario = heavyScenario(durationSec, seed);
  collectGarbage?.();
  const baselineHeapBytes = process.memoryUsage().heapUsed;
  let peakHeapBytes = baselineHeapBytes;

  const started = performance.now();
  const sim = createSimulation(scenario, { eventCapacity: 0 });
  const endMs = durationSec * 1000;
  // Advancing in chunks costs nothing measurable (360 calls an hour) and lets us watch the heap.
  for (let chunkEnd = SAMPLE_EVERY_MS; ; chunkEnd += SAMPLE_EVERY_MS) {
    const target = Math.min(endMs, chunkEnd);
    sim.advanceTo(target);
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
    if (target === endMs) break;
  }
  const s = sim.summary();
  const elapsedMs = performance.now() - started;

  return {
    produced: s.produced,
    delivered: s.delivered,
    dropped: s.dropped.total,
    elapsedMs,
    peakHeapBytes,
    baselineHeapBytes,
  };
}
