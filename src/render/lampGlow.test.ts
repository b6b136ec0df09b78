/**
 * The producer's red lamp is plainly lit whenever the words under it say it was blocked: in the
 * tour's "Push back" step a reader on a phone read "blocked 28%" under a red lamp barely brighter than
 * one switched off (its brightness was the share of time blocked), and saw no red at all.
 */
import { describe, expect, it } from 'vitest';
import { LabelLog } from './labels.ts';
import { LAMP_FAINT, LAMP_LIT, LAMP_OFF, lampGlow, lampLevel } from './producerReading.ts';
import { harness } from './testing/harness.ts';
import { paintedFrames } from './testing/paintedFrames.ts';

describe('the producer’s stop light', () => {
  for (const width of [360, 900])
    it(`block at ${width} px: while the words say "blocked N%", the red lamp is lit plainly`, () => {
      const h = harness('block', width, 420);
      const labels = new LabelLog();
      let said = 0;
      for (const { scene, texts } of paintedFrames(h, labels, 0, 8 * 60 - 1)) {
        if (!texts.some((t) => /^blocked \d/.test(t))) continue;
        said++;
        const at = `at ${scene.snapshot.now} ms, red share ${lampLevel(scene, 0)}`;
        expect(lampGlow(scene, 0), at).toBeGreaterThanOrEqual(LAMP_LIT);
        // The only lamp plainly on: green, lit as well, read as neither (try 10b).
        expect(lampGlow(scene, 2), at).toBeLessThanOrEqual(LAMP_FAINT);
      }
      expect(said).toBeGreaterThan(0);
    });

  it('a lamp whose state took no time to speak of stays dim', () => {
    const h = harness('block', 900, 420);
    const labels = new LabelLog();
    // At the start the producer has only been sending: green lit, red dim.
    const [first] = [...paintedFrames(h, labels, 0, 0)];
    expect(lampGlow(first!.scene, 0)).toBe(LAMP_OFF);
    expect(lampGlow(first!.scene, 2)).toBeGreaterThanOrEqual(LAMP_LIT);
  });
});
