import { describe, expect, it } from 'vitest';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { lampGlow } from './producerReading.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';
import type { StageScene } from './scene.ts';

/** The words drawn in the producer's box. */
function producerText(scene: StageScene): string[] {
  const log = new LabelLog();
  drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, log);
  const b = scene.layout.producer;
  return log
    .list()
    .filter((l) => l.x >= b.x && l.y >= b.y && l.x + l.w <= b.x + b.w && l.y + l.h <= b.y + b.h)
    .map((l) => l.text);
}

describe('the producer of a run not yet started', () => {
  // The tour's wave step waits at 0 s for its button: the producer read "sending" under a green
  // lamp beside a still belt (try 13).
  for (const width of [336, 880]) {
    it(`says it is ready, with no lamp lit, until the run starts, at ${width} px`, () => {
      const h = harness('no-backpressure', width, stageHeightFor(width));
      const still = h.step(0);
      expect(still.snapshot.now).toBe(0);
      expect(producerText(still).some((t) => /^ready/.test(t))).toBe(true);
      expect(producerText(still)).not.toContain('sending');
      const lit = [0, 1, 2].map((lamp) => lampGlow(still, lamp));
      let moving = h.step(1000 / 60);
      for (let i = 0; i < 30; i++) moving = h.step(1000 / 60);
      expect(moving.snapshot.now).toBeGreaterThan(0);
      expect(producerText(moving)).toContain('sending');
      expect(Math.max(...lit)).toBeLessThan(Math.max(...[0, 1, 2].map((l) => lampGlow(moving, l))));
    });
  }
});
