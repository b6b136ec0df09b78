/**
 * The browser side of src/embed/frameFit.ts, for a figure in a frame of fixed height: measures how
 * tall the stage may be for the play/pause control to show in the frame, and moves the line under
 * the stage (how to read it, the followed block's story) below the controls.
 */
import { stageLimitFor } from '../../embed/frameFit.ts';
import type { StageEnv } from '../stage/watchStageView.ts';

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
