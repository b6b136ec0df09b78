/**
 * While the consumer restarts after running out of memory, the memory gauge said "restarting" alone,
 * and a reader could not tell what restarted, or why. Now it says "memory" over "restarting" beside
 * the gauge (and "memory: restarting" under the well on a phone, or "memory ran out" where that is too long), whole, within the gauge's gutter.
 */
import { describe, expect, it } from 'vitest';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { DARK_THEME, LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;
/** The stage inside a 360 px phone, a 700 px window, a 1280 and a 1440 px desktop. */
const WIDTHS = [336, 676, 780, 880];

describe('the memory gauge while the consumer restarts', () => {
  for (const width of WIDTHS)
    for (const theme of [LIGHT_THEME, DARK_THEME])
      it(`says it is the memory, within its room, at ${width} px (${theme.dark ? 'dark' : 'light'})`, () => {
        const h = harness('no-backpressure', width, stageHeightFor(width));
        const log = new LabelLog();
        let crashed = 0;
        for (let i = 0; i < 60 * 16; i++) {
          const scene = h.step(FRAME, 4);
          if (!scene.numbers.crashed) {
            if (crashed > 0) break;
            continue;
          }
          crashed++;
          drawStage(createFakeContext(), scene, theme, TEST_PALETTE, log);
          const labels = log.list();
          const l = scene.layout;
          const at = `frame ${i}: ${labels.map((t) => t.text).join(' | ')}`;
          expect(
            labels.filter((t) => t.shortened).map((t) => t.text),
            at,
          ).toEqual([]);
          if (l.compact) {
            // Under the well, on the caption's third line, within the well's column.
            const said = labels.find((t) => /^memory(: restarting| ran out)$/.test(t.text));
            expect(said, at).toBeDefined();
            if (said === undefined) continue;
            expect(said.x).toBeGreaterThanOrEqual(l.wellArea.x - 0.5);
            expect(said.x + said.w).toBeLessThanOrEqual(l.wellArea.x + l.wellArea.w + 0.5);
            expect(said.y).toBeGreaterThan(l.well.y + l.well.h);
            continue;
          }
          // Beside the gauge: "memory" over "restarting", right of the well's wall, left of the
          // gauge's right edge, above its top.
          const left = l.well.x + l.well.w + 4 - 0.5;
          const right = l.gauge.x + l.gauge.w + 0.5;
          const near = labels.filter(
            (t) => t.x >= left && t.x + t.w <= right && t.y + t.h <= l.gauge.y + 0.5,
          );
          const memory = near.find((t) => t.text === 'memory');
          const restarting = near.find((t) => t.text === 'restarting');
          expect(memory, at).toBeDefined();
          expect(restarting, at).toBeDefined();
          if (memory === undefined || restarting === undefined) continue;
          expect(memory.y + memory.h, 'memory above restarting').toBeLessThanOrEqual(
            restarting.y + 0.5,
          );
        }
        expect(crashed).toBeGreaterThan(10);
      });
});
