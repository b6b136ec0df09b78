/**
 * The well's picture agrees with the snapshot at every frame, mid-animation too: as many blocks in
 * the well as the queue holds, none over the rim unless it is riding in from the producer, and, once
 * blocks have landed, no gap under any of them (a reader took gaps in a full well, and a crowd of
 * blocks over its rim, for numbers the cards did not say).
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
  const landed = new Set<string>();
  for (const s of well) {
    const top = s.y - s.size / 2;
    if (top < l.well.y - 0.5 && !s.arriving)
      out.push(`block ${s.id} over the rim at y ${s.y.toFixed(1)} (rim ${l.well.y})`);
    if (s.ty - s.size / 2 < l.well.y - 0.5) out.push(`block ${s.id} bound for a cell over the rim`);
    if (s.dur === 0) {
      const col = Math.round((s.x - l.well.x) / l.cell - 0.5);
      const row = Math.round((l.well.y + l.well.h - s.y) / l.cell - 0.5);
      if (Math.abs(s.x - cellCenterX(l, col)) > 0.01 || Math.abs(s.y - cellCenterY(l, row)) > 0.01)
        out.push(`landed block ${s.id} off its cell`);
      landed.add(`${col},${row}`);
    }
  }
  for (const key of landed) {
    const [col, row] = key.split(',').map(Number) as [number, number];
    if (row > pile.packedRows && !landed.has(`${col},${row - 1}`))
      out.push(`a gap under the block at column ${col}, row ${row}`);
  }
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
  ];
  it.each(cases)('%s at %dx: blocks = the queue, none over the rim, no gaps', (preset, speed) => {
    const h = harness(preset, 900, 420);
    const seen: string[] = [];
    let rode = 0;
    for (let i = 0; i < 600 && seen.length < 5; i++) {
      const scene = h.step(FRAME, speed);
      for (const f of faults(scene)) seen.push(`frame ${i}: ${f}`);
      for (const s of scene.sprites as Resting[]) if (s.place === 'well' && s.dur > 0) rode++;
    }
    expect(seen).toEqual([]);
    // The blocks did move: the frames above were not a still picture.
    expect(rode).toBeGreaterThan(50);
  });
});
