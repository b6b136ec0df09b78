/** The stage painted on this thread, from the store's local engine, on the store's frame loop. */
import { preparePalette } from '../../render/paint.ts';
import { playgroundStore, subscribeFrame } from '../../store/index.ts';
import type { LocalDriver } from '../../driver/localDriver.ts';
import { BLOCK_STYLES, DROP_REASON_STYLE } from '../../render/palette.ts';
import type { StageOutputs } from '../../render/stagePainter.ts';
import { publishedNumbers } from './publishedNumbers.ts';
import { mountStage, type MountedStage, type StageHost } from './mountStage.ts';
import { stampWanted, testHooksWanted } from './stageShell.ts';
import type { StageEnv } from './watchStageView.ts';
import { storeStageCount } from './storeStageCount.ts';

function engineHere() {
  const driver = playgroundStore.getState().driver;
  if (driver.kind !== 'local') throw new Error('the stage has no engine on this thread');
  return (driver as LocalDriver).engine;
}

const host: StageHost = {
  getEngine: engineHere,
  subscribeFrame,
  // The live cards' readout, as the store last refreshed it (about ten times a second).
  getNumbers: publishedNumbers(() => {
    const { live } = playgroundStore.getState();
    return { live, engine: engineHere() };
  }),
};

export function mountLocalStage(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  env: StageEnv,
  outputs: StageOutputs,
): MountedStage {
  const palette = preparePalette({ blocks: BLOCK_STYLES, reasons: DROP_REASON_STYLE });
  return mountStage(
    canvas,
    container,
    host,
    palette,
    env,
    outputs,
    testHooksWanted(),
    storeStageCount,
    stampWanted(),
  );
}
