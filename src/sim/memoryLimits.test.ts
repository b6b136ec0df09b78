/**
 * However hostile a valid scenario, the engine holds no more than the machine's limits (limits.ts):
 * a queue with no limit runs the consumer out of memory, the producer gives up what it cannot keep
 * for a retry, spare messages and stale events do not pile up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine, type SimulationOptions } from './engine.ts';
import {
  EVENT_COMPACTION_THRESHOLD,
  HOST_MESSAGE_LIMIT,
  RETRY_WAIT_LIMIT,
  SPARE_MESSAGE_LIMIT,
  type EngineLimits,
} from './limits.ts';
import { parseScenario } from './parseScenario.ts';
import { MAX_WORKERS, type ScenarioInput } from './scenario.ts';
import { takeSnapshot } from './snapshot.ts';
import { arbitraryHostile, arbitraryLimits } from './testing/arbitraryRun.ts';
import { brokenInvariant } from './testing/invariants.ts';

function simulate(input: ScenarioInput, options: SimulationOptions = { eventCapacity: 0 }) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createSimulation(parsed.value, options);
}

/** The scenario that ran the CLI out of memory at 4.3 GB: a million a second into no limit. */
const unbounded: ScenarioInput = {
  workload: { pattern: { kind: 'steady', ratePerSec: 1_000_000 } },
  queue: { capacity: null },
  consumers: { service: { kind: 'constant', meanMs: 86_400_000 } },
};

/** Advances in steps of `stepMs`, calling `look` after each. */
function watch(sim: Engine, untilMs: number, stepMs: number, look: () => void): void {
  for (let t = sim.now + stepMs; t <= untilMs; t += stepMs) {
    sim.advanceTo(t);
    look();
  }
}

describe("the machine's memory", () => {
  it('crashes a consumer whose unbounded queue passes the machine’s limit, and says why', () => {
    const sim = simulate(unbounded);
    let most = 0;
    let cause: string | null = null;
    watch(sim, 400, 10, () => {
      most = Math.max(most, sim.room.count);
      if (sim.crashed) cause = takeSnapshot(sim, 1).crashCause;
    });
    const s = sim.summary();
    expect(most).toBeLessThanOrEqual(HOST_MESSAGE_LIMIT);
    expect(s.crashes).toBe(1);
    expect(s.machineMemoryCrashes).toBe(1);
    expect(cause).toBe('machine-memory');
    // Everything it held is lost: the limit and the one message too many.
    expect(s.dropped.oom).toBeGreaterThanOrEqual(HOST_MESSAGE_LIMIT + 1);
    expect(s.queueDepth.max).toBe(HOST_MESSAGE_LIMIT + 1);
    // Memory falls back: the lost messages are not all kept for reuse.
    expect(sim.inspect().spare).toBeLessThanOrEqual(SPARE_MESSAGE_LIMIT);
    expect(sim.inspect().messages).toBeLessThan(SPARE_MESSAGE_LIMIT + 1000);
  }, 30_000);

  it('crashes at one message over the limit, not at the limit', () => {
    const limits = { hostMessages: 50 };
    const run = (capacity: number) => {
      const sim = simulate(
        { ...unbounded, queue: { capacity, whenFull: 'drop-oldest' } },
        { eventCapacity: 0, limits },
      );
      sim.run(100);
      return sim.summary();
    };
    expect(run(50).crashes).toBe(0);
    expect(run(51).machineMemoryCrashes).toBe(1);
  });

  it('tells a crash of the machine’s memory from one over the budget, in the summary and events', () => {
    const crashEvent = (memoryBudgetBytes: number) => {
      const sim = simulate(
        {
          ...unbounded,
          workload: { ...unbounded.workload, sizeBytes: { min: 1000, max: 1000 } },
          queue: { capacity: null, memoryBudgetBytes },
        },
        { eventCapacity: 1 << 12, limits: { hostMessages: 20 } },
      );
      let found: { lost: number; overBytes: number } | null = null;
      for (let i = 0; i < 200 && found === null; i++) {
        sim.advanceTo(sim.nextEventTime());
        sim.events?.readSince(0, (e) => {
          if (e.kind === 'crash') found = { lost: e.a, overBytes: e.b };
        });
      }
      return { event: found, summary: sim.summary(), cause: sim.crashCause };
    };
    // A budget a billion times larger than the queue could fill: the machine runs out first.
    const machine = crashEvent(1e12);
    expect(machine.cause).toBe('machine-memory');
    expect(machine.event).toEqual({ lost: 22, overBytes: 0 });
    expect(machine.summary.machineMemoryCrashes).toBe(1);
    // 10 KB: the eleventh 1 KB message is 1,000 bytes over it.
    const budget = crashEvent(10_000);
    expect(budget.cause).toBe('memory-budget');
    expect(budget.event).toEqual({ lost: 12, overBytes: 1_000 });
    expect(budget.summary.crashes).toBe(1);
    expect(budget.summary.machineMemoryCrashes).toBe(0);
  });
});

