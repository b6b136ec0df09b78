/** Requesters that stop waiting: timeouts, retry copies, wasted work, and the knobs around them. */
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from './scenario.ts';
import { allEvents, simulate } from './testing/simulate.ts';

/** One worker at 10/s (100 ms each) offered 20/s evenly: the queue grows, so waits pass 150 ms. */
const overloaded: ScenarioInput = {
  workload: { pattern: { kind: 'steady', ratePerSec: 20 }, spacing: 'even' },
  queue: { capacity: 20, whenFull: 'reject' },
  consumers: { service: { kind: 'constant', meanMs: 100 } },
  requester: { timeoutMs: 150 },
};

describe('a requester timeout', () => {
  it('gives up on attempts that wait too long; processing them then is wasted work', () => {
    const sim = simulate(overloaded);
    sim.run(10_000);
    const s = sim.summary();
    expect(s.timedOut).toBeGreaterThan(50);
    expect(s.wastedDeliveries).toBeGreaterThan(50);
    // Every service takes exactly 100 ms, and nothing cuts one short.
    expect(s.wastedWorkMs).toBeCloseTo(s.wastedDeliveries * 100, 6);
    // No retry policy: each timeout loses its request, and nothing is offered twice.
    expect(s.dropped['timed-out']).toBe(s.timedOut);
    expect(s.attemptsPerMessage).toBe(1);
    // A delivery counts only if its requester still waited: all of them are within 150 ms.
    expect(s.latencyMs.max).toBeLessThanOrEqual(150);
    // The copies nobody waits for are still in the queue, and counted apart.
    expect(s.abandoned).toBeGreaterThan(0);
    expect(s.abandoned).toBeLessThanOrEqual(s.waiting + s.inService);
  });

  it('does nothing when it is long enough', () => {
    const sim = simulate({ ...overloaded, requester: { timeoutMs: 60_000 } });
    const off = simulate({ ...overloaded, requester: { timeoutMs: null } });
    sim.run(10_000);
    off.run(10_000);
    expect(sim.summary().timedOut).toBe(0);
    expect({ ...sim.summary() }).toEqual({ ...off.summary() });
  });

  it('is retried per the retry policy, as a new copy, while the original stays in the queue', () => {
    const sim = simulate(
      { ...overloaded, retry: { kind: 'fixed', delayMs: 0, maxAttempts: 3 } },
      1 << 16,
    );
    sim.run(5_000);
    const s = sim.summary();
    expect(s.retries).toBeGreaterThan(0);
    expect(s.attemptsPerMessage).toBeGreaterThan(1.5);
    // A request is lost to a timeout only on its third attempt.
    const events = allEvents(sim);
    const timeouts = events.filter((e) => e.kind === 'timeout');
    for (const e of timeouts) expect(e.a >= 0).toBe(e.b < 3);
    expect(s.dropped['timed-out']).toBe(timeouts.filter((e) => e.a < 0).length);
    // The copy retried at once has its own id; the original is still waiting somewhere.
    const retried = timeouts.find((e) => e.a >= 0);
    expect(retried).toBeDefined();
    const copyEvents = events.filter((e) => e.id === retried?.a).map((e) => e.kind);
    expect(copyEvents.slice(0, 2)).toEqual(['retry-wait', 'retry']);
  });

  it('reports the peak retry rate: the highest retry rate of any sample interval', () => {
    const sim = simulate({
      ...overloaded,
      retry: { kind: 'fixed', delayMs: 0, maxAttempts: 3 },
      triggers: [{ kind: 'outage', atMs: 2000, durationMs: 1000 }],
    });
    sim.run(6_000);
    const rates = sim.series.read('retryRate');
    expect(sim.summary().peakRetryRatePerSec).toBe(Math.max(...rates));
    expect(sim.summary().peakRetryRatePerSec).toBeGreaterThan(0);
  });
});

