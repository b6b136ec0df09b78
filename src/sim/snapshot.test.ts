import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { ScenarioInput } from './scenario.ts';
import { takeSnapshot } from './snapshot.ts';

function simulate(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createSimulation(parsed.value, { eventCapacity: 0 });
}

describe('takeSnapshot', () => {
  it('shows every waiting message once, cut to the limit per lane, front first', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 300 } },
      queue: { capacity: null },
      consumers: { count: 3, ordering: 'per-key' },
    });
    sim.run(10_000);
    const snap = takeSnapshot(sim, 50);
    expect(snap.lanes).toHaveLength(3);
    expect(snap.lanes.reduce((n, l) => n + l.count, 0)).toBe(snap.waiting);
    for (const lane of snap.lanes) {
      expect(lane.blocks.length).toBe(Math.min(50, lane.count));
      const ids = lane.blocks.map((b) => b.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
  });

  it('adds the back of a lane the front does not reach, oldest first, newest last', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 300 } },
      queue: { capacity: null },
    });
    sim.run(5_000);
    const lane = takeSnapshot(sim, 20, 15).lanes[0]!;
    expect(lane.count).toBeGreaterThan(21);
    expect(lane.tail).toHaveLength(15);
    const all: number[] = [];
    sim.room.forEachInLane(0, (m) => all.push(m.id));
    expect(lane.tail.map((b) => b.id)).toEqual(all.slice(-15));
    expect(lane.blocks.map((b) => b.id)).toEqual(all.slice(0, 20));
    // A lane the front covers has no separate back.
    expect(takeSnapshot(sim, 10_000, 15).lanes[0]!.tail).toEqual([]);
  });

  it('shows a blocked producer holding its message, and busy workers with theirs', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 300 } },
      queue: { capacity: 5, whenFull: 'block' },
    });
    sim.run(5_000);
    const snap = takeSnapshot(sim);
    expect(snap.producer.status).toBe('blocked');
    expect(snap.producer.held).not.toBeNull();
    expect(snap.producer.ratePerSec).toBe(0);
    expect(snap.workers[0]?.status).toBe('busy');
    expect(snap.workers[0]?.block).not.toBeNull();
    expect(snap.workers[0]!.endsAt).toBeGreaterThanOrEqual(snap.now);
  });

  it('shows a slowed producer and its credits', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 300 } },
      feedback: { kind: 'watermark', highWatermark: 5, lowWatermark: 1 },
    });
    sim.run(5_000);
    expect(takeSnapshot(sim).producer.status).toBe('slowed');
    const credit = simulate({ feedback: { kind: 'credit', window: 7 } });
    credit.run(100);
    expect(takeSnapshot(credit).producer.window).toBe(7);
  });
});
