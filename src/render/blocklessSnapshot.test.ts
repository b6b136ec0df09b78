import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { takeSnapshot } from '../sim/snapshot.ts';
import { snapshotFor, WALK_LIMIT } from './blocklessSnapshot.ts';

function engine(ratePerSec: number) {
  const parsed = parseScenario({
    workload: { pattern: { kind: 'steady', ratePerSec } },
    queue: { capacity: null },
    consumers: { count: 2, ordering: 'per-key' },
  });
  if (!parsed.ok) throw new Error('bad scenario');
  return createSimulation(parsed.value, { eventCapacity: 0 });
}

describe('snapshotFor', () => {
  it('is the core snapshot while the queue is short', () => {
    const e = engine(200);
    e.run(2000);
    expect(snapshotFor(e, 10)).toEqual(takeSnapshot(e, 10));
  });

  it('skips the blocks of a queue too long to walk, keeping every count', () => {
    const e = engine(20_000);
    e.run(3000);
    expect(e.room.count).toBeGreaterThan(WALK_LIMIT);
    const s = snapshotFor(e, 10);
    expect(s.waiting).toBe(e.room.count);
    expect(s.lanes.map((l) => l.count)).toEqual([e.room.laneSize(0), e.room.laneSize(1)]);
    expect(s.lanes.every((l) => l.blocks.length === 0)).toBe(true);
    expect(s.workers).toHaveLength(2);
    expect(s.produced).toBe(takeSnapshot(e, 0).produced);
  });
});
