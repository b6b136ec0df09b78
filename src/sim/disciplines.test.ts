/** Which waiting message a free consumer takes next: FIFO, LIFO, adaptive LIFO, CoDel. */
import { describe, expect, it } from 'vitest';
import { CoDel } from './disciplines.ts';
import { Message } from './message.ts';
import type { QueueDiscipline } from './scenario.ts';
import { allEvents, simulate } from './testing/simulate.ts';
import { WaitingRoom } from './waitingRoom.ts';

/** Ten messages arrive 1 ms apart at one worker busy for 100 ms each: in which order do they start? */
function startOrder(discipline: QueueDiscipline): number[] {
  const sim = simulate(
    {
      workload: {
        pattern: { kind: 'step', baseRatePerSec: 0, stepRatePerSec: 1000, atMs: 0, durationMs: 10 },
        spacing: 'even',
      },
      queue: { capacity: null, discipline },
      consumers: { service: { kind: 'constant', meanMs: 100 } },
    },
    1 << 12,
  );
  sim.run(2_000);
  return allEvents(sim)
    .filter((e) => e.kind === 'start')
    .map((e) => e.id);
}

describe('queue disciplines', () => {
  it('FIFO takes the oldest', () => {
    expect(startOrder({ kind: 'fifo' })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('LIFO takes the newest', () => {
    expect(startOrder({ kind: 'lifo' })).toEqual([0, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('adaptive LIFO takes the newest only while more than lifoAboveDepth wait', () => {
    // Nine wait at first: the newest three go first, then the rest in order of arrival.
    expect(startOrder({ kind: 'adaptive-lifo', lifoAboveDepth: 6 })).toEqual([
      0, 9, 8, 7, 1, 2, 3, 4, 5, 6,
    ]);
  });
});

describe('CoDel (as Facebook uses it)', () => {
  function roomWith(slots: number[]): WaitingRoom {
    const room = new WaitingRoom(1);
    slots.forEach((at, i) => {
      const m = new Message(i, 0, 0, 1, at);
      m.slotAt = at;
      room.push(m, 0);
    });
    return room;
  }

  it('lets messages wait up to the interval while the queue has been empty lately', () => {
    const codel = new CoDel(5, 100);
    const room = roomWith([0, 10, 20]);
    const shed: number[] = [];
    // At 90 ms nothing has waited over the 100 ms interval.
    expect(codel.take(room, 0, 90, (m) => shed.push(m.id))?.id).toBe(0);
    expect(shed).toEqual([]);
  });

  it('once the queue has stood for an interval, sheds every head that waited past the target', () => {
    const codel = new CoDel(5, 100);
    const room = roomWith([0, 150, 196, 198]);
    const shed: number[] = [];
    // At 200 ms the queue has not been empty since 0: the target applies.
    expect(codel.take(room, 0, 200, (m) => shed.push(m.id))?.id).toBe(2);
    expect(shed).toEqual([0, 1]);
    // The next take empties it (at 201 ms), so for an interval after that a wait of 50 ms is fine.
    expect(codel.take(room, 0, 201, (m) => shed.push(m.id))?.id).toBe(3);
    const later = roomWith([250]);
    expect(codel.take(later, 0, 300, (m) => shed.push(m.id))?.id).toBe(0);
    expect(shed).toEqual([0, 1]);
  });

  it('in a run, sheds a standing queue as refusals the requesters may retry', () => {
    const sim = simulate({
      workload: { pattern: { kind: 'steady', ratePerSec: 80 }, spacing: 'even' },
      queue: { capacity: 200, discipline: { kind: 'codel', targetMs: 20, intervalMs: 100 } },
      consumers: { service: { kind: 'constant', meanMs: 20 } },
    });
    sim.run(10_000);
    const s = sim.summary();
    expect(s.dropped.shed).toBeGreaterThan(200);
    // What is served waited little: the queue stays short.
    expect(s.meanWaitMs).toBeLessThan(60);
    expect(s.queueDepth.max).toBeLessThan(20);
  });
});
