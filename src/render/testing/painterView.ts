/**
 * For tests that drive a StagePainter as a page does: a plain view of a stage `width` × `height` CSS
 * px at scale 1 in the light theme (with any field overridden), and the worker's live tick, which
 * publishes the run's numbers with the picture of their moment.
 */
import type { Engine } from '../../sim/engine.ts';
import type { StageOutputs, StagePainter, StageViewParams } from '../stagePainter.ts';
import { stageNumbersFrom, type StageNumbers } from '../stageNumbers.ts';
import { LIGHT_THEME } from '../theme.ts';

/** A stage that says nothing: for tests that read its scene, not its words. */
export const quiet: StageOutputs = {
  describe: () => {},
  story: () => {},
  moment: () => {},
  labels: () => {},
  regions: () => {},
};

export function plainView(
  width: number,
  height: number,
  more: Partial<StageViewParams> = {},
): StageViewParams {
  return {
    width,
    height,
    scale: 1,
    backingWidth: width,
    backingHeight: height,
    theme: LIGHT_THEME,
    fontScale: 1,
    reducedMotion: false,
    ...more,
  };
}

/** The live tick: the numbers go to the cards, with the picture drawn of their moment. */
export function publishMoment(painter: StagePainter, engine: Engine): StageNumbers {
  const interval = engine.scenario.metrics.sampleIntervalMs;
  const numbers = stageNumbersFrom(engine.summary(), engine.series, interval, engine);
  painter.publish(numbers, painter.capture(engine, numbers));
  return numbers;
}
