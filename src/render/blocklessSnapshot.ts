/**
 * A snapshot without the blocks in the lanes, for queues too long to walk every frame.
 *
 * `takeSnapshot` cuts each lane to its front blocks, but it still visits every waiting message to do
 * so, which costs hundreds of milliseconds with a million waiting. Past WALK_LIMIT messages the stage
 * draws lanes as stacked rows anyway, so it asks for the snapshot through a view of the engine whose
 * waiting room reports its counts but no messages. (Remove once the core stops walking past the cut.)
 */
import type { Engine } from '../sim/engine.ts';
import { takeSnapshot, type SimSnapshot } from '../sim/snapshot.ts';

/** Waiting messages above which lanes are not walked. */
export const WALK_LIMIT = 20_000;

export function snapshotFor(engine: Engine, maxBlocksPerLane: number): SimSnapshot {
  const room = engine.room;
  if (room.count <= WALK_LIMIT) return takeSnapshot(engine, maxBlocksPerLane);
  const countsOnly = {
    get laneCount() {
      return room.laneCount;
    },
    get count() {
      return room.count;
    },
    get bytes() {
      return room.bytes;
    },
    laneSize: (lane: number) => room.laneSize(lane),
    forEachInLane: () => {},
  };
  const view = Object.create(engine, { room: { value: countsOnly } }) as Engine;
  return takeSnapshot(view, 0);
}
