/** Turning knobs on a running simulation. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Blocked, createSimulation, type Engine } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { arbitraryScenario } from './testing/arbitraryScenario.ts';
import { conservationGap } from './testing/conservation.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const base = scenario({
  workload: { pattern: { kind: 'steady', ratePerSec: 150 } },
  queue: { capacity: 20, whenFull: 'block' },
  consumers: { service: { kind: 'exponential', meanMs: 10 } },
});

describe('reconfigure', () => {
  it('asks for a reset when the seed changes, and changes nothing', () => {
    const sim = createSimulation(base);
    sim.run(1000);
    expect(sim.reconfigure({ ...base, seed: 99 })).toEqual({ resetNeeded: true });
    expect(sim.scenario).toBe(base);
  });

  it('keeps the queue and the clock when the producer rate changes', () => {
    const sim = createSimulation(base, { eventCapacity: 0 });
    sim.run(5_000);
    const waiting = sim.room.count;
    sim.reconfigure({
      ...base,
      workload: { ...base.workload, pattern: { kind: 'steady', ratePerSec: 20 } },
    });
    expect(sim.room.count).toBe(waiting);
    const before = sim.meter.produced;
    sim.run(10_000);
    expect((sim.meter.produced - before) / 10).toBeLessThan(30);
  });

  it('adds workers at once and the queue drains', () => {
    const sim = createSimulation(base, { eventCapacity: 0 });
    sim.run(5_000);
    expect(sim.room.count).toBeGreaterThan(10);
    sim.reconfigure({ ...base, consumers: { ...base.consumers, count: 4 } });
    expect(sim.workers.length).toBe(4);
    sim.run(2_000);
    expect(sim.room.count).toBeLessThan(5);
  });

  it('lets a blocked producer go when the queue grows', () => {
    const sim = createSimulation(base, { eventCapacity: 0 });
    sim.run(5_000);
    sim.reconfigure({ ...base, queue: { ...base.queue, capacity: 500 } });
    sim.run(1);
    expect(sim.held).toBeNull();
  });

  it('turns on per-key ordering with one lane per worker', () => {
    const sim = createSimulation(
      { ...base, consumers: { ...base.consumers, count: 3 } },
      { eventCapacity: 0 },
    );
    sim.run(2_000);
    sim.reconfigure({ ...base, consumers: { ...base.consumers, count: 3, ordering: 'per-key' } });
    expect(sim.room.laneCount).toBe(3);
  });

  it('switching to a credit window bounds the queue by the window', () => {
    const open = scenario({ ...base, queue: { capacity: null } });
    const sim = createSimulation(open, { eventCapacity: 0 });
    sim.run(3_000);
    sim.reconfigure({ ...open, feedback: { kind: 'credit', window: 5, delayMs: 10 } });
    sim.run(20_000);
    let max = 0;
    while (sim.nextEventTime() <= 30_000) {
      sim.advanceTo(sim.nextEventTime());
      max = Math.max(max, sim.room.count);
    }
    expect(max).toBeLessThanOrEqual(5);
  });

  describe('the credit window', () => {
    // Credits come back a long 5 s after each message, so the producer runs out and waits.
    const credit = (window: number): Scenario['feedback'] => ({
      kind: 'credit',
      window,
      delayMs: 5_000,
    });
    const slowCredits = scenario({
      ...base,
      queue: { capacity: null },
      feedback: credit(3),
    });
    /** Credits with the producer, held by messages in the system, or on their way back. */
    const accounted = (sim: Engine) => {
      const held = sim.inspect();
      return sim.credits + held.creditedMessages + held.creditsInFlight;
    };

    it('releases a producer waiting for credit as soon as it is raised', () => {
      const sim = createSimulation(slowCredits, { eventCapacity: 0 });
      sim.run(1_000);
      expect(sim.blocked).toBe(Blocked.noCredit);
      const produced = sim.meter.produced;
      sim.reconfigure({ ...slowCredits, feedback: credit(10) });
      // At once, not when a credit comes home 4 s later: the held message and 6 more go out,
      // and the next waits for credit again.
      expect(sim.blocked).toBe(Blocked.no);
      sim.run(500);
      expect(sim.meter.produced - produced).toBe(6 + 1);
      expect(sim.blocked).toBe(Blocked.noCredit);
      expect(accounted(sim)).toBe(10);
    });

    it('makes a producer wait out a lowered window until enough credits are back', () => {
      const sim = createSimulation({ ...slowCredits, feedback: credit(10) }, { eventCapacity: 0 });
      sim.run(1_000);
      sim.reconfigure({ ...slowCredits, feedback: credit(4) });
      // 10 credits are out, so the producer owes 6 and may not send until 7 are back.
      expect(sim.credits).toBe(-6);
      expect(accounted(sim)).toBe(4);
      const produced = sim.meter.produced;
      sim.run(3_000);
      expect(sim.meter.produced).toBe(produced);
      sim.run(30_000);
      expect(accounted(sim)).toBe(4);
      expect(sim.inspect().creditedMessages + sim.inspect().creditsInFlight).toBeLessThanOrEqual(4);
    });

    it('counts credits still out from before feedback was turned off against a new window', () => {
      const sim = createSimulation(slowCredits, { eventCapacity: 0 });
      sim.run(1_000);
      sim.reconfigure({ ...slowCredits, feedback: { kind: 'none' } });
      sim.run(10);
      sim.reconfigure(slowCredits);
      // The 3 credits taken before are still on their way back: the producer has none to spend.
      expect(accounted(sim)).toBe(3);
      expect(sim.credits).toBeLessThanOrEqual(0);
      let most = 0;
      for (let t = sim.now; t < 20_000; t += 50) {
        sim.advanceTo(t);
        const held = sim.inspect();
        most = Math.max(most, held.creditedMessages + held.creditsInFlight);
      }
      expect(most).toBe(3);
    });
  });

  it('is deterministic: the same change at the same time gives the same run', () => {
    const runOnce = () => {
      const sim = createSimulation(base, { eventCapacity: 0 });
      sim.run(3_000);
      sim.reconfigure({
        ...base,
        queue: { ...base.queue, whenFull: 'drop-oldest' },
        consumers: { ...base.consumers, count: 2 },
      });
      sim.run(3_000);
      return sim.summary();
    };
    expect(runOnce()).toEqual(runOnce());
  });

  it('conserves messages across any change between valid scenarios', () => {
    fc.assert(
      fc.property(
        arbitraryScenario,
        arbitraryScenario,
        fc.integer({ min: 0, max: 3000 }),
        (a, b, at) => {
          const first = scenario(a);
          const second = scenario({
            ...b,
            seed: first.seed,
            metrics: { ...b.metrics, seriesLength: first.metrics.seriesLength },
          });
          const sim = createSimulation(first);
          sim.run(at);
          expect(sim.reconfigure(second).resetNeeded).toBe(false);
          for (let i = 0; i < 2_000 && sim.nextEventTime() <= at + 3_000; i++) {
            sim.advanceTo(sim.nextEventTime());
            if (conservationGap(sim) !== 0) expect.fail(`conservation broken at ${sim.now}`);
          }
          const c = second.consumers;
          if (c.autoscale === null) expect(sim.workers.length).toBe(c.count);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
