import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { stageHeightFor } from './stageLayout.ts';
import { harness } from './testing/harness.ts';
import { wordsIn } from './testing/wordsIn.ts';

const FRAME = 1000 / 60;

/** A producer at 40/s that surges to 90/s from 1 s to 2 s. */
function surging(): Scenario {
  const base = presetScenario('block');
  return {
    ...base,
    workload: {
      ...base.workload,
      pattern: {
        kind: 'step',
        baseRatePerSec: 40,
        stepRatePerSec: 90,
        atMs: 1000,
        durationMs: 1000,
      },
    },
  };
}

/** The words in the producer's box at `atMs` of simulated time, on a stage `width` wide. */
function producerWords(width: number, atMs: number): string[] {
  const h = harness(surging(), width, stageHeightFor(width));
  let scene = h.step(FRAME);
  while (h.engine.now < atMs) scene = h.step(FRAME);
  return wordsIn(scene, scene.layout.producer);
}

describe('the producer in a surge', () => {
  for (const width of [336, 880]) {
    it(`names the surge beside the surge's rate, and only during it, at ${width} px`, () => {
      // The chain's producer said 150/s while its knob said "Base rate 80" and no text said surge.
      const during = producerWords(width, 1500);
      expect(during).toContain('90/s');
      expect(during.some((t) => /surge/i.test(t))).toBe(true);
      const before = producerWords(width, 600);
      expect(before).toContain('40/s');
      expect(before.some((t) => /surge/i.test(t))).toBe(false);
      expect(before).toContain('Producer');
    });
  }
});
