import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Message } from './message.ts';
import { WaitingRoom } from './waitingRoom.ts';

/** What a room does to its messages, replayed on two rooms that differ only in priority tracking. */
type Op =
  | { kind: 'push'; priority: number; lane: number }
  | { kind: 'shift'; lane: number }
  | { kind: 'dropLowest' }
  | { kind: 'toggle' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('push' as const),
    priority: fc.integer({ min: 0, max: 2 }),
    lane: fc.integer({ min: 0, max: 1 }),
  }),
  fc.record({ kind: fc.constant('shift' as const), lane: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant('dropLowest' as const) }),
  fc.record({ kind: fc.constant('toggle' as const) }),
);

describe('WaitingRoom priority tracking', () => {
  it('picks the same lowest-priority victim whether or not the lists were kept all along', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const always = new WaitingRoom(4);
        const toggled = new WaitingRoom(4);
        always.setLanes(2, () => 0);
        toggled.setLanes(2, () => 0);
        let tracking = true;
        let id = 0;
        for (const o of ops) {
          if (o.kind === 'push') {
            // Same id, key and time in both rooms; distinct objects, compared by id.
            always.push(new Message(id, id % 4, o.priority, 1, id), o.lane);
            toggled.push(new Message(id, id % 4, o.priority, 1, id), o.lane);
            id++;
          } else if (o.kind === 'shift') {
            expect(toggled.shift(o.lane)?.id).toBe(always.shift(o.lane)?.id);
          } else if (o.kind === 'dropLowest') {
            const a = always.lowestPriority();
            const b = toggled.lowestPriority();
            expect(b?.id).toBe(a?.id);
            if (a !== null && b !== null) {
              always.remove(a);
              toggled.remove(b);
            }
          } else {
            tracking = !tracking;
            toggled.trackPriorities(tracking);
          }
          expect(toggled.count).toBe(always.count);
        }
      }),
    );
  });
});
