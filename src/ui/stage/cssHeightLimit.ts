/**
 * The stage's height limit as the page's CSS decides it: the `--stage-room` length on the stage's
 * area (global.css), which on a wide screen leaves the transport, the main knobs and the cards room on
 * the first screen under a short window. The page's placeholder for the stage reads the same length,
 * so the canvas takes exactly the room kept for it. No length set: no limit.
 */
import type { StageEnv } from './watchStageView.ts';

export function cssHeightLimit(
  container: HTMLElement,
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
      callback(px > 0 ? px : Infinity);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(probe);
    measure();
    return () => {
      observer.disconnect();
      probe.remove();
    };
  };
}
