/**
 * Scenarios that used to take the engine's memory without bound, run for a bounded number of
 * messages while the heap is watched: a million messages a second into a queue with no limit and a
 * consumer that never finishes (it ran the CLI out of memory at 4.3 GB), and the same rate into a
 * full queue whose refusals are retried after a day. The machine's limits (src/sim/limits.ts) must
 * keep the peak heap far below what a browser tab can afford.
 */
import { createSimulation } from '../src/sim/engine.ts';
import { parseScenario } from '../src/sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../src/sim/scenario.ts';

const DAY_MS = 86_400_000;

export const HOSTILE = {
  'unbounded queue': {
    workload: { pattern: { kind: 'steady', ratePerSec: 1_000_000 } },
    queue: { capacity: null },
    consumers: { service: { kind: 'constant', meanMs: DAY_MS } },
  },
  'retry storm': {
    workload: { pattern: { kind: 'steady', ratePerSec: 1_000_000 } },
    queue: { capacity: 10, whenFull: 'reject' },
    retry: { kind: 'fixed', delayMs: DAY_MS, maxAttempts: 100 },
    consumers: { service: { kind: 'constant', meanMs: DAY_MS } },
  },
} as const satisfies Record<string, ScenarioInput>;

export type HostileName = keyof typeof HOSTILE;

function hostileScenario(name: HostileName): Scenario {
  const parsed = parseScenario({ name: `Bench: ${name}`, ...HOSTILE[name] });
  if (!parsed.ok) throw new Error(`bench scenario is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export interface HostileResult {
  produced: number;
  crashes: number;
  gaveUp: number;
  /** Messages the engine held at the end: waiting, in service, waiting to retry, spare. */
  heldAtEnd: number;
  elapsedMs: number;
  /** Highest heapUsed seen between steps, bytes. */
  peakHeapBytes: number;
  baselineHeapBytes: number;
}

/** Simulated time between two looks at the heap: 10,000 messages at a million a second. */
const STEP_MS = 10;

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Runs `name` until it has produced `messages` messages, watching the heap. */
export function runHostile(name: HostileName, messages: number): HostileResult {
  const scenario = hostileScenario(name);
  collectGarbage?.();
  const baselineHeapBytes = process.memoryUsage().heapUsed;
  let peakHeapBytes = baselineHeapBytes;
  const started = performance.now();
  const sim = createSimulation(scenario, { eventCapacity: 0 });
  while (sim.meter.produced < messages) {
    sim.advanceTo(sim.now + STEP_MS);
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
  }
  const elapsedMs = performance.now() - started;
  const s = sim.summary();
  return {
    produced: s.produced,
    crashes: s.crashes,
    gaveUp: s.dropped['gave-up'],
    heldAtEnd: sim.inspect().messages,
    elapsedMs,
    peakHeapBytes,
    baselineHeapBytes,
  };
}
