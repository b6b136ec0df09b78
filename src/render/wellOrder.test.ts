/**
 * The well reads as a queue in every frame: its head (the message next to leave) always stands in one
 * fixed cell, the bottom cell on the exit side, with the "next" mark on that cell; no resting block
 * has an empty cell under it; and every waiting block is drawn inside the well, but for a newcomer
 * riding in over the rim (departures leave as flights, by their routes, and are not counted here).
 * Readers saw the mark wander from the bottom right to the middle of the well and to the top of an
 * almost empty one, holes stay open mid-well, and blocks fall across the caption (try 3, item 2).
 */
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { BlockSprite, StageScene } from './scene.ts';
import { cellCenterX, cellCenterY, stageHeightFor } from './stageLayout.ts';
import { harness } from './testing/harness.ts';
import { packedInColumn } from './wellGrid.ts';

const FRAME = 1000 / 60;

interface Placed extends BlockSprite {
  place: 'well' | 'worker' | 'held';
  dur: number;
  tx: number;
  ty: number;
}

const withConsumers = (id: string, count: number): Scenario => {
  const s = presetScenario(id);
  return { ...s, consumers: { ...s.consumers, count } };
};

/** [name, width, speed, scenario, frames]: the strategies and knobs the reader tried. */
const cases: [string, number, number, () => Scenario, number][] = [
  ['drop the oldest', 880, 1, () => presetScenario('drop-oldest'), 6 * 60],
  ['drop the oldest on a phone', 336, 1, () => presetScenario('drop-oldest'), 6 * 60],
  ['drop the oldest at 4×', 880, 4, () => presetScenario('drop-oldest'), 4 * 60],
  ['no backpressure (immediate)', 880, 1, () => presetScenario('no-backpressure'), 8 * 60],
  ['no backpressure, two consumers', 880, 1, () => withConsumers('no-backpressure', 2), 6 * 60],
  ['add consumers', 880, 1, () => presetScenario('add-consumers'), 8 * 60],
  ['block the producer', 880, 2, () => presetScenario('block'), 4 * 60],
];

/** What a reader could fault in one frame of the well, one line each. */
function wellFaults(scene: StageScene): string[] {
  const out: string[] = [];
  const l = scene.layout;
  const g = scene.grid;
  const lane = scene.snapshot.lanes[0];
  const pile = scene.piles[0];
  if (g.lanes !== 1 || lane === undefined || pile === undefined) return out;
  const headX = cellCenterX(l, g.cols - 1);
  const headY = cellCenterY(l, 0);
  const mark = scene.marks[0];
  if (lane.count > 0) {
    if (mark === undefined || mark.headX !== headX || mark.headY !== headY)
      out.push(
        `"next" at ${mark?.headX.toFixed(0)},${mark?.headY.toFixed(0)}, not the head's cell`,
      );
    const head = lane.blocks[0];
    const sprite = scene.sprites.find((s) => s.id === head?.id) as Placed | undefined;
    if (
      pile.packedCells === 0 &&
      sprite?.place === 'well' &&
      (sprite.tx !== headX || sprite.ty !== headY)
    )
      out.push(`the head ${head?.id} is bound for ${sprite.tx.toFixed(0)},${sprite.ty.toFixed(0)}`);
  }
  const half = l.cell / 2;
  const cellAt = (x: number, y: number) =>
    `${Math.round((x - l.well.x) / l.cell - 0.5)},${Math.round((l.well.y + l.well.h - y) / l.cell - 0.5)}`;
  const resting = new Set<string>();
  /** Cells a block rests in or is sliding into this frame (bound for them, in order). */
  const held = new Set<string>();
  const well: Placed[] = [];
  for (const s of scene.sprites as Placed[]) {
    if (s.place !== 'well') continue;
    well.push(s);
    const inside =
      s.x - half >= l.well.x - 0.5 &&
      s.x + half <= l.well.x + l.well.w + 0.5 &&
      s.y + half <= l.well.y + l.well.h + 0.5;
    // Only a newcomer may be outside: above the rim, on its way in.
    if (!inside && !(s.y < l.well.y && s.x - half >= l.exitX - l.cell))
      out.push(`block ${s.id} drawn outside the well at ${s.x.toFixed(0)},${s.y.toFixed(0)}`);
    held.add(cellAt(s.tx, s.ty));
    if (s.dur === 0 && s.x === s.tx && s.y === s.ty) resting.add(cellAt(s.x, s.y));
  }
  for (const key of resting) {
    const [col, row] = key.split(',').map(Number) as [number, number];
    const grey = packedInColumn(pile.packedCells, g.colsPerLane, g.cols - 1 - col);
    if (row > grey && !held.has(`${col},${row - 1}`))
      out.push(`a hole under the resting block in cell ${col},${row}`);
  }
  return out;
}

describe('the well in queue order', () => {
  it.each(cases)(
    '%s at %d px, %d×: the head in its cell with the mark on it, no holes, nothing outside',
    (_name, width, speed, scenario, frames) => {
      const h = harness(scenario(), width, stageHeightFor(width));
      const faults: string[] = [];
      let busy = 0;
      for (let i = 0; i < frames && faults.length < 4; i++) {
        const scene = h.step(FRAME, speed);
        if ((scene.snapshot.lanes[0]?.count ?? 0) > 3) busy++;
        for (const f of wellFaults(scene))
          faults.push(`frame ${i} (${scene.snapshot.now.toFixed(0)} ms): ${f}`);
      }
      expect(faults).toEqual([]);
      // The well did hold a queue for a good part of the run: not only an empty picture.
      expect(busy).toBeGreaterThan(frames / 6);
    },
  );
});
