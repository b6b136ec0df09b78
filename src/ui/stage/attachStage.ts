/**
 * Puts the stage on a canvas, wherever the simulation runs. With the simulation in a worker, the
 * drawing happens there too, so neither the core nor the painting takes time from the page's main
 * thread: the page tells the worker the size, theme and preferences, passes on the reader's picks,
 * and puts each picture the worker sends on the canvas (a 'bitmaprenderer' context, which takes an
 * ImageBitmap without copying it) in the task that brings the cards their numbers, so both change
 * in the same frame. Without a worker, the stage draws the engine on this thread on the store's
 * frame loop, in the frame that refreshes the cards. Either way the DOM around the canvas is the
 * stage shell's.
 */
import { playgroundStore } from '../../store/index.ts';
import { WorkerDriver } from '../../worker/workerDriver.ts';
import type { StageInput } from '../../render/stagePainter.ts';
import { browserStageEnv } from './browserEnv.ts';
import { createStageShell, stampWanted, testHooksWanted } from './stageShell.ts';
import { storeStageCount } from './storeStageCount.ts';
import { watchStageView, type StageEnv } from './watchStageView.ts';
import type { StageShell } from './stageShell.ts';

/** The playground's run, for "How to read this" to hold still while it is open. */
const run = {
  playing: () => playgroundStore.getState().playing,
  play: () => playgroundStore.getState().play(),
  pause: () => playgroundStore.getState().pause(),
};

/** Clears the stage's last moment whenever the run or its scenario changes (a strategy picked). */
function forgetMomentsOnChange(shell: StageShell): () => void {
  return playgroundStore.subscribe((state, previous) => {
    if (state.version !== previous.version || state.scenario !== previous.scenario)
      shell.forgetMoments();
  });
}

function attachToWorker(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  driver: WorkerDriver,
  env: StageEnv,
  onDrawn?: () => void,
): () => void {
  const shell = createStageShell(
    canvas,
    container,
    (input) => driver.stageInput(input),
    onDrawn,
    run,
    storeStageCount,
  );
  const stopForgetting = forgetMomentsOnChange(shell);
  const out = shell.outputs;
  const screen = canvas.getContext('bitmaprenderer');
  const present = (picture: ImageBitmap) => {
    if (screen === null) return picture.close();
    // The canvas takes each picture's size with it (drawn for the view the page last reported), so
    // its pixels map one to one; the CSS box around it is the page's.
    if (canvas.width !== picture.width) canvas.width = picture.width;
    if (canvas.height !== picture.height) canvas.height = picture.height;
    screen.transferFromImageBitmap(picture);
  };
  let detach: (() => void) | null = null;
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
      if (detach === null)
        detach = driver.attachStage(view, present, testHooksWanted(), stampWanted());
      else driver.setStageView(view);
    },
    storeStageCount,
  );
  return () => {
    detach?.();
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
  const shell = createStageShell(
    canvas,
    container,
    (input) => mounted?.input(input),
    onDrawn,
    run,
    storeStageCount,
  );
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
