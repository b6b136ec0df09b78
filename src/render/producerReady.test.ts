import { describe, expect, it } from 'vitest';
import { lampGlow } from './producerReading.ts';
import { stageHeightFor } from './stageLayout.ts';
import { harness } from './testing/harness.ts';
import { wordsIn } from './testing/wordsIn.ts';
import type { StageScene } from './scene.ts';

/** The words drawn in the producer's box. */
const producerText = (scene: StageScene) => wordsIn(scene, scene.layout.producer);

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
