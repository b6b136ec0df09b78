/**
 * While the tour rings a part, the stage's moment chips keep clear of the ring: an attendee's
 * "Consumer added" chip sat inside the consumers' ring over "Worker 2 · warming up", and "Producer
 * blocked at times" on the producer's. Painted as the page paints it, with the ring the tour works
 * out and tells the stage about (`stage-reserve`, its `clear`).
 */
import { describe, expect, it } from 'vitest';
import { LabelLog } from '../../render/labels.ts';
import { regionsOf } from '../../render/stageRegions.ts';
import { harness } from '../../render/testing/harness.ts';
import { paintedFrames } from '../../render/testing/paintedFrames.ts';
import type { StrategyId } from '../../domain/strategies.ts';
import { drawnRing, partRing, RING_HALO, touches } from './tourRing.ts';
import { storyScenario } from './tourSteps.ts';
import type { StageRegionName } from '../../render/stageRegions.ts';

/** Every chip drawn over four seconds of `strategy`'s story, with the tour's ring round `target`. */
function chipsBesideRing(
  strategy: StrategyId,
  target: StageRegionName,
  width: number,
  height: number,
) {
  const h = harness(storyScenario(strategy).scenario, width, height);
  const labels = new LabelLog();
  const faults: string[] = [];
  let chips = 0;
  // The ring the stage was last told of (the page tells it after each frame that moves it).
  let told: { x: number; y: number; w: number; h: number } | null = null;
  for (const { i, scene } of paintedFrames(h, labels, 1, 240)) {
    for (const b of labels.banners())
      if (b.kind === 'callout' && told !== null) {
        chips++;
        if (touches(b, told)) faults.push(`"${b.text}" over the ring at ${(i / 60).toFixed(2)} s`);
      }
    const made = partRing(target, regionsOf(scene.layout, scene.workerRows), labels.wordBoxes());
    const d = drawnRing(made!.ring);
    const ring = {
      x: d.x - RING_HALO,
      y: d.y - RING_HALO,
      w: d.w + 2 * RING_HALO,
      h: d.h + 2 * RING_HALO,
    };
    // What the callout tells the stage, as it does every time the ring moves.
    labels.reserve({ text: 'tag', x: 0, y: 0, w: 1, h: 1, clear: [ring] });
    told = ring;
  }
  return { faults, chips };
}

describe('the stage’s moment chips while the tour rings a part', () => {
  for (const [strategy, target, width, height] of [
    ['add-consumers', 'consumers', 776, 328],
    ['add-consumers', 'consumers', 336, 340],
    ['block', 'light', 776, 328],
    ['block', 'light', 336, 340],
  ] as const)
    it(`keep clear of the ring round the ${target} (${strategy}, a ${width} px stage)`, () => {
      const { faults, chips } = chipsBesideRing(strategy, target, width, height);
      expect(faults).toEqual([]);
      return chips;
    });
});