describe('a requester timeout changed mid-run', () => {
  it('turned off, lets the attempts already waiting wait for ever', () => {
    const sim = simulate(overloaded);
    sim.run(3_000);
    const before = sim.summary().timedOut;
    const next = structuredClone(sim.scenario);
    next.requester.timeoutMs = null;
    sim.reconfigure(next);
    sim.run(3_000);
    expect(before).toBeGreaterThan(0);
    expect(sim.summary().timedOut).toBe(before);
  });
});

describe('a retry budget and a circuit breaker across live changes', () => {
  it('keep their state when another knob changes, and start afresh when their own settings do', () => {
    const sim = simulate({
      ...overloaded,
      retry: { kind: 'fixed', delayMs: 0, maxAttempts: 5 },
      requester: {
        timeoutMs: 150,
        retryBudget: { tokensPerRequest: 0.1, maxTokens: 10 },
        circuitBreaker: { failures: 5, windowMs: 1000, openMs: 60_000, probes: 1 },
      },
    });
    sim.run(3_000);
    const budget = sim.budget;
    const breaker = sim.breaker;
    expect(breaker?.opened).toBe(1);
    const other = structuredClone(sim.scenario);
    other.consumers.refusalCostMs = 1;
    sim.reconfigure(other);
    expect(sim.budget).toBe(budget);
    expect(sim.breaker).toBe(breaker);
    const own = structuredClone(other);
    own.requester.retryBudget = { tokensPerRequest: 0.2, maxTokens: 10 };
    sim.reconfigure(own);
    expect(sim.budget).not.toBe(budget);
    expect(sim.budget?.tokens).toBe(10);
  });
});

describe('checking the deadline before working (consumers.skipAbandoned)', () => {
  it('throws away copies whose requester gave up, instead of processing them', () => {
    // Half the worker's capacity, but a two-second spike of six times that leaves a backlog.
    const spiky: ScenarioInput = {
      workload: { pattern: { kind: 'steady', ratePerSec: 5 }, spacing: 'even' },
      queue: { capacity: 50, whenFull: 'reject' },
      consumers: { service: { kind: 'constant', meanMs: 100 } },
      requester: { timeoutMs: 500 },
      triggers: [{ kind: 'spike', atMs: 1000, durationMs: 2000, factor: 6 }],
    };
    const plain = simulate(spiky);
    const checked = simulate({ ...spiky, consumers: { ...spiky.consumers, skipAbandoned: true } });
    plain.run(10_000);
    checked.run(10_000);
    const p = plain.summary();
    const c = checked.summary();
    expect(p.discarded).toBe(0);
    expect(c.discarded).toBeGreaterThan(10);
    expect(c.wastedDeliveries).toBeLessThan(p.wastedDeliveries / 2);
    expect(c.delivered).toBeGreaterThan(2 * p.delivered);
  });

  it('under FIFO and steady overload, still serves the oldest live copy, which times out mid-work', () => {
    // Why the check alone does not end a retry storm: the copy it reaches is the one nearest its deadline.
    const checked = simulate({
      ...overloaded,
      consumers: { ...overloaded.consumers, skipAbandoned: true },
    });
    checked.run(10_000);
    const c = checked.summary();
    expect(c.discarded).toBeGreaterThan(50);
    expect(c.delivered).toBeLessThan(5);
  });
});

describe('deadline propagation (requester.propagateDeadline)', () => {
  it('takes a timed-out copy out of the queue or off its worker, so none is processed', () => {
    const sim = simulate({ ...overloaded, requester: { timeoutMs: 150, propagateDeadline: true } });
    sim.run(10_000);
    const s = sim.summary();
    expect(s.timedOut).toBeGreaterThan(0);
    expect(s.wastedDeliveries).toBe(0);
    expect(s.abandoned).toBe(0);
    expect(s.discarded).toBe(s.timedOut);
    // Work cut short still cost the time spent on it, less than a whole service each.
    expect(s.wastedWorkMs).toBeGreaterThan(0);
  });
});

