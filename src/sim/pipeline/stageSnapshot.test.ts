/** The snapshot of a pipeline: every stage's queue, consumers (blocked ones holding their block) and links. */
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../snapshot.ts';
import { simulate } from '../testing/simulate.ts';

const constant = (meanMs: number) => ({ kind: 'constant' as const, meanMs });

describe('a pipeline’s snapshot', () => {
  it('shows each stage, the blocked consumers holding their messages and who waits to hand over', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 50 }, spacing: 'even' },
      queue: { capacity: 4, whenFull: 'block' },
      consumers: { count: 2, service: constant(5) },
      downstream: [
        {
          name: 'slow',
          link: { kind: 'credit', window: 3, delayMs: 10 },
          queue: { capacity: 2 },
          consumers: { service: constant(200) },
        },
      ],
    });
    sim.run(5_000);
    const snap = takeSnapshot(sim, 10);
    const stages = snap.stages ?? [];
    expect(stages.map((s) => [s.stage, s.name, s.link])).toEqual([
      [1, '', 'producer'],
      [2, 'slow', 'credit'],
    ]);
    const [first, second] = stages as [(typeof stages)[0], (typeof stages)[0]];
    // Three credits: one in service below, two waiting there; both consumers above hold one each.
    expect(second.waiting).toBe(2);
    expect(second.credits).toBe(0);
    expect(second.window).toBe(3);
    expect(second.waitingToEnter).toBe(2);
    expect(first.holding).toBe(2);
    expect(first.workers.map((w) => w.status)).toEqual(['blocked', 'blocked']);
    expect(first.workers.every((w) => w.block !== null)).toBe(true);
    expect(first.waiting).toBe(4);
    expect(first.blocks).toHaveLength(4);
    expect(first.waitingToEnter).toBe(1);
    // The first stage's own picture shows them busy, holding their blocks.
    expect(snap.workers.map((w) => w.status)).toEqual(['busy', 'busy']);
    expect(snap.producer.status).toBe('blocked');
  });

  it('has no stages for a single stage', () => {
    const sim = simulate({});
    sim.run(1_000);
    expect('stages' in takeSnapshot(sim)).toBe(false);
  });
});
