import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../sim/types.ts';
import type { SimEvent } from '../sim/eventLog.ts';
import { Follower } from './follow.ts';

const ev = (kind: SimEvent['kind'], time: number, a = 0, b = 0): SimEvent => ({
  kind,
  time,
  id: 7,
  a,
  b,
});

describe('Follower', () => {
  it('tells a delivered message’s story from the events', () => {
    const f = new Follower();
    f.start({ id: 7, createdAt: 1000, enqueuedAt: 1000, place: 'well', ahead: 12, now: 1050 });
    expect(f.text()).toBe('Message 8: joined behind 12.');
    f.onEvent(ev('start', 1480, 0));
    f.onEvent(ev('finish', 1500, 0));
    expect(f.text()).toBe(
      'Message 8: joined behind 12 · waited 480 ms · processed in 20 ms · delivered, 500 ms in all.',
    );
    expect(f.done).toBe(true);
    // Nothing is added after the end.
    f.onEvent(ev('drop', 1600, 0));
    expect(f.text()).toMatch(/in all\.$/);
  });

  it('says why a message was lost', () => {
    const f = new Follower();
    f.start({ id: 7, createdAt: 0, enqueuedAt: 100, place: 'well', ahead: 3, now: 2000 });
    expect(f.text()).toBe('Message 8: waiting, 3 ahead of it.');
    f.onEvent(ev('drop', 2500, DROP_REASONS.indexOf('conflated')));
    expect(f.text()).toBe(
      'Message 8: waiting, 3 ahead of it · evicted by a newer message with the same key.',
    );
    const g = new Follower();
    g.start({ id: 7, createdAt: 0, enqueuedAt: 100, place: 'well', ahead: 0, now: 2000 });
    g.onEvent(ev('drop', 5100, DROP_REASONS.indexOf('expired')));
    expect(g.text()).toBe(
      'Message 8: waiting, next to leave · waited 5 s · expired: it waited longer than messages are kept.',
    );
  });

  it('follows a message turned away through its retries', () => {
    const f = new Follower();
    f.start({ id: 7, createdAt: 0, enqueuedAt: 0, place: 'held', ahead: 0, now: 10 });
    f.onEvent(ev('refuse', 20, 0, 1));
    f.onEvent(ev('retry-wait', 20, 200, 2));
    f.joined(5, 230);
    expect(f.text()).toBe(
      'Message 8: the producer holds it: the queue is full · turned away at the full queue (attempt 1) · waits 200 ms before trying again · joined behind 5.',
    );
    const before = f.revision;
    f.clear();
    expect(f.text()).toBe('');
    expect(f.revision).toBeGreaterThan(before);
  });
});
