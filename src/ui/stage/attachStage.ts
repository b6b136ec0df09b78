/**
 * Puts the stage on a canvas, wherever the simulation runs. With the simulation in a worker, the
 * canvas's drawing moves there too (an OffscreenCanvas), so neither the core nor the painting takes
 * time from the page's main thread; the page only tells the worker the size, theme and preferences,
 * and passes on the reader's picks. Without a worker, the stage draws the engine on this thread on
 * the store's frame loop. Either way the DOM around the canvas is the stage shell's.
 */
import { playgroundStore } from '../../store/index.ts';
import { WorkerDriver } from '../../worker/workerDriver.ts';
import type { StageInput } from '../../render/stagePainter.ts';
import { browserStageEnv } from './browserEnv.ts';
import { createStageShell, testHooksWanted } from './stageShell.ts';
import { storeStageCount } from './storeStageCount.ts';
import { watchStageView, type StageEnv } from './watchStageView.ts';
import type { StageShell } from './stageShell.ts';

/** Clears the stage's last moment whenever the run or its scenario changes (a strategy picked). */
function forgetMomentsOnChange(shell: StageShell): () => void {
  return playgroundStore.subscribe((state, previous) => {
    if (state.version !== previous.version || state.scenario !== previous.scenario)
      shell.forgetMoments();
  });
}

/** A canvas's drawing can be handed to a worker only once; React may mount the same canvas twice. */
const transferred = new WeakSet<HTMLCanvasElement>();

function attachToWorker(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  driver: WorkerDriver,
  env: StageEnv,
  onDrawn?: () => void,
): () => void {
  const shell = createStageShell(canvas, container, (input) => driver.stageInput(input), onDrawn);
  const stopForgetting = forgetMomentsOnChange(shell);
  const out = shell.outputs;
  const stopListening = driver.onStage((m) => {
    if (m.type === 'labels') out.labels(m.frame);
    else if (m.type === 'regions') out.regions(m.regions);
    else if (m.type === 'words') out.words?.(m.boxes);
    else out[m.type](m.text);
  });
  const stopView = watchStageView(
    canvas,
    container,
    env,
    (view) => {
      if (!transferred.has(canvas)) {
        transferred.add(canvas);
        driver.attachStage(canvas.transferControlToOffscreen(), view, testHooksWanted());
      } else driver.setStageView(view);
    },
    storeStageCount,
  );
  return () => {
    stopView();
    stopListening();
    stopForgetting();
    shell.dispose();
  };
}

export function attachStage(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  env: StageEnv = browserStageEnv(),
  /** Called once, when the stage's first frame has been drawn. */
  onDrawn?: () => void,
): () => void {
  const driver = playgroundStore.getState().driver;
  if (driver instanceof WorkerDriver)
    return attachToWorker(canvas, container, driver, env, onDrawn);
  // The painter and its kernels load only when they run here, not with the page.
  let mounted: { input(request: StageInput): void; stop(): void } | null = null;
  let stopped = false;
  const shell = createStageShell(canvas, container, (input) => mounted?.input(input), onDrawn);
  const stopForgetting = forgetMomentsOnChange(shell);
  void import('./mountLocalStage.ts').then(({ mountLocalStage }) => {
    if (!stopped) mounted = mountLocalStage(canvas, container, env, shell.outputs);
  });
  return () => {
    stopped = true;
    mounted?.stop();
    stopForgetting();
    shell.dispose();
  };
}
