/**
 * Puts the stage on a canvas, wherever the simulation runs. With the simulation in a worker, the
 * canvas's drawing moves there too (an OffscreenCanvas), so neither the core nor the painting takes
 * time from the page's main thread; the page only tells the worker the size, theme and preferences.
 * Without a worker, the stage draws the engine on this thread on the store's frame loop.
 */
import { playgroundStore } from '../../store/index.ts';
import { WorkerDriver } from '../../worker/workerDriver.ts';
import { browserStageEnv } from './browserEnv.ts';
import { watchStageView, type StageEnv } from './watchStageView.ts';

/** A canvas's drawing can be handed to a worker only once; React may mount the same canvas twice. */
const transferred = new WeakSet<HTMLCanvasElement>();

function attachToWorker(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  driver: WorkerDriver,
  env: StageEnv,
): () => void {
  const stopDescribe = driver.onDescribe((text) => canvas.setAttribute('aria-label', text));
  const stopView = watchStageView(canvas, container, env, (view) => {
    if (!transferred.has(canvas)) {
      transferred.add(canvas);
      driver.attachStage(canvas.transferControlToOffscreen(), view);
    } else driver.setStageView(view);
  });
  return () => {
    stopView();
    stopDescribe();
  };
}

export function attachStage(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  env: StageEnv = browserStageEnv(),
): () => void {
  const driver = playgroundStore.getState().driver;
  if (driver instanceof WorkerDriver) return attachToWorker(canvas, container, driver, env);
  // The painter and its kernels load only when they run here, not with the page.
  let stop: (() => void) | null = null;
  let stopped = false;
  void import('./mountLocalStage.ts').then(({ mountLocalStage }) => {
    if (!stopped) stop = mountLocalStage(canvas, container, env);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