describe('the producer’s memory for retries', () => {
  it('gives a refused message up at once when it already keeps the most it can', () => {
    // A full queue, a million a second, and retries that wait a day.
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 1_000_000 } },
      queue: { capacity: 10, whenFull: 'reject' },
      retry: { kind: 'fixed', delayMs: 86_400_000, maxAttempts: 100 },
      consumers: { service: { kind: 'constant', meanMs: 86_400_000 } },
    });
    let most = 0;
    watch(sim, 300, 20, () => (most = Math.max(most, sim.retryWaiting)));
    const s = sim.summary();
    expect(most).toBe(RETRY_WAIT_LIMIT);
    expect(s.retryWaiting).toBe(RETRY_WAIT_LIMIT);
    // Each of the rest was refused once and given up on its first attempt of 100.
    expect(s.dropped['gave-up']).toBe(s.produced - RETRY_WAIT_LIMIT - 11);
    expect(s.retries).toBe(0);
    expect(sim.inspect().retryWaiting).toBe(RETRY_WAIT_LIMIT);
  }, 30_000);
});

describe('stale events', () => {
  it('do not pile up when a crash storm leaves a completion a day away behind each crash', () => {
    // A 1-byte budget crashes the process at every message that has to wait; each crash orphans
    // the completions of 100 workers busy for a day.
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 1_000_000 } },
      queue: { capacity: null, memoryBudgetBytes: 1, restartDelayMs: 0 },
      consumers: { count: MAX_WORKERS, service: { kind: 'constant', meanMs: 86_400_000 } },
    });
    let most = 0;
    watch(sim, 300, 5, () => (most = Math.max(most, sim.inspect().pendingEvents)));
    // Thousands of crashes, a hundred orphans each: hundreds of thousands without clearing out.
    expect(sim.summary().crashes).toBeGreaterThan(2000);
    expect(most).toBeLessThanOrEqual(2 * EVENT_COMPACTION_THRESHOLD);
  }, 30_000);
});

/** Whatever live events the limits allow, and generously many stale ones since the last clear-out. */
function mostEvents(limits: EngineLimits & { eventCompactionThreshold: number }): number {
  const live = limits.retryWaiting + limits.signalsInFlight + 60 + 4 * MAX_WORKERS + 10;
  let firstClearOut = 64;
  while (firstClearOut < limits.eventCompactionThreshold) firstClearOut *= 2;
  return 2 * firstClearOut + 3 * live;
}

describe('every hostile scenario', () => {
  it('holds no more than the limits, at every event', () => {
    fc.assert(
      fc.property(arbitraryHostile, arbitraryLimits, (input, limits) => {
        const sim = simulate(input, { eventCapacity: 0, limits });
        const eventsAtMost = mostEvents(limits);
        for (let i = 0; i < 4000 && sim.nextEventTime() <= 3000; i++) {
          sim.advanceTo(sim.nextEventTime());
          const broken = brokenInvariant(sim, limits);
          if (broken !== null) expect.fail(`at t = ${sim.now}: ${broken}`);
          const pending = sim.inspect().pendingEvents;
          if (pending > eventsAtMost)
            expect.fail(`${pending} pending events, more than ${eventsAtMost}`);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('reaches the limits it is given (the property above is not vacuous)', () => {
    const limits = { hostMessages: 40, retryWaiting: 30, spareMessages: 5, signalsInFlight: 3 };
    // Crashes, then refuses everything for 3 s while it restarts: retries pile up.
    const crashing = simulate(
      { ...unbounded, retry: { kind: 'fixed', delayMs: 86_400_000, maxAttempts: 5 } },
      { eventCapacity: 0, limits },
    );
    while (crashing.summary().crashes === 0) crashing.advanceTo(crashing.nextEventTime());
    // Right after the crash, the spare messages are full of what it lost.
    expect(crashing.inspect().spare).toBe(5);
    crashing.run(50);
    expect(crashing.summary().machineMemoryCrashes).toBe(1);
    expect(crashing.inspect().retryWaiting).toBe(30);
    expect(crashing.summary().dropped['gave-up']).toBeGreaterThan(0);
    // A full queue at every look: "slow down" every millisecond, each a day on its way.
    const signalling = simulate(
      {
        ...unbounded,
        queue: { capacity: 10 },
        feedback: {
          kind: 'watermark',
          highWatermark: 2,
          lowWatermark: 1,
          delayMs: 86_400_000,
          intervalMs: 1,
        },
      },
      { eventCapacity: 0, limits },
    );
    signalling.run(50);
    expect(signalling.inspect().signalsInFlight).toBe(3);
  });
});
