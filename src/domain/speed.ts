/** How fast simulated time runs against the wall clock: one range for the slider, links and embeds. */
import { type Range } from './scale.ts';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 100;

/** The speed slider's scale: a log scale from a quarter speed to a hundred times. */
export const SPEED_RANGE: Range = { min: MIN_SPEED, max: MAX_SPEED, scale: 'log' };

const ROUND_SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];

/** Slider positions rarely land on 1× exactly; round speeds within 4% snap to it. */
export function snapSpeed(speed: number): number {
  return ROUND_SPEEDS.find((r) => Math.abs(speed / r - 1) < 0.04) ?? speed;
}

/** A speed within the range; anything that is not a number runs at 1×. */
export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}
