/**
 * The packed (striped) cells' words: one phrase under the well, in plain words, at every width, and
 * nothing written on the cells. A reader met "striped cell = ×20 messages" under the well beside
 * cells marked "×3", "×5" and "×17" and a "×20" chip over the rows, and could not tell which number
 * a cell held. A last packed cell that holds fewer than the rest shows it by its drawing: its bars
 * filled from the bottom only as far as it is full, their outline above.
 */
import { describe, expect, it } from 'vitest';
import { packedCellShare, partialCellCount } from './draw/well.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext, type FakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;
/** The stage inside a phone, a 700 px window, a 1280 and a 1440 px desktop. */
const WIDTHS = [336, 676, 780, 880];
const PHRASE =
  /^each striped cell (now )?holds (up to )?[\d,]+( messages)?$|^each striped cell: (now )?up to [\d,]+$|^(now )?up to [\d,]+$|^striped cell (now )?holds [\d,]+$|^(now )?[\d,]+ per (striped )?cell$|^(now )?holds (up to )?[\d,]+( messages)?$|^(now )?[\d,]+ each$/;

/** The area filled in `colour` inside the box, from the rectangles each fill painted. */
function filledArea(
  ctx: FakeContext,
  colour: string,
  box: { x: number; y: number; w: number; h: number },
): number {
  let path: number[][] = [];
  let fill = '';
  let area = 0;
  for (const c of ctx.calls) {
    if (c.name === 'beginPath') path = [];
    else if (c.name === 'rect') path.push(c.args as number[]);
    else if (c.name === 'set:fillStyle') fill = String(c.args[0]);
    else if (c.name === 'fill' && fill === colour)
      for (const [x, y, w, h] of path as [number, number, number, number][]) {
        if (x >= box.x - 0.01 && y >= box.y - 0.01 && x + w <= box.x + box.w + 0.01)
          if (y + h <= box.y + box.h + 0.01) area += w * h;
      }
  }
  return area;
}

describe('the striped cells of a long queue', () => {
  for (const width of WIDTHS)
    it(`are named by one plain phrase under the well, and a part-filled one is drawn part-filled, at ${width} px`, () => {
      const h = harness('no-backpressure', width, stageHeightFor(width));
      const log = new LabelLog();
      const phrases = new Set<string>();
      let partialFrames = 0;
      for (let i = 0; i < 60 * 8; i++) {
        const scene = h.step(FRAME, 1);
        if (i % 3 !== 0 || scene.packUnit <= 1 || scene.numbers.crashed) continue;
        const ctx = createFakeContext();
        drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, log);
        const labels = log.list();
        // No "×N" anywhere on the stage, and no word on the cells.
        expect(labels.filter((l) => l.text.includes('×')).map((l) => l.text)).toEqual([]);
        const w = scene.layout.well;
        const onCells = labels.filter(
          (l) => l.x < w.x + w.w && l.x + l.w > w.x && l.y < w.y + w.h && l.y + l.h > w.y,
        );
        expect(onCells.map((l) => l.text)).toEqual([]);
        // The scale, said once, in the caption's plain words.
        const said = labels.filter(
          (l) => /holds|up to|per (striped )?cell| each$/.test(l.text) && l.y > w.y + w.h,
        );
        expect(said).toHaveLength(1);
        expect(said[0]?.text).toMatch(PHRASE);
        expect(said[0]?.text).toContain(scene.packUnit.toLocaleString('en-US'));
        phrases.add((said[0]?.text ?? '').replace(/[\d,]+/, 'N'));
        const l = scene.layout;
        const c = l.cell;
        for (const [lane, pile] of scene.piles.entries()) {
          if (pile.packedCells < 2) continue;
          const cellBox = (k: number) => {
            const row = Math.floor(k / scene.grid.colsPerLane);
            const col =
              (lane + 1) * scene.grid.colsPerLane - 1 - (k - row * scene.grid.colsPerLane);
            return { x: l.well.x + col * c, y: l.well.y + l.well.h - (row + 1) * c, w: c, h: c };
          };
          const full = filledArea(ctx, LIGHT_THEME.stack, cellBox(0));
          const lastArea = filledArea(ctx, LIGHT_THEME.stack, cellBox(pile.packedCells - 1));
          const share = packedCellShare(pile, scene.packUnit);
          const last = partialCellCount(pile, scene.packUnit);
          if (last === null) {
            expect(lastArea).toBeCloseTo(full, 3);
            continue;
          }
          // The cells hold the packed messages: all full but the last, which holds the rest.
          expect((pile.packedCells - 1) * scene.packUnit + last).toBe(pile.packed);
          // Drawn about as full as it is (the gaps between bars make it not exact), never full.
          expect(lastArea / full).toBeLessThan(Math.min(1, share + 0.3));
          expect(lastArea / full).toBeGreaterThan(Math.max(0, share - 0.3));
          expect(lastArea).toBeGreaterThan(0);
          partialFrames++;
        }
      }
      expect(phrases.size).toBeGreaterThan(0);
      expect(partialFrames).toBeGreaterThan(0);
    });

  it('holds a last cell’s count only when it is fewer than the unit', () => {
    expect(partialCellCount({ packed: 12, packedCells: 3 }, 5)).toBe(2);
    expect(partialCellCount({ packed: 15, packedCells: 3 }, 5)).toBeNull();
    expect(partialCellCount({ packed: 0, packedCells: 0 }, 5)).toBeNull();
    expect(partialCellCount({ packed: 4, packedCells: 2 }, 1)).toBeNull();
  });
});

