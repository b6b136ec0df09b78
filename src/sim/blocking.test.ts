/** A producer blocked on a full queue goes on as soon as there is somewhere for its message to go. */
import { describe, expect, it } from 'vitest';
import { Blocked, createSimulation } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { ScenarioInput } from './scenario.ts';
import { WorkerState } from './worker.ts';

function simulate(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createSimulation(parsed.value, { eventCapacity: 0 });
}

describe('a producer blocked on a full queue', () => {
  it('hands its message to a worker as it frees up when nothing may wait (capacity 0)', () => {
    // A Go channel without a buffer: each send waits for the receiver, and the pair keeps pace.
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 100 }, spacing: 'even' },
      queue: { capacity: 0, whenFull: 'block' },
      consumers: { service: { kind: 'constant', meanMs: 20 } },
    });
    sim.run(10_000);
    const s = sim.summary();
    expect(s.delivered).toBeGreaterThan(490);
    expect(s.dropped.total).toBe(0);
    expect(s.producerBlockedFraction).toBeGreaterThan(0.4);
    expect(s.producerBlockedFraction).toBeLessThan(0.6);
  });

  it('goes on when the worker of its key is free, though other keys fill the queue', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 400 }, keyCount: 4 },
      queue: { capacity: 3, whenFull: 'block' },
      consumers: { count: 4, ordering: 'per-key', service: { kind: 'exponential', meanMs: 12 } },
    });
    let stuck = 0;
    for (let i = 0; i < 20_000 && sim.nextEventTime() < 20_000; i++) {
      sim.advanceTo(sim.nextEventTime());
      const m = sim.held;
      if (sim.blocked !== Blocked.queueFull || m === null) continue;
      const own = sim.workers[m.key % sim.workers.length];
      if (own?.state === WorkerState.idle) stuck++;
    }
    expect(stuck).toBe(0);
  });
});
