/**
 * The browser side of src/embed/frameFit.ts, for a figure in a frame of fixed height: measures how
 * tall the stage may be for the play/pause control to show in the frame, and moves the line under
 * the stage (how to read it, the followed block's story) below the controls.
 */
import { stageLimitFor } from '../../embed/frameFit.ts';
import type { StageCount, StageEnv } from '../stage/watchStageView.ts';

/**
 * However wide its column, a figure's single stage is no taller than this, CSS px. The stage's
 * natural height grows with its width (room for an unlimited queue's tall well), so a figure 700 px
 * wide showed a bounded queue under a band of empty stage 80 px high, 200 px at 1280. A pipeline's
 * chain of wells keeps the height it needs.
 */
export const FIGURE_STAGE_MAX_PX = 320;

/** `limit` (none: no limit of its own) held to FIGURE_STAGE_MAX_PX for a single stage. */
export function figureHeightLimit(
  stages: StageCount,
  limit?: NonNullable<StageEnv['observeHeightLimit']>,
): NonNullable<StageEnv['observeHeightLimit']> {
  return (callback) => {
    let own = Infinity;
    const report = () =>
      callback(Math.min(own, stages.get() <= 1 ? FIGURE_STAGE_MAX_PX : Infinity));
    const stopOwn =
      limit?.((px) => {
        own = px;
        report();
      }) ?? (() => {});
    let count = stages.get();
    const stopStages = stages.subscribe(() => {
      if (stages.get() === count) return;
      count = stages.get();
      report();
    });
    report();
    return () => {
      stopOwn();
      stopStages();
    };
  };
}

/** The stage's height limit in this frame, as `StageEnv.observeHeightLimit`. */
export function frameHeightLimit(
  root: HTMLElement,
  canvas: HTMLCanvasElement,
): NonNullable<StageEnv['observeHeightLimit']> {
  return (callback) => {
    const measure = () => {
      // The transport's buttons (Step, Reset) once the controls are in; the stage itself before
      // that, and in a figure with no controls (its play/pause is on the stage).
      const keep = root.querySelector('.transport-buttons') ?? canvas;
      const bottom = keep.getBoundingClientRect().bottom + window.scrollY;
      callback(stageLimitFor(window.innerHeight, bottom, canvas.getBoundingClientRect().height));
    };
    // The controls arriving, a wrapped line, the frame resized: each moves the control.
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    window.addEventListener('resize', measure);
    measure();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  };
}

/** Puts the stage's own line after the controls, at the figure's end. */
export function footerBelowControls(root: HTMLElement, stageBox: HTMLElement): void {
  const footer = stageBox.querySelector('.stage-footer');
  if (footer !== null) root.append(footer);
}
