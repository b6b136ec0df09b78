/**
 * A Go channel without a buffer: `capacity: 0` with `block` is a rendezvous. Each send waits until a
 * receiver takes the value, so the sender goes on at exactly the receiver's pace, and between two
 * handoffs it is blocked holding its next value.
 */
import { describe, expect, it } from 'vitest';
import { Blocked, createSimulation } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import { presetScenario } from './presets.ts';

describe('an unbuffered channel (capacity 0, block)', () => {
  // The sender wants 200 values/s; the receiver takes one every 20 ms, 50/s.
  const parsed = parseScenario({
    workload: { pattern: { kind: 'steady', ratePerSec: 200 }, spacing: 'even' },
    queue: { capacity: 0, whenFull: 'block' },
    consumers: { count: 1, service: { kind: 'constant', meanMs: 20 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const scenario = parsed.value;

  it('delivers at the receiver’s rate, one handoff every 20 ms, losing and buffering nothing', () => {
    const sim = createSimulation(scenario, { eventCapacity: 0 });
    sim.run(10_000);
    const s = sim.summary();
    // The first value is made at 5 ms; handoffs at 5, 25, 45, … ms, and the 499th ends at 9,985 ms.
    expect(s.delivered).toBe(499);
    expect(s.throughputPerSec).toBeCloseTo(49.9, 6);
    // The sender makes only what is taken, plus the one it holds: its rate is the receiver's.
    expect(s.produced).toBe(s.delivered + s.inService + s.heldByProducer);
    expect(s.producerRatePerSec).toBeCloseTo(50, 0);
    expect(s.dropped.total).toBe(0);
    expect(s.queueDepth.max).toBe(0);
    // It makes its next value 5 ms after a handoff and then waits 15 ms for the receiver.
    expect(s.producerBlockedFraction).toBeCloseTo(0.75, 2);
    expect(s.producerBlockedFraction).toBeLessThan(0.75);
  });

  it('blocks between handoffs, and hands over the moment the receiver is free', () => {
    const sim = createSimulation(scenario, { eventCapacity: 1 << 14 });
    const handoffs: number[] = [];
    const unblocks: number[] = [];
    const finishes: number[] = [];
    let blockedBetween = 0;
    let cursor = 0;
    // Between two handoffs (at 15, 35, 55 ms, …) the sender is always stuck holding a value.
    for (let t = 15; t < 2_000; t += 20) {
      sim.advanceTo(t);
      ({ cursor } = sim.events!.readSince(cursor, (e) => {
        if (e.kind === 'start') handoffs.push(e.time);
        else if (e.kind === 'unblock') unblocks.push(e.time);
        else if (e.kind === 'finish') finishes.push(e.time);
      }));
      if (sim.blocked === Blocked.queueFull && sim.held !== null) blockedBetween++;
    }
    expect(blockedBetween).toBe(100);
    expect(handoffs.length).toBe(100);
    // Every handoff after the first is a release of the blocked sender, at a receiver's finish.
    expect(handoffs.slice(1)).toEqual(unblocks);
    expect(handoffs.slice(1)).toEqual(finishes.slice(0, handoffs.length - 1));
    for (let i = 1; i < handoffs.length; i++) expect(handoffs[i]! - handoffs[i - 1]!).toBe(20);
  });

  it('is what the go-unbuffered-channel preset runs', () => {
    const preset = presetScenario('go-unbuffered-channel');
    expect(preset.queue).toMatchObject({ capacity: 0, whenFull: 'block' });
    const sim = createSimulation(preset, { eventCapacity: 0 });
    sim.run(preset.durationSec * 1000);
    const s = sim.summary();
    const receiverRate = 1000 / 10; // uniform 8–12 ms: 10 ms on average
    expect(s.dropped.total).toBe(0);
    expect(s.queueDepth.max).toBe(0);
    expect(s.throughputPerSec / receiverRate).toBeGreaterThan(0.97);
    expect(s.throughputPerSec / receiverRate).toBeLessThan(1.01);
    expect(s.producerBlockedFraction).toBeGreaterThan(0.1);
  });
});
