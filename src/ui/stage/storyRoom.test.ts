import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../sim/eventLog.ts';
import { Follower } from '../../render/follow.ts';
import { STORY_ROOM } from './storyRoom.ts';

const ev = (kind: SimEvent['kind'], time: number): SimEvent => ({
  kind,
  time,
  id: 8886,
  a: 0,
  b: 0,
});

describe('the room the story line keeps while a message is followed', () => {
  it('holds a long delivered story: a deep well’s wait, a processing time put down to chance', () => {
    const f = new Follower();
    f.serviceMeanMs = 20;
    f.start({ id: 8886, createdAt: 1000, enqueuedAt: 1000, place: 'well', ahead: 900, now: 1010 });
    f.onEvent(ev('start', 59_000));
    f.onEvent(ev('finish', 59_000.2));
    const told = f.text();
    expect(told).toMatch(/^Message 8,887: delivered, .* by chance/);
    expect(told.length).toBeLessThanOrEqual(STORY_ROOM.length);
  });
});
