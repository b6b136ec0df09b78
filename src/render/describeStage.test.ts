import { describe, expect, it } from 'vitest';
import type { SimSnapshot } from '../sim/snapshot.ts';
import { DROP_REASONS, type DropReason } from '../sim/types.ts';
import { describeStage } from './describeStage.ts';

const labels = Object.fromEntries(
  DROP_REASONS.map((r) => [r, r === 'rejected' ? 'Rejected (queue full)' : r]),
) as Record<DropReason, string>;

function snapshot(over: Partial<SimSnapshot> = {}): SimSnapshot {
  const dropped = {
    total: 0,
    ...Object.fromEntries(DROP_REASONS.map((r) => [r, 0])),
  } as SimSnapshot['dropped'];
  return {
    now: 1000,
    producer: {
      status: 'running',
      ratePerSec: 70,
      targetRatePerSec: 70,
      held: null,
      burst: null,
      credits: null,
      window: null,
    },
    lanes: [{ count: 0, blocks: [], tail: [] }],
    waiting: 0,
    capacity: 20,
    memoryBytes: 0,
    memoryBudgetBytes: null,
    workers: [
      { id: 0, status: 'busy', block: null, startedAt: 0, endsAt: 0, readyAt: 0, wasted: false },
    ],
    retryWaiting: 0,
    rateDelayed: 0,
    crashed: false,
    crashCause: null,
    restartAt: null,
    produced: 0,
    delivered: 0,
    dropped,
    ...over,
  };
}

describe('describeStage', () => {
  it('says how full, what the producer does, who works and what was lost', () => {
    const s = snapshot({ waiting: 20 });
    s.producer.status = 'blocked';
    s.dropped.total = 42;
    s.dropped.rejected = 42;
    expect(describeStage(s, labels)).toBe(
      'Queue 20 of 20 (full); producer blocked; 1 of 1 worker busy; 0 done; 42 dropped: rejected (queue full).',
    );
  });

  it('names the two biggest reasons with counts when there are several', () => {
    const s = snapshot({ waiting: 3 });
    Object.assign(s.dropped, { total: 60, rejected: 30, 'evicted-oldest': 20, expired: 10 });
    expect(describeStage(s, labels)).toContain(
      '60 dropped: 30 rejected (queue full), 20 evicted-oldest, other reasons',
    );
  });

  it('tells messages replaced by a newer one with their key apart from the lost, as the cards do', () => {
    const s = snapshot({ waiting: 5 });
    Object.assign(s.dropped, { total: 1219, conflated: 1219 });
    expect(describeStage(s, labels)).toContain(
      'nothing dropped; 1,219 replaced by a newer message with the same key',
    );
    Object.assign(s.dropped, { total: 1229, conflated: 1219, rejected: 10 });
    expect(describeStage(s, labels)).toContain(
      '10 dropped: rejected (queue full); 1,219 replaced by a newer message with the same key',
    );
  });

  it('describes an unbounded queue by its memory, and a crash first', () => {
    const s = snapshot({
      capacity: null,
      waiting: 1234,
      memoryBytes: 620_000,
      memoryBudgetBytes: 1_000_000,
      crashed: true,
      crashCause: 'memory-budget',
      restartAt: 3100,
    });
    const text = describeStage(s, labels);
    expect(
      text.startsWith(
        'Consumer crashed out of memory, restarting in 2.1 s; Queue 1,234 waiting, no limit, memory 620 KB of 1 MB',
      ),
    ).toBe(true);
  });

  it('tells a crash of the machine’s memory from one over the budget', () => {
    const s = snapshot({
      capacity: null,
      waiting: 0,
      crashed: true,
      crashCause: 'machine-memory',
      restartAt: 4000,
    });
    expect(describeStage(s, labels)).toMatch(
      /^Consumer ran out of the machine’s memory, restarting in 3 s; /,
    );
  });

  it('says how much of the time a producer that keeps stopping is held back', () => {
    const s = snapshot();
    const shares = { stopped: 0.25, slowed: 0, running: 0.75, stopKind: 'blocked' as const };
    expect(describeStage(s, labels, shares)).toContain('producer blocked about 25% of the time');
    expect(describeStage(s, labels, { ...shares, stopped: 0.01 })).toContain(
      'producer sending 70/s',
    );
  });

  it('counts starting workers apart and leaves retiring ones out', () => {
    const s = snapshot({
      workers: [
        { id: 0, status: 'busy', block: null, startedAt: 0, endsAt: 0, readyAt: 0, wasted: false },
        {
          id: 1,
          status: 'starting',
          block: null,
          startedAt: 0,
          endsAt: 0,
          readyAt: 0,
          wasted: false,
        },
        {
          id: 2,
          status: 'retiring',
          block: null,
          startedAt: 0,
          endsAt: 0,
          readyAt: 0,
          wasted: false,
        },
      ],
      retryWaiting: 3,
    });
    const text = describeStage(s, labels);
    expect(text).toContain('1 of 2 workers busy, 1 starting');
    expect(text).toContain('3 messages waiting to retry');
  });

  it('counts the requests the rate limit holds back before the queue (try 6a)', () => {
    const text = describeStage(snapshot({ rateDelayed: 12 }), labels);
    expect(text).toContain('12 messages waiting their turn at the rate limit, before the queue');
    expect(describeStage(snapshot(), labels)).not.toContain('rate limit');
  });
});
