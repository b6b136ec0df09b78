/**
 * An outage that resets (a crash): everything in flight fails at the same instant and its requester
 * hears of it at once; until the end every attempt is refused at once.
 */
import { describe, expect, it } from 'vitest';
import { Blocked } from './engine.ts';
import type { ScenarioInput } from './scenario.ts';
import { abandonedGap } from './testing/conservation.ts';
import { brokenInvariant } from './testing/invariants.ts';
import { allEvents, simulate } from './testing/simulate.ts';
import { DROP_REASONS } from './types.ts';

const RESET = DROP_REASONS.indexOf('reset');

/** 30/s into two workers of 100 ms each (20/s): a queue builds before the crash at 2015 ms. */
const backlog: ScenarioInput = {
  workload: { pattern: { kind: 'steady', ratePerSec: 30 }, spacing: 'even' },
  queue: { capacity: 50, whenFull: 'reject' },
  consumers: { count: 2, service: { kind: 'constant', meanMs: 100 } },
  retry: { kind: 'fixed', delayMs: 250, maxAttempts: 3 },
  triggers: [{ kind: 'outage', atMs: 2015, durationMs: 500, mode: 'reset' }],
};

describe('an outage that resets', () => {
  it('fails every request waiting or in service at the same instant, and its requester retries at once', () => {
    const sim = simulate(backlog, 1 << 16);
    sim.advanceTo(2014);
    const inFlight = sim.room.count + sim.inService;
    expect(sim.room.count).toBeGreaterThanOrEqual(15);
    expect(sim.inService).toBe(2);
    sim.advanceTo(2015);
    expect(sim.room.count).toBe(0);
    expect(sim.inService).toBe(0);
    expect(sim.retryWaiting).toBe(inFlight);
    const events = allEvents(sim);
    const failed = events.filter((e) => e.kind === 'refuse' && e.a === RESET);
    expect(failed).toHaveLength(inFlight);
    expect(failed.every((e) => e.time === 2015)).toBe(true);
    // The whole crowd comes back together, 250 ms later, and is refused together: still down.
    sim.advanceTo(2265);
    const back = allEvents(sim).filter((e) => e.kind === 'retry' && e.time === 2265);
    expect(back.length).toBe(inFlight);
    expect(brokenInvariant(sim)).toBeNull();
  });

  it('refuses every attempt at once until it ends, then serves again', () => {
    const sim = simulate({ ...backlog, retry: { kind: 'none' } }, 1 << 16);
    sim.advanceTo(2014);
    const inFlight = sim.room.count + sim.inService;
    sim.advanceTo(3000);
    const events = allEvents(sim);
    const during = (e: { time: number }) => e.time >= 2015 && e.time < 2515;
    expect(events.filter((e) => during(e) && (e.kind === 'enqueue' || e.kind === 'start'))).toEqual(
      [],
    );
    const arrivals = events.filter((e) => during(e) && e.kind === 'produce').length;
    expect(arrivals).toBe(15); // 30/s for half a second
    expect(sim.summary().dropped.reset).toBe(inFlight + arrivals);
    expect(events.some((e) => e.kind === 'start' && e.time >= 2515)).toBe(true);
    expect(brokenInvariant(sim)).toBeNull();
  });

  it('discards a copy whose requester already gave up, without failing its request twice', () => {
    const sim = simulate({ ...backlog, requester: { timeoutMs: 300 }, retry: { kind: 'none' } });
    sim.advanceTo(2014);
    const abandoned = sim.abandonedHere;
    const live = sim.room.count + sim.inService - abandoned;
    expect(abandoned).toBeGreaterThan(0);
    const { discarded, dropped } = sim.summary();
    sim.advanceTo(2015);
    const after = sim.summary();
    expect(after.discarded - discarded).toBe(abandoned);
    expect(after.dropped.reset - dropped.reset).toBe(live);
    expect(after.abandoned).toBe(0);
    expect(abandonedGap(sim)).toBe(0);
    expect(brokenInvariant(sim)).toBeNull();
  });

  it('lets a producer blocked on the full queue go on, and refuses what it held', () => {
    const sim = simulate(
      { ...backlog, queue: { capacity: 5, whenFull: 'block' }, retry: { kind: 'none' } },
      1 << 16,
    );
    sim.advanceTo(2014);
    expect(sim.blocked).toBe(Blocked.queueFull);
    const held = sim.held?.id;
    sim.advanceTo(2015);
    expect(sim.blocked).toBe(Blocked.no);
    const drops = allEvents(sim).filter((e) => e.kind === 'drop' && e.id === held);
    expect(drops.map((e) => [e.time, e.a])).toEqual([[2015, RESET]]);
  });

  it('counts as failures for the circuit breaker', () => {
    const breaker = { failures: 10, windowMs: 1000, openMs: 1000, probes: 1 };
    const sim = simulate({ ...backlog, requester: { circuitBreaker: breaker } });
    sim.advanceTo(2015);
    expect(sim.summary().breakerOpened).toBe(1);
  });

  it('is not the default: an outage without a mode stalls, bit for bit', () => {
    const stall = { kind: 'outage', atMs: 2015, durationMs: 500 } as const;
    const a = simulate({ ...backlog, triggers: [stall] });
    const b = simulate({ ...backlog, triggers: [{ ...stall, mode: 'stall' }] });
    a.run(5000);
    b.run(5000);
    expect(a.summary()).toEqual(b.summary());
    // What it held waits instead: nothing fails for the reason a reset gives.
    expect(a.summary().dropped.reset).toBe(0);
    expect(a.summary().delivered).toBeGreaterThan(60);
  });

  it('happens at the press of a button too, logged as trigger code 3 and drawn as an outage band', () => {
    const sim = simulate({ ...backlog, triggers: [] }, 1 << 16);
    sim.advanceTo(1000);
    const inFlight = sim.room.count + sim.inService;
    sim.inject({ kind: 'outage', durationMs: 300, mode: 'reset' });
    expect(sim.room.count + sim.inService).toBe(0);
    expect(sim.retryWaiting).toBe(inFlight);
    const trigger = allEvents(sim).find((e) => e.kind === 'trigger');
    expect([trigger?.a, trigger?.b]).toEqual([3, 1300]);
    expect(sim.triggerBands()).toEqual([{ kind: 'outage', fromMs: 1000, toMs: 1300, factor: 1 }]);
  });
});
