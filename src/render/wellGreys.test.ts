/**
 * A long queue's grey cells, frame by frame of a growing run: the coloured blocks stand right on the
 * grey cells (readers took the empty row that used to separate them for a gap in the queue), and the
 * scale of a grey cell only grows, seldom, saying so in the caption the frame it changes (readers saw
 * it go ×2, ×5, ×10, ×20 and back as the queue moved).
 */
import { describe, expect, it } from 'vitest';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import type { BlockSprite, StageScene } from './scene.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;

interface Resting extends BlockSprite {
  place: 'well' | 'worker' | 'held';
  dur: number;
  tx: number;
  ty: number;
}

/** Cells drawn grey, as "col,row" (filled row by row from the lane's exit side, as drawn). */
function greyCells(scene: StageScene): Set<string> {
  const out = new Set<string>();
  const c = scene.grid.colsPerLane;
  scene.piles.forEach((pile, lane) => {
    for (let k = 0; k < pile.packedCells; k++) {
      const row = Math.floor(k / c);
      out.add(`${(lane + 1) * c - 1 - (k - row * c)},${row}`);
    }
  });
  return out;
}

/** Empty cells under a landed coloured block, down to the grey cells or the floor. */
function gapsUnderBlocks(scene: StageScene): string[] {
  const l = scene.layout;
  const filled = greyCells(scene);
  const landed: [number, number][] = [];
  const cellOf = (x: number, y: number) => [
    Math.round((x - l.well.x) / l.cell - 0.5),
    Math.round((l.well.y + l.well.h - y) / l.cell - 0.5),
  ];
  for (const s of scene.sprites as Resting[]) {
    if (s.place !== 'well') continue;
    const [col, row] = cellOf(s.x, s.y) as [number, number];
    filled.add(`${col},${row}`);
    if (s.dur > 0) {
      // On its way to a cell (a column falling, a newcomer dropping in): that cell is spoken for.
      const [tc, tr] = cellOf(s.tx, s.ty) as [number, number];
      filled.add(`${tc},${tr}`);
    } else landed.push([col, row]);
  }
  const gaps = new Set<string>();
  for (const [col, row] of landed)
    for (let r = 0; r < row; r++) if (!filled.has(`${col},${r}`)) gaps.add(`${col},${r}`);
  return [...gaps];
}

describe('the grey cells of a long queue', () => {
  for (const width of [336, 880])
    it(`at ${width} px: blocks stand on the greys, and the scale only grows, said at once`, () => {
      const h = harness('no-backpressure', width, stageHeightFor(width));
      const labels = new LabelLog();
      const faults: string[] = [];
      const scales: number[] = [];
      let packedFrames = 0;
      let settled = 0;
      // Forty simulated seconds at 2×: the unbounded queue grows into the thousands (no crash
      // empties it within the first 10 s; after one it grows again from nothing).
      for (let i = 0; i < 20 * 60 && faults.length < 4; i++) {
        const scene = h.step(FRAME, 2);
        const at = `frame ${i} (${scene.snapshot.now.toFixed(0)} ms)`;
        const unit = scene.packUnit;
        if (unit === 1) continue;
        packedFrames++;
        const last = scales[scales.length - 1];
        if (last !== undefined && unit < last) faults.push(`${at}: ×${last} back to ×${unit}`);
        if (last !== unit) {
          scales.push(unit);
          drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
          const texts = labels.list().map((t) => t.text);
          // The frame it changes, the caption says the new scale, and that it is new.
          const number = new RegExp(`(holds|up to) ${unit.toLocaleString('en-US')}( |$)`);
          const said = texts.find((t) => number.test(t));
          if (said === undefined)
            faults.push(`${at}: ${unit} not in the caption: ${texts.join(' | ')}`);
          else if (last !== undefined && !/\bnow\b/.test(said))
            faults.push(`${at}: "${said}" does not say the scale is new`);
        }
        settled++;
        const gaps = gapsUnderBlocks(scene);
        if (gaps.length > 0) faults.push(`${at}: empty cells ${gaps.join(' ')} under blocks`);
      }
      expect(faults).toEqual([]);
      expect(packedFrames, 'the queue grew past the well').toBeGreaterThan(300);
      expect(settled).toBe(packedFrames);
      expect(scales.length, `scales ${scales.join(', ')}`).toBeLessThanOrEqual(3);
    });
});
