/**
 * The packed (striped) cells' words: one phrase at every width (a reader met "a grey cell stands
 * for 5 messages", "now grey cell = 20 messages", "now grey ×20" and "grey = 5 each"), and a last
 * packed cell that holds fewer than the rest says how many, "×N" as the others, so the cells add up
 * (79 blocks and one grey cell "of 5" stood under "81 waiting").
 */
import { describe, expect, it } from 'vitest';
import { partialCellCount } from './draw/well.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;
/** The stage inside a phone, a 700 px window, a 1280 and a 1440 px desktop. */
const WIDTHS = [336, 676, 780, 880];
const PHRASE = /^(now )?striped( cell)? = ×[\d,]+( messages)?$|^(now )?×[\d,]+ (each|messages)$/;

describe('the grey cells of a long queue', () => {
  for (const width of WIDTHS)
    it(`are named by one phrase, and the last says what it holds when that is fewer, at ${width} px`, () => {
      const h = harness('no-backpressure', width, stageHeightFor(width));
      const log = new LabelLog();
      const phrases = new Set<string>();
      let partialFrames = 0;
      let shown = 0;
      for (let i = 0; i < 60 * 8; i++) {
        const scene = h.step(FRAME, 1);
        if (i % 3 !== 0 || scene.packUnit <= 1 || scene.numbers.crashed) continue;
        drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, log);
        const labels = log.list();
        // (The moment's callout says it once too, in its own words: packedCells.test.ts.)
        for (const t of labels.filter(
          (l) =>
            /striped| each$|^(now )?×[\d,]+ messages$/.test(l.text) && !/^From here/.test(l.text),
        )) {
          expect(t.text).toMatch(PHRASE);
          phrases.add(t.text.replace(/[\d,]+/, 'N'));
        }
        const l = scene.layout;
        const c = l.cell;
        for (const [lane, pile] of scene.piles.entries()) {
          const last = partialCellCount(pile, scene.packUnit);
          if (last === null) continue;
          // The label on the lane's last grey cell.
          const k = pile.packedCells - 1;
          const row = Math.floor(k / scene.grid.colsPerLane);
          const col = (lane + 1) * scene.grid.colsPerLane - 1 - (k - row * scene.grid.colsPerLane);
          const x = l.well.x + col * c;
          const y = l.well.y + l.well.h - (row + 1) * c;
          const on = labels.filter(
            (b) => b.x >= x && b.x + b.w <= x + c && b.y >= y && b.y + b.h <= y + c,
          );
          // "×3", as the chip on the full ones says "×20" (never the bare number: a reader took it
          // for another kind of count); inside the cell: a chip wider than the cell ("×45") covered
          // the blocks and striped cells beside it.
          expect(on.every((b) => b.text === `×${last}`)).toBe(true);
          const near = labels.filter(
            (b) =>
              b.text === `×${last}` && b.x < x + c && b.x + b.w > x && b.y < y + c && b.y + b.h > y,
          );
          expect(
            near.every((b) => on.includes(b)),
            `×${last} past its cell`,
          ).toBe(true);
          // Always where a cell has room for the chip; on a phone's small cells, where it does not
          // run into the "×N" chip on the full rows.
          if (on.some((b) => b.text === `×${last}`)) shown++;
          else expect(width, 'the last cell says what it holds').toBeLessThan(400);
          // The grey cells hold the packed messages: all full but the last, which holds the rest.
          expect((pile.packedCells - 1) * scene.packUnit + last).toBe(pile.packed);
          partialFrames++;
        }
      }
      expect(phrases.size).toBeGreaterThan(0);
      expect(partialFrames).toBeGreaterThan(0);
      expect(shown).toBeGreaterThan(partialFrames / 2);
    });

  it('holds a last cell’s count only when it is fewer than the unit', () => {
    expect(partialCellCount({ packed: 12, packedCells: 3 }, 5)).toBe(2);
    expect(partialCellCount({ packed: 15, packedCells: 3 }, 5)).toBeNull();
    expect(partialCellCount({ packed: 0, packedCells: 0 }, 5)).toBeNull();
    expect(partialCellCount({ packed: 4, packedCells: 2 }, 1)).toBeNull();
  });
});

describe('on a phone, what a striped cell holds', () => {
  it('is said as a key: a small striped cell, then "×N messages", never "striped = ×N"', () => {
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
      expect(caption.map((l) => l.text).filter((t) => /striped|^(now )?×[\d,]+$/.test(t))).toEqual(
        [],
      );
      const key = caption.find((l) => /^(now )?×[\d,]+ (messages|each)$/.test(l.text));
      if (!scene.packUnitNews) expect(key?.text).toBe(`×${scene.packUnit} messages`);
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
      for (const key of log.list().filter((l) => /^(now )?×[\d,]+ (each|messages)$/.test(l.text))) {
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
