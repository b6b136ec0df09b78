/**
 * Feeds the play gate from an IntersectionObserver inside the frame. With no root given it watches
 * the top-level viewport, through every frame around this one, so a figure scrolled out of the
 * article's view counts as off screen even though it fills its own frame.
 */
import type { PlayGate } from './playGate.ts';

/** A figure plays once this much of it is in view: a sliver at the edge of the window is not being watched. */
export const VISIBLE_PX = 120;
/** Ratios at which the observer reports, fine enough to notice VISIBLE_PX on a tall figure. */
const THRESHOLDS = Array.from({ length: 41 }, (_, i) => i / 40);

/** Whether a figure `height` px tall with `visible` px in view counts as on screen. */
export function countsAsOnScreen(visible: number, height: number): boolean {
  return visible > 0 && visible >= Math.min(VISIBLE_PX, height / 2);
}

/**
 * Keeps `gate` told whether the figure is on screen, and calls `onMove` whenever the figure moved in
 * the viewport (the page around it scrolled or reflowed) by enough to cross a threshold.
 */
export function watchOnScreen(
  element: Element,
  gate: PlayGate,
  onMove: () => void = () => {},
): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    gate.setOnScreen(true); // no way to tell: behave like a normal page
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1];
      if (entry === undefined) return;
      const visible = entry.isIntersecting ? entry.intersectionRect.height : 0;
      const onScreen = countsAsOnScreen(visible, entry.boundingClientRect.height);
      if (onScreen !== gate.onScreen) gate.setOnScreen(onScreen);
      onMove();
    },
    { threshold: THRESHOLDS },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
