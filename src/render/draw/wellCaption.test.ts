/**
 * The well's first caption line against its walls: red walls say "full", so over a queue with no
 * limit they come with the reason (its memory nearly used up), never beside "no limit".
 */
import { describe, expect, it } from 'vitest';
import { drawStage } from '../drawStage.ts';
import { LabelLog } from '../labels.ts';
import { stageHeightFor } from '../stageLayout.ts';
import { createFakeContext } from '../testing/fakeContext.ts';
import { harness, TEST_PALETTE } from '../testing/harness.ts';
import { LIGHT_THEME } from '../theme.ts';
import { wellIsFull } from './well.ts';

const FRAME = 1000 / 60;

describe('the well’s caption with no limit', () => {
  for (const width of [336, 880])
    it(`says the memory is nearly full while the walls are red, "no limit" otherwise, at ${width} px`, () => {
      const h = harness('no-backpressure', width, stageHeightFor(width));
      let red = 0;
      for (let i = 0; i < 60 * 8; i++) {
        const scene = h.step(FRAME, 2);
        if (i % 6 !== 0 || scene.numbers.crashed) continue;
        const labels = new LabelLog();
        drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
        const caption = labels.list().find((l) => /^\d[\d,]* waiting/.test(l.text))?.text ?? '';
        if (wellIsFull(scene)) {
          red++;
          expect(caption).not.toContain('no limit');
          if (width >= 880) expect(caption).toContain('memory nearly full');
        } else if (width >= 880) expect(caption).toContain('no limit');
      }
      // The run does fill its memory before it crashes.
      expect(red).toBeGreaterThan(0);
    });
});
