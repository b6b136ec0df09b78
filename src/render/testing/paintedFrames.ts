/**
 * A page's frames of a harnessed run, for tests that read what the stage drew: the cards' numbers
 * published every sixth frame (a page does so ten times a second), each frame stepped by a sixtieth
 * of a second at `speed` and drawn into `labels`. Frame `i` runs from `from` to `to`, both included;
 * numbers are published before the frames whose index is a multiple of six. Each frame comes with the
 * words it drew.
 */
import { drawStage } from '../drawStage.ts';
import type { LabelLog } from '../labels.ts';
import type { StageScene } from '../scene.ts';
import { stageNumbersFrom } from '../stageNumbers.ts';
import { LIGHT_THEME } from '../theme.ts';
import { createFakeContext } from './fakeContext.ts';
import { TEST_PALETTE, type Harness } from './harness.ts';

const FRAME_MS = 1000 / 60;
/** Frames between two publishings of the cards' numbers. */
const PUBLISH_EVERY = 6;

export function* paintedFrames(
  h: Harness,
  labels: LabelLog,
  from: number,
  to: number,
  speed = 1,
): Generator<{ i: number; scene: StageScene; texts: string[] }> {
  for (let i = from; i <= to; i++) {
    if (i % PUBLISH_EVERY === 0) {
      const e = h.engine;
      h.numbers = stageNumbersFrom(e.summary(), e.series, e.scenario.metrics.sampleIntervalMs, e);
    }
    const scene = h.step(FRAME_MS, speed);
    drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
    yield { i, scene, texts: labels.list().map((l) => l.text) };
  }
}
