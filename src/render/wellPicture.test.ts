/**
 * The well's picture agrees with the snapshot at every frame, mid-animation too: as many blocks in
 * the well as the queue holds, none over the rim unless it is a newcomer coming in (one at a time:
 * riding in from the producer to the mouth, where it waits for its step into its cell), and under
 * every landed block a block drawn in the cell below (a reader took gaps in a full well, and a crowd
 * of blocks over its rim, for numbers the cards did not say), and nothing else floating in the well.
 */
import { describe, expect, it } from 'vitest';
import type { BlockSprite, StageScene } from './scene.ts';
import { cellCenterX, cellCenterY } from './stageLayout.ts';
import { harness } from './testing/harness.ts';

const FRAME = 1000 / 60;

/** What the animator keeps on each resting block besides what it draws. */
interface Resting extends BlockSprite {
  place: 'well' | 'worker' | 'held';
  arriving: boolean;
  /** A newcomer not yet in its place. */
  incoming: boolean;
  /** Wall ms left on its current move; 0 once it has landed. */
  dur: number;
  tx: number;
  ty: number;
}

/** Everything wrong with one frame's well, in words. */
function faults(scene: StageScene): string[] {
  const out: string[] = [];
  const l = scene.layout;
  const g = scene.grid;
  const well = (scene.sprites as Resting[]).filter((s) => s.place === 'well');
  // One lane here: the blocks drawn one by one are the newest `single` of the queue's messages.
  const lane = scene.snapshot.lanes[0];
  const pile = scene.piles[0];
  if (lane === undefined || pile === undefined) return ['no lane'];
  if (pile.single + pile.packed !== lane.count)
    out.push(`${pile.single} + ${pile.packed} packed drawn for ${lane.count} waiting`);
  if (well.length !== pile.single) out.push(`${well.length} blocks for ${pile.single} single`);
  const landed: Resting[] = [];
  let over = 0;
  for (const s of well) {
    const top = s.y - s.size / 2;
    if (top < l.well.y - 0.5) {
      // Only a newcomer may be over the rim: riding in from the producer, or over the mouth
      // waiting for its step into its cell.
      if (!s.arriving && !s.incoming)
        out.push(`block ${s.id} over the rim at y ${s.y.toFixed(1)} (rim ${l.well.y})`);
      // Over the mouth (not up on the conveyor, where riders come one behind another).
      if (s.y > l.well.y - 2 * l.cell && s.x > l.well.x && s.x < l.well.x + l.well.w) over++;
    }
    if (s.ty - s.size / 2 < l.well.y - 0.5) out.push(`block ${s.id} bound for a cell over the rim`);
    // At rest inside the rim (one at rest over the mouth is a newcomer waiting for its step in).
    if (s.dur === 0 && top >= l.well.y - 0.5) {
      const col = Math.round((s.x - l.well.x) / l.cell - 0.5);
      const row = Math.round((l.well.y + l.well.h - s.y) / l.cell - 0.5);
      if (Math.abs(s.x - cellCenterX(l, col)) > 0.01 || Math.abs(s.y - cellCenterY(l, row)) > 0.01)
        out.push(`landed block ${s.id} off its cell`);
      // A block not drawn yet (a newcomer waiting for its cell to clear) hangs over nothing.
      if (s.alpha > 0) landed.push(s);
    }
  }
  if (over > 1) out.push(`${over} blocks over the mouth`);
  // Under every landed block a block is drawn in the cell below (the line steps up all at once).
  const drawn = well.filter((s) => s.alpha > 0);
  for (const s of landed) {
    const row = Math.round((l.well.y + l.well.h - s.y) / l.cell - 0.5);
    if (row <= pile.packedRows) continue;
    const below = s.y + l.cell;
    if (
      !drawn.some((o) => Math.abs(o.x - s.x) <= l.cell / 2 && Math.abs(o.y - below) <= l.cell / 2)
    )
      out.push(
        `a gap under the block at column ${Math.round((s.x - l.well.x) / l.cell - 0.5)}, row ${row}`,
      );
  }
  // Every message the caption counts has its cell drawn taken: by its block, or, for the newcomer
  // still on its way in, as taken (a reader saw "20 of 20 waiting" over a well with a cell empty
  // while the newcomer waited over the mouth).
  const taken = new Set<string>();
  const cellKey = (x: number, y: number) =>
    `${Math.round((x - l.well.x) / l.cell - 0.5)},${Math.round((l.well.y + l.well.h - y) / l.cell - 0.5)}`;
  for (const s of drawn) if (s.y - s.size / 2 >= l.well.y - 0.5) taken.add(cellKey(s.x, s.y));
  for (const s of scene.spokenFor) taken.add(cellKey(s.x, s.y));
  if (taken.size !== pile.single)
    out.push(`${taken.size} cells drawn taken for ${pile.single} waiting`);
  // Nothing else drawn inside the well, off the cells: a replaced value's fading copy floated
  // there, mid-well, over an emptied cell, when the queue moved on (Keep the latest per key).
  for (const f of scene.flights)
    if (
      f.alpha > 0 &&
      f.x > l.well.x &&
      f.x < l.well.x + l.well.w &&
      f.y > l.well.y &&
      f.y < l.well.y + l.well.h
    )
      out.push(`a block floating in the well at (${f.x.toFixed(0)}, ${f.y.toFixed(0)})`);
  if (g.capacity !== null && g.fitsCapacity && pile.single > g.capacity)
    out.push(`${pile.single} blocks in a well of ${g.capacity}`);
  return out;
}

describe('the well’s picture, frame by frame', () => {
  // Steady streams (blocks dropping in from above), a well that fills and blocks, one that conflates,
  // and a full one losing its oldest: at the reader's speed and four times it.
  const cases: [string, number][] = [
    ['add-consumers', 1],
    ['add-consumers', 4],
    ['block', 1],
    ['drop-oldest', 4],
    ['latest-per-key', 1],
    ['latest-per-key', 4],
  ];
  it.each(cases)(
    '%s at %dx: blocks = the queue, at most one newcomer over the rim, no gaps',
    (preset, speed) => {
      const h = harness(preset, 900, 420);
      const seen: string[] = [];
      // Frames in which a block of the well moved (stepped to a new cell, or rode in).
      let moved = 0;
      let was = new Map<number, number>();
      for (let i = 0; i < 600 && seen.length < 5; i++) {
        const scene = h.step(FRAME, speed);
        for (const f of faults(scene)) seen.push(`frame ${i}: ${f}`);
        const now = new Map<number, number>();
        let any = false;
        for (const s of scene.sprites as Resting[]) {
          if (s.place !== 'well') continue;
          const at = Math.round(s.x) * 100000 + Math.round(s.y);
          now.set(s.id, at);
          const before = was.get(s.id);
          if (before !== undefined && before !== at) any = true;
        }
        if (any) moved++;
        was = now;
      }
      expect(seen).toEqual([]);
      // The blocks did move: the frames above were not a still picture.
      expect(moved).toBeGreaterThan(50);
    },
  );
});
