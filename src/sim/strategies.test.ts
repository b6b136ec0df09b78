/** Each strategy's signature under overload: what it protects, and what it gives up. */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { ScenarioInput } from './scenario.ts';

/** 150 messages/s into one worker that manages 100/s. */
const overload: ScenarioInput = {
  seed: 5,
  workload: { pattern: { kind: 'steady', ratePerSec: 150 }, keyCount: 10 },
  queue: { capacity: 20 },
  consumers: { count: 1, service: { kind: 'exponential', meanMs: 10 } },
};

function simulate(
  patch: ScenarioInput,
  options: { eventCapacity?: number } = { eventCapacity: 0 },
): Engine {
  const parsed = parseScenario({
    ...overload,
    ...patch,
    workload: { ...overload.workload, ...patch.workload },
    queue: { ...overload.queue, ...patch.queue },
    consumers: { ...overload.consumers, ...patch.consumers },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createSimulation(parsed.value, options);
}

/** Replays the event log and says, for each eviction, where the victim stood in the queue. */
function evictedRanks(sim: Engine): Set<string> {
  const waiting = new Set<number>();
  const ranks = new Set<string>();
  sim.events?.readSince(0, (e) => {
    if (e.kind === 'enqueue') waiting.add(e.id);
    else if (e.kind === 'start') waiting.delete(e.id);
    else if (e.kind === 'drop' && waiting.has(e.id)) {
      const ids = [...waiting];
      ranks.add(
        e.id === Math.min(...ids) ? 'oldest' : e.id === Math.max(...ids) ? 'youngest' : 'middle',
      );
      waiting.delete(e.id);
    }
  });
  return ranks;
}

/** Runs event by event and returns the deepest the queue ever was. */
function maxDepthWhileRunning(sim: Engine, untilMs: number): number {
  let max = 0;
  while (sim.nextEventTime() <= untilMs) {
    sim.advanceTo(sim.nextEventTime());
    max = Math.max(max, sim.room.count);
  }
  sim.advanceTo(untilMs);
  return max;
}

describe('no backpressure (unbounded queue)', () => {
  it('loses nothing while the queue and its latency grow without end', () => {
    const sim = simulate({ queue: { capacity: null } });
    sim.run(10_000);
    const early = sim.summary();
    sim.run(20_000);
    const late = sim.summary();
    expect(late.dropped.total).toBe(0);
    expect(late.waiting).toBeGreaterThan(early.waiting * 2);
    expect(late.memoryBytes.now).toBe(late.waiting * 1024);
  });

  it('dies out of memory once the buffer passes its budget, loses what it held, and restarts', () => {
    const sim = simulate({
      queue: { capacity: null, memoryBudgetBytes: 500 * 1024, restartDelayMs: 1000 },
    });
    sim.run(30_000);
    const s = sim.summary();
    expect(s.crashes).toBeGreaterThanOrEqual(2);
    expect(s.dropped.oom).toBeGreaterThan(500);
    expect(s.memoryBytes.max).toBeLessThanOrEqual(501 * 1024);
    expect(s.delivered).toBeGreaterThan(0);
  });
});

describe('block the producer', () => {
  it('drops nothing, never overfills, and makes the producer wait', () => {
    const sim = simulate({ queue: { whenFull: 'block' } });
    expect(maxDepthWhileRunning(sim, 30_000)).toBeLessThanOrEqual(20);
    const s = sim.summary();
    expect(s.dropped.total).toBe(0);
    expect(s.producerBlockedFraction).toBeGreaterThan(0.2);
    expect(s.producerRatePerSec).toBeLessThan(110);
  });

  it('with no room at all behaves as an unbuffered channel: a hand-off', () => {
    const sim = simulate({ queue: { whenFull: 'block', capacity: 0 } });
    expect(maxDepthWhileRunning(sim, 10_000)).toBe(0);
    expect(sim.summary().dropped.total).toBe(0);
  });
});

describe('slow the producer down', () => {
  it('watermark signals cut the producer’s rate and keep most messages', () => {
    const none = simulate({}).summary;
    void none;
    const plain = simulate({});
    plain.run(30_000);
    const sim = simulate({
      feedback: { kind: 'watermark', highWatermark: 12, lowWatermark: 4, delayMs: 100 },
    });
    sim.run(30_000);
    expect(sim.summary().producerRatePerSec).toBeLessThan(120);
    expect(sim.summary().dropped.total).toBeLessThan(plain.summary().dropped.total / 3);
    expect(sim.rateCap).toBeLessThan(150);
  });

  it('a longer signal delay makes the queue swing wider', () => {
    const swing = (delayMs: number) => {
      const sim = simulate({
        queue: { capacity: null },
        feedback: {
          kind: 'watermark',
          highWatermark: 30,
          lowWatermark: 10,
          delayMs,
          decreaseFactor: 0.5,
          increasePerSec: 40,
        },
      });
      sim.run(60_000);
      const depth = sim.series.read('depth');
      return Math.max(...depth) - Math.min(...depth.slice(depth.length / 2));
    };
    expect(swing(2000)).toBeGreaterThan(swing(50));
  });

  it('a credit window drops nothing and never lets more than the window wait', () => {
    const sim = simulate({ feedback: { kind: 'credit', window: 8, delayMs: 20 } });
    expect(maxDepthWhileRunning(sim, 30_000)).toBeLessThanOrEqual(8);
    const s = sim.summary();
    expect(s.dropped.total).toBe(0);
    expect(s.producerBlockedFraction).toBeGreaterThan(0.1);
  });

  it('a credit round trip longer than the window can cover starves the consumer', () => {
    const short = simulate({ feedback: { kind: 'credit', window: 4, delayMs: 5 } });
    const long = simulate({ feedback: { kind: 'credit', window: 4, delayMs: 200 } });
    short.run(20_000);
    long.run(20_000);
    expect(long.summary().utilization).toBeLessThan(short.summary().utilization * 0.5);
  });
});

describe('drop existing messages', () => {
  it('drop-oldest evicts from the front and never overfills', () => {
    const sim = simulate({ queue: { whenFull: 'drop-oldest' } });
    expect(maxDepthWhileRunning(sim, 30_000)).toBeLessThanOrEqual(20);
    const s = sim.summary();
    expect(s.dropped['evicted-oldest']).toBeGreaterThan(1000);
    expect(s.dropped.total).toBe(s.dropped['evicted-oldest']);
  });

  it('drop-oldest keeps what is delivered fresher than rejecting newcomers does', () => {
    const oldest = simulate({ queue: { whenFull: 'drop-oldest' } });
    const reject = simulate({ queue: { whenFull: 'reject' } });
    oldest.run(30_000);
    reject.run(30_000);
    expect(oldest.summary().latencyMs.mean).toBeLessThan(reject.summary().latencyMs.mean);
  });

  it('drop-oldest evicts exactly the message that has waited longest', () => {
    const sim = simulate({ queue: { whenFull: 'drop-oldest' } }, { eventCapacity: 100_000 });
    sim.run(5_000);
    expect(evictedRanks(sim)).toEqual(new Set(['oldest']));
  });

  it('drop-youngest evicts the newest waiting message to make room', () => {
    const sim = simulate({ queue: { whenFull: 'drop-youngest' } }, { eventCapacity: 100_000 });
    sim.run(5_000);
    expect(sim.summary().dropped['evicted-youngest']).toBeGreaterThan(100);
    expect(evictedRanks(sim)).toEqual(new Set(['youngest']));
  });

  it('drop-all flushes the whole buffer at once', () => {
    const sim = simulate({ queue: { whenFull: 'drop-all' } }, { eventCapacity: 100_000 });
    sim.run(30_000);
    const s = sim.summary();
    expect(s.dropped.flushed).toBeGreaterThan(1000);
    // Each flush drops a whole buffer: the drops come in batches of the capacity.
    expect(s.dropped.flushed % 20).toBe(0);
  });

  it('drop-lowest-priority sacrifices the lowest level first', () => {
    const sim = simulate(
      { workload: { priorityWeights: [2, 1, 1] }, queue: { whenFull: 'drop-lowest-priority' } },
      { eventCapacity: 1_000_000 },
    );
    sim.run(30_000);
    const dropped = [0, 0, 0];
    const priorityOf = new Map<number, number>();
    sim.events?.readSince(0, (e) => {
      if (e.kind === 'produce') priorityOf.set(e.id, e.b);
      if (e.kind === 'drop') dropped[priorityOf.get(e.id) ?? 0]!++;
    });
    expect(dropped[0]).toBeGreaterThan(1000);
    expect(dropped[2]).toBe(0);
  });

  it('conflation keeps one message per key and serves fresher values', () => {
    const conflated = simulate({ queue: { conflateByKey: true, capacity: null } });
    const fifo = simulate({ queue: { capacity: null } });
    conflated.run(30_000);
    fifo.run(30_000);
    const s = conflated.summary();
    expect(s.waiting).toBeLessThanOrEqual(10);
    expect(s.dropped.conflated).toBeGreaterThan(1000);
    expect(s.meanStalenessMs).toBeLessThan(fifo.summary().meanStalenessMs / 5);
  });

  it('expiry sheds messages that waited too long', () => {
    const sim = simulate({ queue: { capacity: null, maxAgeMs: 500 } });
    sim.run(30_000);
    const s = sim.summary();
    expect(s.dropped.expired).toBeGreaterThan(500);
    expect(s.meanWaitMs).toBeLessThan(500);
  });
});

describe('drop incoming messages', () => {
  it('reject turns newcomers away when full', () => {
    const sim = simulate({ queue: { whenFull: 'reject' } });
    sim.run(30_000);
    const s = sim.summary();
    expect(s.dropped.rejected).toBeGreaterThan(1000);
    expect(s.rejections).toBe(s.dropped.rejected);
  });

  it('retries recover some rejections, add load, and give up after the last attempt', () => {
    const sim = simulate({
      queue: { whenFull: 'reject' },
      retry: { kind: 'exponential', baseDelayMs: 50, maxAttempts: 3, jitter: true },
    });
    sim.run(30_000);
    const s = sim.summary();
    expect(s.retries).toBeGreaterThan(1000);
    expect(s.offered).toBe(s.produced + s.retries);
    expect(s.dropped['gave-up']).toBeGreaterThan(0);
    expect(s.dropped.rejected).toBe(0);
  });

  it('an nginx rate limit admits about its rate and refuses the rest', () => {
    const sim = simulate({ queue: { capacity: null }, rateLimit: { ratePerSec: 90, burst: 10 } });
    sim.run(30_000);
    const s = sim.summary();
    expect(s.dropped['rate-limited']).toBeGreaterThan(1000);
    expect(s.accepted / 30).toBeGreaterThan(85);
    expect(s.accepted / 30).toBeLessThan(92);
  });
});

describe('increase consumers', () => {
  it('the autoscaler adds workers under load and removes them when it passes', () => {
    const sim = simulate({
      workload: {
        pattern: {
          kind: 'step',
          baseRatePerSec: 50,
          stepRatePerSec: 400,
          atMs: 5_000,
          durationMs: 15_000,
        },
      },
      queue: { capacity: null },
      consumers: {
        autoscale: {
          min: 1,
          max: 8,
          scaleUpDepth: 10,
          scaleDownDepth: 1,
          cooldownMs: 500,
          coldStartMs: 500,
        },
      },
    });
    sim.run(5_000);
    expect(sim.workers.length).toBe(1);
    sim.run(15_000);
    const peak = sim.summary().workers.max;
    expect(peak).toBeGreaterThanOrEqual(4);
    sim.run(30_000);
    expect(sim.workers.length).toBeLessThan(peak);
  });

  it('several workers deliver out of order unless keys are pinned to workers', () => {
    const anyWorker = simulate({
      queue: { capacity: null },
      consumers: { count: 3, ordering: 'none' },
    });
    const perKey = simulate({
      queue: { capacity: null },
      consumers: { count: 3, ordering: 'per-key' },
    });
    anyWorker.run(20_000);
    perKey.run(20_000);
    expect(anyWorker.summary().outOfOrder).toBeGreaterThan(10);
    expect(perKey.summary().outOfOrder).toBe(0);
  });
});

describe('determinism', () => {
  it('the same scenario and seed give identical results; another seed does not', () => {
    const a = simulate({});
    const b = simulate({});
    const c = simulate({ seed: 6 });
    for (const sim of [a, b, c]) sim.run(10_000);
    expect(a.summary()).toEqual(b.summary());
    expect(c.summary()).not.toEqual(a.summary());
  });

  it('two strategies on the same seed see the same workload', () => {
    const reject = simulate({ queue: { whenFull: 'reject' } }, { eventCapacity: 100_000 });
    const oldest = simulate({ queue: { whenFull: 'drop-oldest' } }, { eventCapacity: 100_000 });
    reject.run(5_000);
    oldest.run(5_000);
    const produced = (sim: Engine) => {
      const out: number[] = [];
      sim.events?.readSince(0, (e) => e.kind === 'produce' && out.push(e.time, e.a));
      return out;
    };
    expect(produced(oldest)).toEqual(produced(reject));
  });
});

describe('the animation event log', () => {
  it('stays bounded and tells a slow reader how much it missed', () => {
    const sim = simulate({}, { eventCapacity: 64 });
    sim.run(5_000);
    let seen = 0;
    const { cursor, missed } = sim.events!.readSince(0, () => seen++);
    expect(seen).toBe(64);
    expect(missed).toBe(cursor - 64);
    expect(sim.events!.readSince(cursor, () => seen++).missed).toBe(0);
  });
});
