/**
 * The stage's height limit as the page's CSS decides it: the `--stage-room` length on the stage's
 * area (global.css), which on a wide screen leaves the transport, the main knobs and the cards room on
 * the first screen under a short window. The page's placeholder for the stage reads the same length,
 * so the canvas takes exactly the room kept for it. No length set: no limit.
 */
import type { StageCount, StageEnv } from './watchStageView.ts';

/**
 * A pipeline's chain is as tall as its stages need (a column of them on a narrow stage) and is not
 * limited: squeezed into a single stage's room its words would collide (`stages`, when given).
 */
export function cssHeightLimit(
  container: HTMLElement,
  stages?: StageCount,
): NonNullable<StageEnv['observeHeightLimit']> {
  return (callback) => {
    // A probe as tall as the length, out of the flow and unseen: its size is the limit, and a
    // ResizeObserver hears each change (the window resized, a media query crossed).
    const probe = document.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText =
      'position:absolute;visibility:hidden;pointer-events:none;width:0;height:var(--stage-room,0px)';
    container.prepend(probe);
    const measure = () => {
      const px = probe.getBoundingClientRect().height;
      callback(px > 0 && (stages?.get() ?? 1) <= 1 ? px : Infinity);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(probe);
    // The store changes often (the live numbers); the stage count seldom: measure only then.
    let count = stages?.get() ?? 1;
    const stopStages =
      stages?.subscribe(() => {
        if (stages.get() === count) return;
        count = stages.get();
        measure();
      }) ?? (() => {});
    measure();
    return () => {
      observer.disconnect();
      stopStages();
      probe.remove();
    };
  };
}
