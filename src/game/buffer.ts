/**
 * The buffer between producer and consumer: one first-in-first-out list per key (lane), like Kafka
 * partitions, so a key's messages stay in order while you choose which key to serve. The oldest
 * block overall is always at the head of some lane, so finding it looks at one block per lane.
 */
import type { Block } from './types.ts';

export class GameBuffer {
  private readonly lanes: Block[][];
  private bytesHeld = 0;
  private blocks = 0;

  constructor(laneCount: number) {
    this.lanes = Array.from({ length: laneCount }, () => []);
  }

  get bytes(): number {
    return this.bytesHeld;
  }

  get count(): number {
    return this.blocks;
  }

  push(block: Block): void {
    this.laneOf(block.lane).push(block);
    this.bytesHeld += block.sizeBytes;
    this.blocks++;
  }

  /** Removes and returns the oldest block of a lane, if it has one. */
  takeFromLane(lane: number): Block | undefined {
    const block = this.laneOf(lane).shift();
    if (block) this.forget(block);
    return block;
  }

  /** Removes and returns the oldest block of all, if any. */
  takeOldest(): Block | undefined {
    let best = -1;
    let bestId = Infinity;
    for (let i = 0; i < this.lanes.length; i++) {
      const head = this.lanes[i]![0];
      if (head && head.id < bestId) {
        bestId = head.id;
        best = i;
      }
    }
    return best < 0 ? undefined : this.takeFromLane(best);
  }

  /** A copy of each lane, oldest first: the caller may keep it, the buffer moves on. */
  snapshot(): Block[][] {
    return this.lanes.map((lane) => lane.slice());
  }

  private laneOf(lane: number): Block[] {
    const found = this.lanes[lane];
    if (!found)
      throw new RangeError(
        `There is no lane ${lane}: lanes go from 0 to ${this.lanes.length - 1}.`,
      );
    return found;
  }

  private forget(block: Block): void {
    this.bytesHeld -= block.sizeBytes;
    this.blocks--;
  }
}
