/**
 * A credit window never overflows the receiver: the credits handed out are capped at the queue's
 * capacity, as real flow control advertises only the room it has.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import { presetScenario } from './presets.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { effectiveCreditWindow } from './creditWindow.ts';
import { arbitraryCreditScenario } from './testing/arbitraryRun.ts';
import { brokenInvariant } from './testing/invariants.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** Drops that mean a message found the queue full. */
function fullQueueLosses(s: ReturnType<ReturnType<typeof createSimulation>['summary']>): number {
  const d = s.dropped;
  return d.rejected + d['evicted-oldest'] + d['evicted-youngest'] + d.flushed + d.priority;
}

describe('the credit window in force', () => {
  it('is the window, capped at the queue’s capacity; one credit with no room to wait', () => {
    expect(effectiveCreditWindow(10, 50)).toBe(10);
    expect(effectiveCreditWindow(60, 50)).toBe(50);
    expect(effectiveCreditWindow(60, null)).toBe(60);
    expect(effectiveCreditWindow(5, 0)).toBe(1);
  });

  it('loses nothing when the window is set larger than the queue (the credit-window preset at 60)', () => {
    // Before the cap, a window of 60 in front of a queue of 50 lost about a third of the messages.
    const base = presetScenario('credit-window');
    const s = scenario({ ...base, feedback: { kind: 'credit', window: 60, delayMs: 50 } });
    const sim = createSimulation(s, { eventCapacity: 0 });
    sim.run(30_000);
    const summary = sim.summary();
    expect(summary.delivered).toBeGreaterThan(1000);
    expect(summary.dropped.total).toBe(0);
    expect(summary.rejections).toBe(0);
    expect(summary.queueDepth.max).toBeLessThanOrEqual(50);
    // The producer waits for credit instead.
    expect(summary.producerBlockedFraction).toBeGreaterThan(0.1);
  });

  it('follows a smaller queue mid-run: no credit is handed out past the new capacity', () => {
    const s = scenario({
      workload: { pattern: { kind: 'steady', ratePerSec: 400 } },
      queue: { capacity: 40, whenFull: 'drop-oldest' },
      feedback: { kind: 'credit', window: 40, delayMs: 5 },
      consumers: { service: { kind: 'exponential', meanMs: 10 } },
    });
    const sim = createSimulation(s, { eventCapacity: 0 });
    sim.run(2_000);
    sim.reconfigure({ ...s, queue: { ...s.queue, capacity: 8 } });
    // Messages already waiting above the new capacity stay; once they are gone, nothing overflows.
    sim.run(2_000);
    const before = fullQueueLosses(sim.summary());
    for (let t = 0; t < 5_000; t += 1) {
      sim.advanceTo(sim.now + 1);
      expect(sim.room.count).toBeLessThanOrEqual(8);
      const broken = brokenInvariant(sim);
      if (broken !== null) throw new Error(broken);
    }
    expect(fullQueueLosses(sim.summary())).toBe(before);
  });

  it('with no room to wait (capacity 0) hands each message straight to a free worker', () => {
    const s = scenario({
      workload: { pattern: { kind: 'steady', ratePerSec: 300 } },
      queue: { capacity: 0, whenFull: 'reject' },
      feedback: { kind: 'credit', window: 20, delayMs: 2 },
      consumers: { service: { kind: 'exponential', meanMs: 10 } },
    });
    const sim = createSimulation(s, { eventCapacity: 0 });
    sim.run(20_000);
    const summary = sim.summary();
    expect(summary.delivered).toBeGreaterThan(1000);
    expect(summary.dropped.total).toBe(0);
  });
});

describe('any scenario under a credit window', () => {
  it('never loses a message to a full queue when messages have room to wait', () => {
    fc.assert(
      fc.property(arbitraryCreditScenario, (input) => {
        const s = scenario(input);
        fc.pre(s.queue.capacity === null || s.queue.capacity >= 1);
        const sim = createSimulation(s, { eventCapacity: 0 });
        sim.run(4_000);
        expect(fullQueueLosses(sim.summary())).toBe(0);
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
