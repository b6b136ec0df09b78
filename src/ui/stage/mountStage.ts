/**
 * The stage drawn on this thread: the page's view of the canvas (watchStageView) feeds a painter that
 * draws the local engine on every frame the loop hands it. Everything the browser provides comes
 * through `StageEnv`, so this is tested with fakes.
 */
import type { Engine } from '../../sim/engine.ts';
import type { Ctx2D } from '../../render/draw/ctx.ts';
import type { PreparedPalette } from '../../render/paint.ts';
import { StagePainter } from '../../render/stagePainter.ts';
import { watchStageView, type StageEnv } from './watchStageView.ts';

export { ARIA_INTERVAL_MS } from '../../render/stagePainter.ts';
export { resolveTheme, type StageEnv } from './watchStageView.ts';

export interface FrameInfo {
  now: number;
  dtMs: number;
  simDtMs: number;
}

/** Where the stage gets its engine and its frames. */
export interface StageHost {
  getEngine(): Engine;
  subscribeFrame(callback: (info: FrameInfo) => void): () => void;
}

export function mountStage(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  host: StageHost,
  palette: PreparedPalette,
  env: StageEnv,
): () => void {
  const ctx = canvas.getContext('2d', { alpha: false }) as Ctx2D | null;
  if (ctx === null) {
    canvas.setAttribute('aria-label', 'The animated stage needs a browser with canvas support.');
    return () => {};
  }
  const painter = new StagePainter(ctx, palette, env.clock, (text) =>
    canvas.setAttribute('aria-label', text),
  );
  const stopView = watchStageView(canvas, container, env, (view) => {
    if (canvas.width !== view.backingWidth) canvas.width = view.backingWidth;
    if (canvas.height !== view.backingHeight) canvas.height = view.backingHeight;
    painter.setView(view);
  });
  const stopFrames = host.subscribeFrame((info) => painter.frame(host.getEngine(), info.now));
  painter.frame(host.getEngine(), env.clock(), true);
  return () => {
    stopView();
    stopFrames();
  };
}
