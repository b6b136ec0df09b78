/** Test helper: the words a stage frame draws inside one of its boxes. */
import { drawStage } from '../drawStage.ts';
import { LabelLog } from '../labels.ts';
import type { StageScene } from '../scene.ts';
import type { Rect } from '../stageLayout.ts';
import { LIGHT_THEME } from '../theme.ts';
import { createFakeContext } from './fakeContext.ts';
import { TEST_PALETTE } from './harness.ts';

/** Draws `scene` and returns the text of every label wholly inside `box` (the producer's, say). */
export function wordsIn(scene: StageScene, box: Rect): string[] {
  const log = new LabelLog();
  drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, log);
  return log
    .list()
    .filter(
      (l) =>
        l.x >= box.x && l.y >= box.y && l.x + l.w <= box.x + box.w && l.y + l.h <= box.y + box.h,
    )
    .map((l) => l.text);
}
