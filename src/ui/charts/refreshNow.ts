/**
 * Whether a live refresh reaches the charts now rather than after the rest of the interval: when
 * the interval is over, or when a new run started (its clock went back: a reset, a preset, a knob in
 * an exercise), whose charts held the old run's lines under the new run's zeros for up to a second.
 */
export function refreshNow(waitMs: number, previousTimeMs: number, timeMs: number): boolean {
  return waitMs <= 0 || timeMs < previousTimeMs;
}
