import { describe, expect, it } from 'vitest';
import { moreBeside } from './draw/bin.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

describe('the Lost box with more reasons than rows', () => {
  it('says how many more beside the last name, longest first, down to the name alone', () => {
    expect(moreBeside(['Gave up', 'Gave up'], 1)).toEqual([
      'Gave up, +1 more',
      'Gave up, +1 more',
      'Gave up +1',
      'Gave up +1',
      'Gave up',
      'Gave up',
    ]);
  });

  // A phone's stage (336 × 260 at 360×740) and a laptop's.
  for (const [width, height] of [
    [336, 260],
    [880, stageHeightFor(880)],
  ] as const) {
    it(`accounts for every reason in the retry storm at ${width} px: a row each, or "+N"`, () => {
      // A phone's bin showed "Lost 2,794" over "Gave up 2,172" alone: the timed out had no word.
      const h = harness('metastable-retry-storm', width, height);
      let scene = h.step(1000 / 60);
      while (h.engine.now < 15_000) scene = h.step(1000 / 60, 20);
      const reasons = Object.entries(scene.numbers.dropped).filter(
        ([reason, n]) => reason !== 'total' && n > 0,
      );
      expect(reasons.length).toBeGreaterThan(1);
      const log = new LabelLog();
      drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, log);
      const b = scene.layout.bin;
      const inBin = log
        .list()
        .filter((l) => l.x >= b.x - 1 && l.y >= b.y - 1 && l.x + l.w <= b.x + b.w + 1)
        .filter((l) => l.y + l.h <= b.y + b.h + 1)
        .map((l) => l.text);
      const named = inBin.filter((t) => /gave up|timed.out|timeout/i.test(t)).length;
      const more = inBin.map((t) => /\+(\d+)/.exec(t)?.[1]).find((n) => n !== undefined);
      expect(named + Number(more ?? 0), inBin.join(' | ')).toBeGreaterThanOrEqual(reasons.length);
    });
  }
});
