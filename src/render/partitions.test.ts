/**
 * Kafka's partitions, as a new reader met them: one well of six columns with a thin line here and
 * there, a faint newcomer, a dashed ring and a "×N" chip in every partition. Now each partition is
 * set apart by a gap with a wall on each side, named over its mouth ("partition 1", or "P1" where
 * narrow), and carries fewer marks: its next message's ring, and no words on its cells.
 */
import { describe, expect, it } from 'vitest';
import { partitionGap } from './draw/well.ts';
import { LabelLog } from './labels.ts';
import { stageObstacles } from './obstacles.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness } from './testing/harness.ts';
import { paintedFrames } from './testing/paintedFrames.ts';
import { drawStage } from './drawStage.ts';
import { TEST_PALETTE } from './testing/harness.ts';
import { DARK_THEME, LIGHT_THEME } from './theme.ts';

/** The stage inside a 360 px phone, a 700 px window, a 1280 and a 1440 px desktop. */
const WIDTHS = [336, 676, 780, 880];

describe('Kafka’s partitions', () => {
  for (const width of WIDTHS)
    it(`are named over their mouths, apart, with fewer marks, at ${width} px`, () => {
      const h = harness('kafka', width, stageHeightFor(width));
      const log = new LabelLog();
      let checked = 0;
      for (const { i, scene, texts } of paintedFrames(h, log, 0, 60 * 8, 2)) {
        if (i % 20 !== 0) continue;
        const l = scene.layout;
        const g = scene.grid;
        expect(g.lanes).toBe(3);
        const laneW = g.colsPerLane * l.cell;
        const labels = log.list();
        const at = `frame ${i}: ${texts.join(' | ')}`;
        const conveyor = stageObstacles(scene).find((o) => o.name === 'conveyor');
        for (let lane = 0; lane < g.lanes; lane++) {
          const name = labels.find(
            (t) => t.text === `partition ${lane + 1}` || t.text === `P${lane + 1}`,
          );
          expect(name, at).toBeDefined();
          if (name === undefined) continue;
          // At least 12 px, whole, over its own partition, above the rim, clear of the pipe.
          expect(name.px).toBeGreaterThanOrEqual(12);
          expect(name.shortened).toBe(false);
          const x0 = l.well.x + lane * laneW;
          expect(name.x, at).toBeGreaterThanOrEqual(x0);
          expect(name.x + name.w, at).toBeLessThanOrEqual(x0 + laneW);
          expect(name.y + name.h).toBeLessThanOrEqual(l.well.y - l.cell * 0.3);
          if (conveyor !== undefined)
            expect(name.y + name.h <= conveyor.y || name.x >= conveyor.x + conveyor.w, at).toBe(
              true,
            );
        }
        // No words on its cells (the caption under the well says what a striped cell holds).
        const w = l.well;
        const inWell = labels.filter(
          (t) => t.x >= w.x && t.x + t.w <= w.x + w.w && t.y >= w.y && t.y + t.h <= w.y + w.h,
        );
        expect(
          inWell.map((t) => t.text),
          at,
        ).toEqual([]);
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    });

  for (const theme of [LIGHT_THEME, DARK_THEME])
    it(`stand apart: a gap of the ground between them, over the blocks (${theme.dark ? 'dark' : 'light'})`, () => {
      const h = harness('kafka', 880, stageHeightFor(880));
      let scene = h.step(1000 / 60, 2);
      for (let i = 0; i < 240; i++) scene = h.step(1000 / 60, 2);
      const ctx = createFakeContext();
      drawStage(ctx, scene, theme, TEST_PALETTE, new LabelLog());
      const l = scene.layout;
      const g = scene.grid;
      // The ground-coloured bands drawn after the last block.
      let fill = '';
      let lastBlock = -1;
      const bands: number[][] = [];
      ctx.calls.forEach((c, k) => {
        if (c.name === 'set:fillStyle') fill = String(c.args[0]);
        if (c.name === 'fillRect' && fill === theme.bg) bands.push([k, ...(c.args as number[])]);
        if (c.name === 'fill' && TEST_PALETTE.blocks.some((b) => b.color === fill)) lastBlock = k;
      });
      expect(lastBlock).toBeGreaterThan(0);
      for (let i = 1; i < g.lanes; i++) {
        const x = l.well.x + i * g.colsPerLane * l.cell;
        const band = bands.find(
          ([k, bx, , bw, bh]) =>
            (k as number) > lastBlock &&
            (bx as number) <= x - 2 &&
            (bx as number) + (bw as number) >= x + 2 &&
            (bh as number) >= l.well.h,
        );
        expect(band, `a gap at x ${x}`).toBeDefined();
        expect((band?.[3] ?? 0) >= Math.min(4, partitionGap(l.cell))).toBe(true);
      }
      // The newest of each partition is not ringed (the dashed ring): only each one's next.
      expect(
        ctx.calls.filter(
          (c) => c.name === 'setLineDash' && (c.args[0] as number[]).join() === '3,2',
        ),
      ).toEqual([]);
    });
});
