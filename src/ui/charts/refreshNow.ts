/**
 * How a live refresh reaches the charts: after the rest of the interval (`later`); now, as a
 * transition React may render in slices (`now`), when the interval is over; or now and at once
 * (`urgent`) when a new run started (its clock went back: a reset, a preset, a knob in an exercise).
 * A new run's refresh as a transition still left the old run's lines and caption under the new
 * run's zeros for a few hundred ms on a busy machine (and while a chain's chart arrived), after an
 * attendee had seen them for a second.
 */
export function refreshNow(
  waitMs: number,
  previousTimeMs: number,
  timeMs: number,
): 'later' | 'now' | 'urgent' {
  if (timeMs < previousTimeMs) return 'urgent';
  return waitMs <= 0 ? 'now' : 'later';
}

/**
 * Whether a chart draws `rows` at once rather than as a staggered transition: when they are a new
 * run's (the last row earlier than the last drawn, or none yet after some). As a transition, a
 * figure's redraw was put off again and again by the page's live updates, and the old run's lines
 * and caption stayed up to a second over the new run's zeros (a chain preset picked at 2 s).
 */
export function drawAtOnce(drawn: readonly { t: number }[], rows: readonly { t: number }[]) {
  const last = (r: readonly { t: number }[]) => r.at(-1)?.t ?? Number.NEGATIVE_INFINITY;
  return drawn.length > 0 && last(rows) < last(drawn);
}
