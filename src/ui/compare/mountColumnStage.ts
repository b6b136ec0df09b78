/**
 * One column's stage: the playground's own painter (src/render through mountStage) drawing that
 * column's engine on this thread, on the compare page's frame loop. Loaded on first use, so the page
 * shows its numbers before the drawing code arrives.
 *
 * Up to four stages share the main thread with every engine, so each paints at most thirty times a
 * second and not at all while scrolled out of sight: the simulation keeps its pace either way, only
 * the picture is thinner.
 */
import type { Engine } from '../../sim/engine.ts';
import { preparePalette } from '../../render/paint.ts';
import type { FrameCallback } from '../../compare/compareFrameLoop.ts';
import { BLOCK_STYLES, DROP_REASON_STYLE } from '../../render/palette.ts';
import { browserStageEnv } from '../stage/browserEnv.ts';
import { mountStage, type MountedStage } from '../stage/mountStage.ts';
import { publishedNumbers } from '../stage/publishedNumbers.ts';
import { createStageShell, testHooksWanted } from '../stage/stageShell.ts';
import { compareStore, subscribeFrame } from './compareInstance.ts';

const palette = preparePalette({ blocks: BLOCK_STYLES, reasons: DROP_REASON_STYLE });

/** A stage paints at most this often (ms between paints), a little under 30 per second. */
const PAINT_INTERVAL_MS = 1000 / 30 - 2;

/** The page's frames, thinned to PAINT_INTERVAL_MS and stopped while `element` is off screen. */
function thinnedFrames(element: HTMLElement): {
  subscribe(callback: FrameCallback): () => void;
  stop(): void;
} {
  let visible = true;
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          for (const entry of entries) visible = entry.isIntersecting;
        })
      : null;
  observer?.observe(element);
  return {
    subscribe(callback) {
      let last = -Infinity;
      return subscribeFrame((info) => {
        if (!visible || info.now - last < PAINT_INTERVAL_MS) return;
        last = info.now;
        callback(info);
      });
    },
    stop: () => observer?.disconnect(),
  };
}

export function mountColumnStage(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  index: number,
): () => void {
  // Read on every paint: a change starts new runs, and the stage follows the new engine.
  const getEngine = (): Engine => {
    const { engines } = compareStore.getState().clock;
    return (engines[index] ?? engines[0]) as Engine;
  };
  // The column's numbers as its cards show them: the comparison's last refresh.
  const getNumbers = publishedNumbers(() => {
    const { live, clock } = compareStore.getState();
    const summary = live.summaries[index];
    const engine = clock.engines[index];
    return summary === undefined || engine === undefined ? null : { live: { summary }, engine };
  });
  const frames = thinnedFrames(container);
  let mounted: MountedStage | null = null;
  // "How to read this" holds the comparison still while it is open, as in the playground.
  const shell = createStageShell(canvas, container, (input) => mounted?.input(input), undefined, {
    playing: () => compareStore.getState().playing,
    play: () => compareStore.getState().play(),
    pause: () => compareStore.getState().pause(),
  });
  mounted = mountStage(
    canvas,
    container,
    { getEngine, subscribeFrame: frames.subscribe, getNumbers },
    palette,
    browserStageEnv(),
    shell.outputs,
    testHooksWanted(),
    // A pipeline's column needs the room of its chain of wells, as the playground's stage does.
    {
      get: () => 1 + (getEngine().scenario.downstream?.length ?? 0),
      subscribe: (callback) => compareStore.subscribe(callback),
    },
  );
  return () => {
    mounted?.stop();
    shell.dispose();
    frames.stop();
  };
}
