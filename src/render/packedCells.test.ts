/**
 * The packed cells of a long queue, as a new reader met them: plain grey squares among coloured
 * blocks, one of which was grey too, and they took each grey cell for one grey message. Now a packed
 * cell is a bundle of thin bars (never a block's filled square), no key's colour is grey or near the
 * bundles' colour, every count on them is written "×N", and the stage calls out once, as packing
 * starts, that from here on a striped cell is many messages.
 */
import { describe, expect, it } from 'vitest';
import { packedCellShare } from './draw/well.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { BLOCK_STYLES } from './palette.ts';
import type { StageScene } from './scene.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext, type FakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { DARK_THEME, LIGHT_THEME, type StageTheme } from './theme.ts';

const FRAME = 1000 / 60;
/** The stage inside a 360 px phone, a 700 px window, a 1280 and a 1440 px desktop. */
const WIDTHS = [336, 676, 780, 880];

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The rectangles filled in `colour`, from the path each fill painted. */
function filledRects(ctx: FakeContext, colour: string): Box[] {
  const out: Box[] = [];
  let path: Box[] = [];
  let fill = '';
  for (const c of ctx.calls) {
    if (c.name === 'beginPath') path = [];
    else if (c.name === 'rect') {
      const [x, y, w, h] = c.args as number[];
      path.push({ x: x as number, y: y as number, w: w as number, h: h as number });
    } else if (c.name === 'set:fillStyle') fill = String(c.args[0]);
    else if (c.name === 'fill' && fill === colour) out.push(...path);
    else if (c.name === 'fillRect' && fill === colour) {
      const [x, y, w, h] = c.args as number[];
      out.push({ x: x as number, y: y as number, w: w as number, h: h as number });
    }
  }
  return out;
}

/**
 * Each packed cell's box, filled row by row from its lane's exit side, as drawn; `fullOnly`: not a
 * lane's last when it holds fewer (drawn part-filled: greyCellWords.test.ts).
 */
function packedCells(scene: StageScene, fullOnly = false): Box[] {
  const l = scene.layout;
  const c = l.cell;
  const per = scene.grid.colsPerLane;
  const out: Box[] = [];
  scene.piles.forEach((pile, lane) => {
    const part = fullOnly && packedCellShare(pile, scene.packUnit) < 1;
    for (let k = 0; k < pile.packedCells - (part ? 1 : 0); k++) {
      const row = Math.floor(k / per);
      const col = (lane + 1) * per - 1 - (k - row * per);
      out.push({ x: l.well.x + col * c, y: l.well.y + l.well.h - (row + 1) * c, w: c, h: c });
    }
  });
  return out;
}

const within = (a: Box, b: Box) =>
  a.x >= b.x - 0.01 &&
  a.y >= b.y - 0.01 &&
  a.x + a.w <= b.x + b.w + 0.01 &&
  a.y + a.h <= b.y + b.h + 0.01;

function rgb(hex: string): [number, number, number] {
  const h = hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

describe('packed cells', () => {
  for (const theme of [LIGHT_THEME, DARK_THEME])
    for (const width of [336, 880])
      it(`are bundles of thin bars, not filled squares, at ${width} px (${theme.dark ? 'dark' : 'light'})`, () => {
        const h = harness('no-backpressure', width, stageHeightFor(width));
        let checked = 0;
        for (let i = 0; i < 60 * 10; i++) {
          const scene = h.step(FRAME, 2);
          if (scene.packUnit <= 1 || i % 10 !== 0) continue;
          const ctx = createFakeContext();
          drawStage(ctx, scene, theme, TEST_PALETTE, new LabelLog());
          const bars = filledRects(ctx, theme.stack);
          const c = scene.layout.cell;
          for (const cell of packedCells(scene, true)) {
            const inCell = bars.filter((b) => within(b, cell)).sort((a, b) => a.y - b.y);
            expect(inCell.length, `bars in a packed cell`).toBeGreaterThanOrEqual(2);
            for (const b of inCell) expect(b.h, 'a thin bar').toBeLessThanOrEqual(c * 0.4);
            for (let k = 1; k < inCell.length; k++) {
              const above = inCell[k - 1] as Box;
              expect((inCell[k] as Box).y - (above.y + above.h), 'a gap').toBeGreaterThanOrEqual(1);
            }
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(20);
      });

  it('never share their grey with a key: every key colour is a clear hue, far from it', () => {
    const chroma = (hex: string) => Math.max(...rgb(hex)) - Math.min(...rgb(hex));
    const distance = (a: string, b: string) =>
      Math.hypot(...rgb(a).map((v, i) => v - (rgb(b)[i] as number)));
    for (const theme of [LIGHT_THEME, DARK_THEME] as StageTheme[])
      for (const s of BLOCK_STYLES) {
        expect(chroma(s.color), `${s.name} ${s.color} is a colour, not a grey`).toBeGreaterThan(60);
        expect(distance(s.color, theme.stack), `${s.name} against ${theme.stack}`).toBeGreaterThan(
          60,
        );
      }
  });

  for (const width of WIDTHS)
    it(`are announced by the caption under them as packing starts, no chip over the well, at ${width} px`, () => {
      const h = harness('no-backpressure', width, stageHeightFor(width));
      const log = new LabelLog();
      let firstAt = -1;
      let newsMs = 0;
      const announced: string[] = [];
      for (let i = 0; i < 60 * 20; i++) {
        const scene = h.step(FRAME, 2);
        announced.push(...h.animator.takeMoments().map((m) => m.announce));
        // No chip: one over the rim said "From here on, striped cell = up to ×5" while the
        // stripes were at the bottom of the well.
        expect(scene.callouts.filter((c) => c.kind === 'packed')).toEqual([]);
        if (scene.packUnit <= 1) continue;
        if (firstAt < 0) firstAt = i;
        if (i - firstAt > 60 * 4) continue;
        const ctx = createFakeContext();
        drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, log);
        const said = log.list().find((l) => /holds|up to/.test(l.text));
        expect(said?.y).toBeGreaterThan(scene.layout.well.y + scene.layout.well.h);
        if (!scene.packUnitNews) continue;
        // The first seconds, the caption says it is new, in the page's ink (not muted).
        newsMs += FRAME;
        expect(said?.text).toMatch(/\bnow\b/);
        const drawn = ctx.calls.findIndex((c) => c.name === 'fillText' && c.args[0] === said?.text);
        const ink = ctx.calls
          .slice(0, drawn)
          .filter((c) => c.name === 'set:fillStyle')
          .at(-1)?.args[0];
        expect(ink).toBe(LIGHT_THEME.fg);
      }
      expect(firstAt).toBeGreaterThanOrEqual(0);
      // It stands out from the first packing, for a few seconds.
      expect(newsMs).toBeGreaterThan(2000);
      // Read to screen readers once.
      expect(announced.filter((a) => /striped cells/.test(a))).toHaveLength(1);
    });
});
