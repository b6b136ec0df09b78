/** Easing curves for wall-time tweens. Inputs are clamped, so callers can pass raw progress. */

export function clamp01(t: number): number {
  return t <= 0 ? 0 : t >= 1 ? 1 : t;
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Slow start and end: for journeys with a clear departure and arrival. */
export function easeInOutCubic(t: number): number {
  const x = clamp01(t);
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** Fast start, soft landing: for settling into a slot after a nudge. */
export function easeOutCubic(t: number): number {
  const x = clamp01(t);
  return 1 - (1 - x) ** 3;
}

/** Linear decay from 1 to 0 over `durationMs` since `startMs`; 0 before the start. */
export function fadeSince(nowMs: number, startMs: number, durationMs: number): number {
  const age = nowMs - startMs;
  if (age < 0 || age >= durationMs) return 0;
  return 1 - age / durationMs;
}