describe('on a phone, what a striped cell holds', () => {
  it('is said as a key: a small striped cell, then "holds N messages"', () => {
    // A reader met "now striped = ×20" under a phone's well, and could not tell what it meant.
    const h = harness('no-backpressure', 336, stageHeightFor(336));
    const log = new LabelLog();
    let keys = 0;
    for (let i = 0; i < 60 * 8; i++) {
      const scene = h.step(FRAME, 1);
      if (i % 3 !== 0 || scene.packUnit <= 1 || scene.numbers.crashed) continue;
      const ctx = createFakeContext();
      drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, log);
      const caption = log.list().filter((l) => l.y > scene.layout.well.y + scene.layout.well.h);
      expect(caption.map((l) => l.text).filter((t) => /×/.test(t))).toEqual([]);
      const key = caption.find((l) =>
        /^(now )?(holds (up to )?[\d,]+( messages)?|up to [\d,]+|[\d,]+ each)$/.test(l.text),
      );
      if (!scene.packUnitNews)
        expect(key?.text).toMatch(new RegExp(`^(holds )?(up to )?${scene.packUnit}( messages)?$`));
      if (key === undefined) continue;
      // The striped cell's bars, just left of the words, on their line (inside the key's box).
      const wordsX = ctx.calls.find((c) => c.name === 'fillText' && c.args[0] === key.text)
        ?.args[1] as number;
      const bars = ctx.calls.filter(
        (c) =>
          c.name === 'rect' &&
          (c.args[0] as number) < wordsX &&
          (c.args[0] as number) > wordsX - key.h * 1.6 &&
          (c.args[1] as number) >= key.y - 1 &&
          (c.args[1] as number) <= key.y + key.h,
      );
      expect(bars.length).toBeGreaterThanOrEqual(2);
      keys++;
    }
    expect(keys).toBeGreaterThan(10);
  });

  it('records the key under a phone’s well, its striped cell and words, as one word: a ring round it takes in the cell', () => {
    const width = 336;
    const h = harness('no-backpressure', width, stageHeightFor(width));
    const log = new LabelLog();
    let seen = 0;
    for (let i = 0; i < 60 * 8; i++) {
      const scene = h.step(FRAME, 1);
      if (i % 3 !== 0 || scene.packUnit <= 1 || scene.numbers.crashed) continue;
      const ctx = createFakeContext();
      drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, log);
      for (const key of log
        .list()
        .filter((l) =>
          /^(now )?(holds (up to )?[\d,]+( messages)?|up to [\d,]+|[\d,]+ each)$/.test(l.text),
        )) {
        const drawn = ctx.calls.find((c) => c.name === 'fillText' && c.args[0] === key.text);
        expect(drawn, key.text).toBeDefined();
        // The words start after the striped cell, which the recorded box holds too.
        const cell = scene.layout.fonts.smallPx;
        expect(Number(drawn!.args[1]) - key.x, key.text).toBeGreaterThanOrEqual(cell);
        expect(key.x + key.w, key.text).toBeGreaterThan(Number(drawn!.args[1]));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
