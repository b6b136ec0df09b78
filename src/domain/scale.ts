/** Slider positions to values and back, for linear and logarithmic sliders. */
import type { Scale } from './knobs.ts';
import { round } from './format.ts';

/** Slider positions run from 0 to STEPS: fine enough to drag, coarse enough for arrow keys. */
export const STEPS = 200;

export interface Range {
  min: number;
  max: number;
  scale: Scale;
  integer?: boolean;
}

/** The value at slider position `position` (0..STEPS). */
export function valueAt(position: number, { min, max, scale, integer }: Range): number {
  const f = Math.min(1, Math.max(0, position / STEPS));
  const raw = scale === 'log' ? min * (max / min) ** f : min + (max - min) * f;
  // Log sliders would otherwise produce values such as 73.4829.
  const value = scale === 'log' ? round(raw, 2) : round(raw, 3);
  return integer ? Math.round(value) : value;
}

/** The slider position nearest to `value`. */
export function positionOf(value: number, { min, max, scale }: Range): number {
  const clamped = Math.min(max, Math.max(min, value));
  const f =
    scale === 'log' ? Math.log(clamped / min) / Math.log(max / min) : (clamped - min) / (max - min);
  return Math.round(f * STEPS);
}

/**
 * The value a slider moved to `position` should take, coming from `current`. Rounded values can map
 * a neighbouring position back to the current value (a log slider near 17 ms rounds 16.6 to 17), and
 * an arrow key would then never get past it, or flip between two values: so the search goes on in
 * the direction the slider moved until the value moves that way too. `snap` is any further rounding
 * the slider does (to round speeds, say).
 */
export function valueAfterMove(
  position: number,
  current: number | null,
  range: Range,
  snap: (value: number) => number = (value) => value,
): number {
  const next = snap(valueAt(position, range));
  if (current === null) return next;
  const direction = Math.sign(position - positionOf(current, range));
  if (direction === 0) return next;
  for (let p = position; p >= 0 && p <= STEPS; p += direction) {
    const value = snap(valueAt(p, range));
    if ((value - current) * direction > 0) return value;
  }
  return current; // already at that end of the range
}
