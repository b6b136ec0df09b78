import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/engine.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../../sim/scenario.ts';
import { theoryFor } from '../../sim/theory.ts';
import type { LiveStats } from '../../store/index.ts';
import { followWindow, measureBetween, measuredIn, totalsOf } from './measuredWindow.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const mm1k = scenario({
  workload: { pattern: { kind: 'steady', ratePerSec: 900 } },
  queue: { capacity: 9, whenFull: 'reject' },
  consumers: { count: 2, service: { kind: 'exponential', meanMs: 2 } },
});

const live = (engine: ReturnType<typeof createSimulation>, tick: number): LiveStats => ({
  summary: engine.summary(),
  sinceChange: null,
  timeMs: engine.now,
  tick,
});

describe('measureBetween', () => {
  it('from the start of the run gives back the summary’s own figures', () => {
    const engine = createSimulation(mm1k, { eventCapacity: 0 });
    engine.run(20_000);
    const s = engine.summary();
    const m = measureBetween(null, totalsOf(s), 2);
    expect(m.spanMs).toBe(20_000);
    expect(m.meanQueueLength).toBeCloseTo(s.meanQueueLength, 12);
    expect(m.meanInSystem).toBeCloseTo(s.meanInSystem, 12);
    expect(m.meanWaitMs).toBeCloseTo(s.meanWaitMs, 12);
    expect(m.meanLatencyMs).toBeCloseTo(s.latencyMs.mean, 12);
    expect(m.utilisation).toBeCloseTo(s.utilization, 12);
    expect(m.throughputPerSec).toBeCloseTo(s.throughputPerSec, 9);
    expect(m.rejectedFraction).toBe(s.rejections / s.offered);
    expect(m.lostFraction).toBe(s.rejections / s.offered);
  });

  it('counts a message pushed out of a full queue as lost, though nothing was rejected', () => {
    const dropping = scenario({ ...mm1k, queue: { capacity: 9, whenFull: 'drop-oldest' } });
    const engine = createSimulation(dropping, { eventCapacity: 0 });
    engine.run(20_000);
    const s = engine.summary();
    const m = measureBetween(null, totalsOf(s), 2);
    expect(s.rejections).toBe(0);
    expect(s.dropped['evicted-oldest']).toBeGreaterThan(100);
    expect(m.rejectedFraction).toBe(0);
    expect(m.lostFraction).toBe(s.dropped['evicted-oldest'] / s.offered);
  });

  it('over a stretch in the middle gives what the engine’s counters say for that stretch', () => {
    const engine = createSimulation(mm1k, { eventCapacity: 0 });
    engine.run(5_000);
    const start = totalsOf(engine.summary());
    const meter = engine.meter;
    const before = {
      area: engine.integralsNow(),
      latency: meter.latency.sum,
      delivered: meter.deliveredCount,
    };
    engine.run(15_000);
    const after = {
      area: engine.integralsNow(),
      latency: meter.latency.sum,
      delivered: meter.deliveredCount,
    };
    const m = measureBetween(start, totalsOf(engine.summary()), 2);
    const T = after.area.elapsed - before.area.elapsed;
    expect(m.spanMs).toBeCloseTo(15_000, 9);
    expect(m.meanInSystem).toBeCloseTo((after.area.systemArea - before.area.systemArea) / T, 9);
    expect(m.utilisation).toBeCloseTo(
      (after.area.busyArea - before.area.busyArea) / (after.area.readyArea - before.area.readyArea),
      9,
    );
    expect(m.meanLatencyMs).toBeCloseTo(
      (after.latency - before.latency) / (after.delivered - before.delivered),
      9,
    );
  });

  it('says NaN, not 0, for what an empty stretch cannot tell', () => {
    const engine = createSimulation(mm1k, { eventCapacity: 0 });
    const m = measureBetween(null, totalsOf(engine.summary()), 2);
    expect(m.meanInSystem).toBeNaN();
    expect(m.rejectedFraction).toBeNaN();
  });
});

describe('followWindow', () => {
  const engine = createSimulation(mm1k, { eventCapacity: 0 });
  engine.run(1000);

  it('starts at the beginning of a run, and keeps its identity while nothing changes', () => {
    const w = followWindow(null, 0, mm1k, live(engine, 3));
    expect(w.start).toBeNull();
    expect(followWindow(w, 0, mm1k, live(engine, 4))).toBe(w);
    expect(measuredIn(w, live(engine, 4))?.spanMs).toBe(1000);
  });

  it('after a change waits two refreshes, then measures from there', () => {
    const w = followWindow(null, 0, mm1k, live(engine, 3));
    const changed = { ...mm1k, name: 'changed' };
    const waiting = followWindow(w, 0, changed, live(engine, 5));
    expect(waiting.waitingSinceTick).toBe(5);
    expect(measuredIn(waiting, live(engine, 5))).toBeNull();
    expect(followWindow(waiting, 0, changed, live(engine, 6))).toBe(waiting);
    engine.run(500);
    const started = followWindow(waiting, 0, changed, live(engine, 7));
    expect(started.start?.timeMs).toBe(1500);
    expect(started.startMs).toBe(1500);
    engine.run(500);
    expect(measuredIn(started, live(engine, 8))?.spanMs).toBe(500);
  });

  it('starts over for a new run', () => {
    const w = followWindow(null, 0, mm1k, live(engine, 3));
    const fresh = followWindow(w, 1, mm1k, live(engine, 4));
    expect(fresh).not.toBe(w);
    expect(fresh.version).toBe(1);
    expect(fresh.start).toBeNull();
  });

  it('measures the system after a change, not the mixture with the one before', () => {
    // 40 s overloaded with a full queue, then the producer drops to a quarter of the workers' pace.
    const heavy = scenario({
      ...mm1k,
      workload: { pattern: { kind: 'steady', ratePerSec: 2500 } },
    });
    const light = scenario({ ...mm1k, workload: { pattern: { kind: 'steady', ratePerSec: 250 } } });
    const sim = createSimulation(heavy, { eventCapacity: 0 });
    sim.run(40_000);
    let w = followWindow(null, 0, heavy, live(sim, 1));
    sim.reconfigure(light);
    w = followWindow(w, 0, light, live(sim, 2));
    sim.run(100);
    w = followWindow(w, 0, light, live(sim, 3));
    sim.run(100);
    w = followWindow(w, 0, light, live(sim, 4));
    sim.run(60_000);
    const measured = measuredIn(w, live(sim, 5));
    const theory = theoryFor(light);
    if (theory.kind !== 'steady' || measured === null) throw new Error('expected a steady state');
    // Light load: almost nothing is rejected or waits, unlike in the run as a whole.
    expect(Math.abs(measured.meanInSystem / theory.expected.meanInSystem - 1)).toBeLessThan(0.05);
    expect(sim.summary().meanInSystem / theory.expected.meanInSystem).toBeGreaterThan(2);
  });
});
