import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './eventQueue.ts';

/** A payload that knows whether it is stale, as a crashed worker's completion does. */
interface Payload {
  id: number;
  stale: boolean;
}

const staleTest = (_kind: number, _gen: number, ref: Payload | null) => ref?.stale ?? false;

function popAll(q: EventQueue<Payload>): number[] {
  const ids: number[] = [];
  while (q.size > 0) {
    q.pop();
    ids.push((q.ref as Payload).id);
  }
  return ids;
}

describe('EventQueue', () => {
  it('pops by time, then by the order of pushing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const q = new EventQueue<Payload>();
        times.forEach((t, id) => q.push(t, 0, 0, { id, stale: false }));
        const expected = times
          .map((t, id) => ({ t, id }))
          .sort((a, b) => a.t - b.t || a.id - b.id)
          .map((e) => e.id);
        expect(popAll(q)).toEqual(expected);
      }),
    );
  });

  it('drops stale events once large, and gives the live ones in the same order as ever', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean()), { maxLength: 2000 }),
        fc.array(fc.integer({ min: 0, max: 1999 }), { maxLength: 200 }),
        (events, goneStale) => {
          const plain = new EventQueue<Payload>();
          const compacting = new EventQueue<Payload>(staleTest, 64);
          const payloads: Payload[] = [];
          events.forEach(([t, stale], id) => {
            const p = { id, stale };
            payloads.push(p);
            plain.push(t, 0, 0, p);
            compacting.push(t, 0, 0, p);
            // Events also go stale after they were pushed (a worker crashes later): when event
            // i is pushed, event i / 2 goes stale.
            for (const i of goneStale) if (i === id) (payloads[i >> 1] as Payload).stale = true;
          });
          const live = popAll(plain).filter((id) => !(payloads[id] as Payload).stale);
          expect(popAll(compacting).filter((id) => !(payloads[id] as Payload).stale)).toEqual(live);
        },
      ),
    );
  });

  it('stays as small as its live events when far more go stale than stay', () => {
    const q = new EventQueue<Payload>(staleTest, 256);
    let most = 0;
    // Each round schedules 100 far-off events, then cancels all but one of them.
    for (let round = 0; round < 2000; round++) {
      const batch: Payload[] = [];
      for (let i = 0; i < 100; i++) {
        const p = { id: round * 100 + i, stale: false };
        batch.push(p);
        q.push(1e9 + round, 0, 0, p);
      }
      for (const p of batch.slice(1)) p.stale = true;
      most = Math.max(most, q.size);
    }
    // 2000 live events and up to twice as many stale ones since the last clear-out, not 200,000.
    expect(most).toBeLessThan(8192);
    const ids = popAll(q).filter((id) => id % 100 === 0);
    expect(ids).toEqual(Array.from({ length: 2000 }, (_, round) => round * 100));
  });

  it('keeps each live event whole through clear-outs that free too little and growth', () => {
    const q = new EventQueue<Payload>(staleTest, 64);
    const payloads: Payload[] = [];
    // A few stale ones among many: each clear-out frees too little, so the arrays double as well.
    for (let i = 0; i < 300; i++) {
      const p = { id: i, stale: i < 60 && i % 20 === 0 };
      payloads.push(p);
      q.push(i, i % 7, i * 2, p);
    }
    const popped: [number, number, number][] = [];
    while (q.size > 0) {
      q.pop();
      popped.push([q.time, q.kind, q.gen]);
      expect((q.ref as Payload).id).toBe(q.time);
    }
    const expected = payloads.filter((p) => !p.stale).map((p) => [p.id, p.id % 7, p.id * 2]);
    // Stale events may or may not have been dropped; every live one comes out intact.
    expect(popped.filter(([t]) => !(payloads[t] as Payload).stale)).toEqual(expected);
  });
});
