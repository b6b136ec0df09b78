/**
 * The stage drawn on this thread: the page's view of the canvas (watchStageView) feeds a painter that
 * draws the local engine on every frame the loop hands it, with the numbers the page published for
 * its cards. Everything the browser provides comes through `StageEnv`, so this is tested with fakes.
 */
import type { Engine } from '../../sim/engine.ts';
import type { Ctx2D } from '../../render/draw/ctx.ts';
import type { PreparedPalette } from '../../render/paint.ts';
import type { StageNumbers } from '../../render/stageNumbers.ts';
import { StagePainter, type StageInput, type StageOutputs } from '../../render/stagePainter.ts';
import { watchStageView, type StageCount, type StageEnv } from './watchStageView.ts';

export { ARIA_INTERVAL_MS } from '../../render/stagePainter.ts';
export { resolveTheme, type StageEnv } from './watchStageView.ts';

export interface FrameInfo {
  now: number;
  dtMs: number;
  simDtMs: number;
}

/** Where the stage gets its engine, its frames and the numbers the page's cards show. */
export interface StageHost {
  getEngine(): Engine;
  subscribeFrame(callback: (info: FrameInfo) => void): () => void;
  /** The numbers last published for the cards (null until there are any). */
  getNumbers?(): StageNumbers | null;
}

/** What a mounted stage offers the page: the reader's picks, and a stop. */
export interface MountedStage {
  input(request: StageInput): void;
  stop(): void;
}

export function mountStage(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  host: StageHost,
  palette: PreparedPalette,
  env: StageEnv,
  outputs: StageOutputs,
  reportLabels = false,
  stageCount?: StageCount,
  stamp = false,
): MountedStage {
  const ctx = canvas.getContext('2d', { alpha: false }) as Ctx2D | null;
  if (ctx === null) {
    canvas.setAttribute('aria-label', 'The animated stage needs a browser with canvas support.');
    return { input: () => {}, stop: () => {} };
  }
  const painter = new StagePainter(ctx, palette, env.clock, outputs, reportLabels, stamp);
  const stopView = watchStageView(
    canvas,
    container,
    env,
    (view) => {
      if (canvas.width !== view.backingWidth) canvas.width = view.backingWidth;
      if (canvas.height !== view.backingHeight) canvas.height = view.backingHeight;
      painter.setView(view);
    },
    stageCount,
  );
  const paint = (now: number, force = false) => {
    painter.publish(host.getNumbers?.() ?? null);
    painter.frame(host.getEngine(), now, force);
  };
  const stopFrames = host.subscribeFrame((info) => paint(info.now));
  paint(env.clock(), true);
  return {
    input(request) {
      painter.input(request);
      paint(env.clock());
    },
    stop() {
      stopView();
      stopFrames();
    },
  };
}
