/** Slider positions to values and back, for linear and logarithmic sliders. */
import type { Scale } from './knobs.ts';
import type { Scenario } from '../sim/scenario.ts';
import { floorForSlider } from './knobValue.ts';

/** Slider positions run from 0 to STEPS: fine enough to drag, coarse enough for arrow keys. */
export const STEPS = 200;

export interface Range {
  min: number;
  max: number;
  scale: Scale;
  integer?: boolean;
}

/** Removes the float dust of grid arithmetic: 170 × 0.005 + 0.05 is 0.9, not 0.9000000000000001. */
const clean = (value: number) => Number(value.toPrecision(12));

/**
 * The round number nearest `value` on a log slider, as a person would write it: two significant
 * figures, the second in fives from 2 up (… 1.8, 1.9, 2, 2.5, 3, … 9.5, 10 …). Each decade has 26
 * such values, fewer than a slider's positions per decade, so every one of them can be reached.
 */
export function roundForLog(value: number): number {
  if (value <= 0 || !Number.isFinite(value)) return value;
  const decade = 10 ** Math.floor(Math.log10(value));
  const mantissa = value / decade;
  const step = mantissa < 2 ? 0.1 : 0.5;
  return clean(Math.round(mantissa / step) * step * decade);
}

/** The grid of a linear slider: the first 1, 2 or 5 × 10ⁿ at least as wide as one position. */
export function linearStep(min: number, max: number): number {
  const raw = (max - min) / STEPS;
  const decade = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * decade >= raw * (1 - 1e-9)) return m * decade;
  return 10 * decade;
}

/**
 * The value at slider position `position` (0..STEPS). The ends are exact; between them a slider
 * stops only on round numbers (70 messages/s, 4 s, 0.9×), which hints and exercises ask for; any
 * other value is typed into the knob's box.
 */
export function valueAt(position: number, { min, max, scale, integer }: Range): number {
  if (position <= 0) return min;
  if (position >= STEPS) return max;
  const f = position / STEPS;
  let value: number;
  if (scale === 'log') value = roundForLog(min * (max / min) ** f);
  else {
    const step = linearStep(min, max);
    value = clean(Math.round((min + (max - min) * f) / step) * step);
  }
  value = Math.min(max, Math.max(min, value));
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

/**
 * The value a slider on knob `knob` sets when moved to `position` from `value`, in `scenario`: the
 * next value along its scale (valueAfterMove), and no lower than the scenario allows there
 * (floorForSlider). One rule for the main knobs and the strategy's.
 */
export function sliderValue(
  knob: Range & { path: string },
  position: number,
  value: number | null,
  scenario: Scenario,
): number {
  return floorForSlider(knob.path, valueAfterMove(position, value, knob), scenario);
}
