/** Triggers: a spike, a slowdown or an outage, at a set time or at the press of a button. */
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from './scenario.ts';
import { allEvents, simulate } from './testing/simulate.ts';
import { TriggerEffects } from './triggers.ts';

const even = (ratePerSec: number) => ({
  pattern: { kind: 'steady' as const, ratePerSec },
  spacing: 'even' as const,
});

describe('TriggerEffects', () => {
  it('multiplies the factors in effect, and forgets each as it ends', () => {
    const t = new TriggerEffects();
    const a = t.begin('spike', 3, 0, 100);
    const b = t.begin('spike', 2, 10, 50);
    const c = t.begin('slowdown', 4, 10, 50);
    expect([t.rateFactor, t.serviceFactor]).toEqual([6, 4]);
    expect(t.end(b)).toBe('spike');
    expect(t.end(b)).toBeNull();
    expect(t.rateFactor).toBe(3);
    t.end(a);
    t.end(c);
    expect([t.rateFactor, t.serviceFactor, t.outages]).toEqual([1, 1, 0]);
    expect(t.bands.map((x) => [x.kind, x.fromMs, x.toMs])).toEqual([
      ['spike', 0, 100],
      ['spike', 10, 50],
      ['slowdown', 10, 50],
    ]);
  });
});

describe('a spike', () => {
  it('multiplies the producer’s rate for its duration', () => {
    const sim = simulate({
      workload: even(100),
      queue: { capacity: null },
      consumers: { count: 8 },
      triggers: [{ kind: 'spike', atMs: 1000, durationMs: 1000, factor: 3 }],
    });
    sim.run(3_000);
    // 100/s for 2 s and 300/s for 1 s.
    expect(Math.abs(sim.summary().produced - 500)).toBeLessThanOrEqual(1);
    sim.run(1_000);
    expect(Math.abs(sim.summary().produced - 600)).toBeLessThanOrEqual(1);
  });
});

describe('a slowdown', () => {
  it('makes services that start during it take factor times as long', () => {
    const sim = simulate(
      {
        workload: even(1000),
        queue: { capacity: 10 },
        consumers: { service: { kind: 'constant', meanMs: 10 } },
        triggers: [{ kind: 'slowdown', atMs: 1000, durationMs: 1000, factor: 4 }],
      },
      1 << 16,
    );
    sim.run(3_000);
    const finishes = allEvents(sim).filter((e) => e.kind === 'finish');
    const between = (a: number, b: number) =>
      finishes.filter((e) => e.time > a && e.time <= b).length;
    // 10 ms each before and after, 40 ms each while it lasts.
    expect(between(0, 1000)).toBeGreaterThanOrEqual(99);
    expect(between(1000, 2000)).toBeGreaterThanOrEqual(24);
    expect(between(1000, 2000)).toBeLessThanOrEqual(26);
    expect(between(2040, 3000)).toBeGreaterThanOrEqual(95);
  });
});

describe('an outage', () => {
  const input: ScenarioInput = {
    workload: even(50),
    queue: { capacity: 100 },
    consumers: { count: 2, service: { kind: 'constant', meanMs: 30 } },
    triggers: [{ kind: 'outage', atMs: 1015, durationMs: 500 }],
  };

  it('stalls the consumers: nothing finishes or starts, the queue takes messages, work resumes after', () => {
    const sim = simulate(input, 1 << 16);
    sim.run(1_500);
    const events = allEvents(sim);
    const during = events.filter(
      (e) => (e.kind === 'finish' || e.kind === 'start') && e.time > 1015 && e.time < 1515,
    );
    expect(during).toEqual([]);
    expect(sim.room.count).toBeGreaterThanOrEqual(24);
    sim.run(2_000);
    expect(sim.summary().dropped.total).toBe(0);
    expect(sim.room.count).toBeLessThan(3);
  });

  it('finishes the work in hand after it with the time it still needed', () => {
    // A message every 20 ms, 30 ms each: the one started at 1000 ms had 15 ms to go at 1015 ms.
    const sim = simulate(input, 1 << 16);
    sim.run(2_000);
    const firstAfter = allEvents(sim).find((e) => e.kind === 'finish' && e.time >= 1015);
    expect(firstAfter?.time).toBeCloseTo(1530, 6);
  });

  it('is drawn as a band on the charts', () => {
    const sim = simulate(input);
    sim.run(2_000);
    expect(sim.triggerBands()).toEqual([{ kind: 'outage', fromMs: 1015, toMs: 1515, factor: 1 }]);
  });
});

describe('a trigger at the press of a button (Engine.inject)', () => {
  it('starts now, whatever its atMs, and ends after its duration', () => {
    const sim = simulate({
      workload: even(100),
      queue: { capacity: null },
      consumers: { count: 8 },
    });
    sim.run(500);
    sim.inject({ kind: 'spike', durationMs: 1000, factor: 2 });
    sim.run(1500);
    expect(Math.abs(sim.summary().produced - 300)).toBeLessThanOrEqual(1);
    expect(sim.triggerBands()).toEqual([{ kind: 'spike', fromMs: 500, toMs: 1500, factor: 2 }]);
  });

  it('replays exactly: the same presses at the same times give the same run', () => {
    const run = () => {
      const sim = simulate({ triggers: [], requester: { timeoutMs: 200 } });
      sim.run(700);
      sim.inject({ kind: 'outage', durationMs: 300 });
      sim.run(2_000);
      sim.inject({ kind: 'slowdown', durationMs: 800, factor: 3 });
      sim.run(3_000);
      return sim.summary();
    };
    expect(run()).toEqual(run());
  });
});

describe('triggers changed mid-run (reconfigure)', () => {
  it('plans the ones still to come and leaves those already past alone', () => {
    const sim = simulate({
      workload: even(100),
      queue: { capacity: null },
      consumers: { count: 8 },
      triggers: [{ kind: 'spike', atMs: 500, durationMs: 100, factor: 2 }],
    });
    sim.run(1_000);
    const next = structuredClone(sim.scenario);
    next.triggers = [
      { kind: 'spike', atMs: 500, durationMs: 100, factor: 2 },
      { kind: 'spike', atMs: 2000, durationMs: 500, factor: 3 },
    ];
    sim.reconfigure(next);
    sim.run(2_000);
    expect(sim.triggerBands().map((b) => b.fromMs)).toEqual([500, 2000]);
    // 100/s for 3 s, +100 for 0.1 s, +200 for 0.5 s.
    expect(Math.abs(sim.summary().produced - 410)).toBeLessThanOrEqual(1);
  });
});
