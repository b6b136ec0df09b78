/** The stage painted on this thread, from the store's local engine, on the store's frame loop. */
import { preparePalette } from '../../render/paint.ts';
import { playgroundStore, subscribeFrame } from '../../store/index.ts';
import type { LocalDriver } from '../../driver/localDriver.ts';
import { BLOCK_STYLES, DROP_REASON_STYLE } from '../../render/palette.ts';
import { mountStage, type StageHost } from './mountStage.ts';
import type { StageEnv } from './watchStageView.ts';

const host: StageHost = {
  getEngine: () => {
    const driver = playgroundStore.getState().driver;
    if (driver.kind !== 'local') throw new Error('the stage has no engine on this thread');
    return (driver as LocalDriver).engine;
  },
  subscribeFrame,
};

export function mountLocalStage(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  env: StageEnv,
): () => void {
  const palette = preparePalette({ blocks: BLOCK_STYLES, reasons: DROP_REASON_STYLE });
  return mountStage(canvas, container, host, palette, env);
}