describe('a cost of refusing (consumers.refusalCostMs)', () => {
  it('takes consumer time for every refusal, so fewer messages are processed', () => {
    const free = simulate(overloaded);
    const costly = simulate({
      ...overloaded,
      consumers: { ...overloaded.consumers, refusalCostMs: 10 },
    });
    free.run(10_000);
    costly.run(10_000);
    const f = free.summary();
    const c = costly.summary();
    expect(f.dropped.rejected).toBeGreaterThan(0);
    // Ten refusals a second at 10 ms each cost about a tenth of the one worker's time.
    expect(c.delivered + c.wastedDeliveries).toBeLessThan(
      (f.delivered + f.wastedDeliveries) * 0.95,
    );
  });

  it('costs nothing at 0 (the default), bit for bit', () => {
    const a = simulate(overloaded);
    const b = simulate({ ...overloaded, consumers: { ...overloaded.consumers, refusalCostMs: 0 } });
    a.run(5_000);
    b.run(5_000);
    expect(b.summary()).toEqual(a.summary());
  });
});

describe('consumers that slow under load (consumers.slowUnderLoad)', () => {
  it('multiplies service time by 1 + perUnit × (depth − above), up to maxFactor', () => {
    const base: ScenarioInput = {
      workload: { pattern: { kind: 'steady', ratePerSec: 200 }, spacing: 'even' },
      queue: { capacity: 30, whenFull: 'reject' },
      consumers: { service: { kind: 'constant', meanMs: 10 } },
    };
    const fast = simulate(base);
    const slow = simulate({
      ...base,
      consumers: {
        ...base.consumers,
        slowUnderLoad: { basis: 'queue-depth', above: 0, perUnit: 0.5, maxFactor: 4 },
      },
    });
    fast.run(10_000);
    slow.run(10_000);
    // A full queue of 30 puts the factor at its ceiling: 40 ms a message instead of 10.
    expect(fast.summary().throughputPerSec).toBeCloseTo(100, 0);
    expect(slow.summary().throughputPerSec).toBeGreaterThan(24);
    expect(slow.summary().throughputPerSec).toBeLessThan(26);
  });

  it('by concurrency: a worker slows with the number busy at once', () => {
    const base: ScenarioInput = {
      workload: { pattern: { kind: 'steady', ratePerSec: 1000 }, spacing: 'even' },
      queue: { capacity: 30, whenFull: 'reject' },
      consumers: { count: 4, service: { kind: 'constant', meanMs: 10 } },
    };
    const slow = simulate({
      ...base,
      consumers: {
        ...base.consumers,
        slowUnderLoad: { basis: 'concurrency', above: 2, perUnit: 0.5, maxFactor: 10 },
      },
    });
    slow.run(10_000);
    // Four busy: 1 + 0.5 × 2 = twice as long, so 200/s instead of 400/s.
    expect(slow.summary().throughputPerSec).toBeGreaterThan(195);
    expect(slow.summary().throughputPerSec).toBeLessThan(205);
  });
});

describe('demand held back (heldBack)', () => {
  it('is what the pattern asked for while the producer was blocked', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 65 } },
      queue: { capacity: 20, whenFull: 'block' },
    });
    sim.run(30_000);
    const s = sim.summary();
    expect(s.producerBlockedFraction).toBeGreaterThan(0.1);
    expect(s.heldBack).toBeCloseTo(65 * 30 * s.producerBlockedFraction, 6);
  });

  it('is what a slowed producer did not send: sent and held back add up to the demand', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 75 }, spacing: 'even' },
      queue: { capacity: 50, whenFull: 'reject' },
      feedback: { kind: 'watermark', highWatermark: 30, lowWatermark: 10, delayMs: 200 },
    });
    sim.run(30_000);
    const s = sim.summary();
    expect(s.heldBack).toBeGreaterThan(100);
    expect(Math.abs(s.produced + s.heldBack - 75 * 30)).toBeLessThan(2);
  });

  it('is zero for a producer that is never held back', () => {
    const sim = simulate({ queue: { whenFull: 'reject' } });
    sim.run(10_000);
    expect(sim.summary().heldBack).toBe(0);
  });
});
