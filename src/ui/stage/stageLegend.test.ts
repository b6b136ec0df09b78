/**
 * "How to read this" explains the producer's words: every word its box and its belt write for a
 * producer held back, in bursts or with random gaps is quoted in the legend's producer section, as
 * the stage writes it. A reader met "in a burst" and "quiet spell" on Nginx limit_req's stage and
 * found only "random gaps" explained.
 */
import { describe, expect, it } from 'vitest';
import { SLOWED } from '../../domain/stageWords.ts';
import { sentRateWhy } from '../../render/draw/conveyor.ts';
import { producerWords } from '../../render/producerReading.ts';
import { stageHeightFor } from '../../render/stageLayout.ts';
import { harness } from '../../render/testing/harness.ts';
import { PRODUCER_ENTRIES } from './stageLegend.ts';

const FRAME = 1000 / 60;
const legend = PRODUCER_ENTRIES.map(([, text]) => text).join(' ');

describe('the legend’s producer section', () => {
  for (const preset of ['nginx-limit-req', 'block', 'credit-window', 'no-backpressure'])
    it(`quotes every word ${preset}'s producer box and belt write about it`, () => {
      const h = harness(preset, 880, stageHeightFor(880));
      const words = new Set<string>();
      for (let i = 0; i < 60 * 10; i++) {
        const scene = h.step(FRAME, 2);
        const why = sentRateWhy(scene);
        // Slowed, the belt writes no rate and so no reason; the box says the rate it is slowed to.
        if (why !== null && why !== SLOWED) words.add(why);
        if (scene.snapshot.producer.burst !== null)
          for (const wording of producerWords(scene)) for (const line of wording) words.add(line);
      }
      expect(words.size).toBeGreaterThan(0);
      for (const w of words) expect(legend, `“${w}”`).toContain(`“${w}”`);
    });
});
