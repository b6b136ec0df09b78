/**
 * A crash (an outage that resets) in the first stage of a pipeline: the consumers blocked holding a
 * finished message, waiting for the next stage to take it, lose it with the rest of the crashed
 * server's work, and the next stage stops waiting to take it from them. (Found by the determinism
 * property in pipeline.test.ts: the next stage once reached into a consumer the crash had emptied.)
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine.ts';
import { parseScenario } from '../parseScenario.ts';
import type { ScenarioInput } from '../scenario.ts';
import { brokenInvariant } from '../testing/invariants.ts';
import { WorkerState } from '../worker.ts';

/** A fast first stage behind which a slow one with no queue keeps a consumer blocked. */
const scenario: ScenarioInput = {
  seed: 3,
  workload: { pattern: { kind: 'steady', ratePerSec: 40 }, spacing: 'even' },
  queue: { capacity: 10, whenFull: 'reject' },
  consumers: { count: 2, service: { kind: 'constant', meanMs: 2 } },
  retry: { kind: 'fixed', delayMs: 0, maxAttempts: 1 },
  triggers: [{ kind: 'outage', atMs: 1000, durationMs: 200, mode: 'reset' }],
  downstream: [
    {
      link: { kind: 'blocking' },
      queue: { capacity: 0, whenFull: 'reject' },
      consumers: { count: 1, service: { kind: 'constant', meanMs: 60 } },
    },
  ],
};

describe('a crash in the first stage of a pipeline', () => {
  it('takes the messages its blocked consumers hold, and the chain runs on with its books kept', () => {
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error('the scenario must parse');
    const sim = createSimulation(parsed.value, { eventCapacity: 0 });
    sim.advanceTo(999);
    // Just before the crash: the slow second stage keeps a first-stage consumer blocked.
    expect(sim.workers.some((w) => w.state === WorkerState.blocked)).toBe(true);
    const deliveredBefore = sim.summary().delivered;
    for (let t = 1000; t <= 4000; t += 1) {
      sim.advanceTo(t);
      expect(brokenInvariant(sim), `at ${t} ms`).toBeNull();
      if (t === 1000) expect(sim.workers.some((w) => w.state === WorkerState.blocked)).toBe(false);
    }
    const after = sim.summary();
    // The held messages failed with the crash (their requesters gave up: one attempt each) ...
    expect(after.dropped['gave-up']).toBeGreaterThan(0);
    // ... and once the server is back the chain delivers again.
    expect(after.delivered).toBeGreaterThan(deliveredBefore + 10);
  });
});
