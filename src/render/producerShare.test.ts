/**
 * The stage's share of time the producer was stopped is the one the line under the cards gives
 * (the last simulated second, published with the cards' numbers): a reader saw the stage say
 * "blocked 38% of the time" beside "blocked 28% of the last second".
 */
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../domain/format.ts';
import { LabelLog } from './labels.ts';
import { harness } from './testing/harness.ts';
import { paintedFrames } from './testing/paintedFrames.ts';

describe('the producer’s stopped share on the stage', () => {
  for (const [preset, word] of [
    ['block', 'blocked'],
    ['credit-window', 'no credit'],
  ] as const)
    it(`${preset}: "${word} N%" on the stage is the published share of the last second`, () => {
      const h = harness(preset, 880, 420);
      const labels = new LabelLog();
      let said = 0;
      for (const { scene, texts } of paintedFrames(h, labels, 0, 8 * 60 - 1)) {
        const share = scene.numbers.stoppedShare;
        if (share === null) continue;
        for (const t of texts) {
          const m = new RegExp(`^${word} (\\d+(?:\\.\\d)?%)`).exec(t);
          if (m === null) continue;
          said++;
          expect(m[1], `${preset} at ${scene.snapshot.now} ms`).toBe(formatPercent(share));
        }
      }
      expect(said, preset).toBeGreaterThan(0);
    });
});
