/**
 * The slow-down signal in pause mode, as Node streams, Netty and XON/XOFF work: the producer stops
 * when the queue reaches the high watermark and goes on, at its full rate, when it is back at the low
 * one. Rate mode (cut by a factor, climb in steps) stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import { presetScenario } from './presets.ts';
import type { ScenarioInput } from './scenario.ts';
import { brokenInvariant } from './testing/invariants.ts';
import { conservationGap } from './testing/conservation.ts';

/** 100 messages/s, evenly spaced, into one consumer that takes 20 ms each (50/s). */
function pausing(delayMs: number, extra: ScenarioInput = {}): Engine {
  const parsed = parseScenario({
    workload: { pattern: { kind: 'steady', ratePerSec: 100 }, spacing: 'even' },
    queue: { capacity: 200, whenFull: 'reject' },
    consumers: { count: 1, service: { kind: 'constant', meanMs: 20 } },
    feedback: { kind: 'watermark', mode: 'pause', highWatermark: 20, lowWatermark: 5, delayMs },
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createSimulation(parsed.value, { eventCapacity: 1 << 14 });
}

/** Steps through a run, checking the books, and notes the depth at each signal the consumers send. */
function watch(sim: Engine, ms: number) {
  const depths: number[] = [];
  let lowest = Infinity;
  let highest = 0;
  const stops: number[] = [];
  const resumes: number[] = [];
  let cursor = sim.events!.written;
  for (let t = 0; t < ms; t += 1) {
    sim.advanceTo(sim.now + 1);
    const broken = brokenInvariant(sim);
    if (broken !== null) throw new Error(broken);
    expect(conservationGap(sim)).toBe(0);
    ({ cursor } = sim.events!.readSince(cursor, (e) => {
      if (e.kind === 'signal-sent') (e.a === 0 ? stops : resumes).push(e.time);
    }));
    depths.push(sim.room.count);
    lowest = Math.min(lowest, sim.room.count);
    highest = Math.max(highest, sim.room.count);
  }
  return { depths, lowest, highest, stops, resumes };
}

describe('the slow-down signal in pause mode', () => {
  it('stops the producer at the high watermark and resumes it at the low one', () => {
    const sim = pausing(0);
    sim.run(1_000); // the queue fills to 20 in the first 400 ms
    const w = watch(sim, 10_000);
    expect(w.highest).toBe(20);
    expect(w.lowest).toBe(5);
    // Stops and resumes alternate, each a full swing of the queue between the marks.
    expect(w.stops.length).toBeGreaterThan(10);
    expect(Math.abs(w.stops.length - w.resumes.length)).toBeLessThanOrEqual(1);
    const s = sim.summary();
    expect(s.dropped.total).toBe(0);
    // The consumer never runs dry, and the producer goes exactly as fast as it: 50/s on average.
    expect(s.utilization).toBeGreaterThan(0.99);
    expect(s.producerRatePerSec).toBeGreaterThan(49);
    expect(s.producerRatePerSec).toBeLessThan(52);
  });

  it('goes at its full rate between a resume and the next stop, and makes nothing while stopped', () => {
    const sim = pausing(0);
    sim.run(1_000);
    let cursor = sim.events!.written;
    const produced: number[] = [];
    sim.run(10_000);
    sim.events!.readSince(cursor, (e) => {
      if (e.kind === 'produce') produced.push(e.time);
    });
    cursor = sim.events!.written;
    // Between two messages there is either the producer's own 10 ms or a whole pause (a drain from
    // 20 to 5 at 50/s is 300 ms): never anything in between, as a rate cut would give.
    const gaps = produced.slice(1).map((t, i) => t - (produced[i] as number));
    for (const gap of gaps) expect(gap < 10.001 || gap > 250).toBe(true);
    expect(gaps.filter((g) => g > 250).length).toBeGreaterThan(10);
  });

  it('overshoots the high watermark by what is sent while the stop is on its way', () => {
    // 200 ms at 100/s: about 20 more arrive after the queue reaches 20; it drains 10 meanwhile.
    const w = watch(pausing(200), 10_000);
    expect(w.highest).toBeGreaterThanOrEqual(28);
    expect(w.highest).toBeLessThanOrEqual(32);
  });

  it('follows a change of mode mid-run: pause to rate and back, with the books balanced', () => {
    const sim = pausing(50);
    sim.run(3_000);
    const pause = sim.scenario;
    if (pause.feedback.kind !== 'watermark') throw new Error('watermark feedback expected');
    sim.reconfigure({ ...pause, feedback: { ...pause.feedback, mode: 'rate' } });
    watch(sim, 3_000);
    sim.reconfigure(pause);
    const w = watch(sim, 5_000);
    expect(w.highest).toBeLessThanOrEqual(30);
    expect(w.stops.length).toBeGreaterThan(3);
  });

  it('leaves rate mode as it was: the slow-down-signal preset still cuts its rate by a factor', () => {
    const preset = presetScenario('slow-down-signal');
    expect(preset.feedback).toMatchObject({ kind: 'watermark', mode: 'rate', decreaseFactor: 0.7 });
    const sim = createSimulation(preset, { eventCapacity: 1 << 16 });
    sim.run(10_000);
    const caps: number[] = [];
    sim.events!.readSince(0, (e) => {
      if (e.kind === 'signal-arrived' && e.a === 0) caps.push(e.b);
    });
    // Each "slow down" leaves the producer going, slower: 75/s × 0.7 = 52.5/s the first time.
    expect(caps[0]).toBeCloseTo(52.5, 9);
    for (const cap of caps) expect(cap).toBeGreaterThan(0);
  });
});
