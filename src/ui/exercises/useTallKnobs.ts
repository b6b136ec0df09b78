/**
 * Whether an exercise's knobs and Check no longer fit on the screen together: with every help line
 * shown, or a section with many fields opened, the knobs run taller than a laptop's screen. Then the
 * Check bar sticks to the bottom of the screen (exercises.css, `.knobs-tall`); while they fit it
 * stays in its place after the knobs, covering nothing. Measured from the heights of the boxes, which
 * sticking does not change (their positions it does).
 */
import { useEffect, useState, type RefObject } from 'react';

/** The column's gap between its boxes, in px (exercises.css, .exercise-work). */
const GAP = 8;

/** From the first knob's top to Check's bottom, in px. */
function knobsToCheck(work: HTMLElement): number {
  const knobs = work.querySelector('.exercise-knobs');
  const first = knobs?.querySelector('.knob');
  if (!knobs || !first) return 0;
  let height = knobs.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
  let after = false;
  for (const child of Array.from(work.children)) {
    if (child === knobs) {
      after = true;
      continue;
    }
    if (!after) continue;
    const box = child.getBoundingClientRect().height;
    if (box > 0) height += box + GAP;
    if (child.classList.contains('check-bar')) break;
  }
  return height;
}

export function useTallKnobs(work: RefObject<HTMLElement | null>): boolean {
  const [tall, setTall] = useState(false);
  useEffect(() => {
    const el = work.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const measure = () => setTall(knobsToCheck(el) > window.innerHeight);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    window.addEventListener('resize', measure);
    measure();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [work]);
  return tall;
}
