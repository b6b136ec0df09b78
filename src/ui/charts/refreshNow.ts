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

/** What a chart drew, or is given to draw: the run it belongs to (the store's `version`), and its rows. */
export interface RunRows {
  run: number;
  rows: readonly { t: number }[];
}

/**
 * Whether a chart draws `next` at once rather than as a staggered transition: when it is a new
 * run's (another run than the one drawn, however far that run has gone; or, within a run, rows
 * ending earlier than those drawn). As a transition, a figure's redraw was put off again and again
 * by the page's live updates, and the old run's lines and caption stayed up to a second over the
 * new run's (a chain preset picked at 2 s). Telling runs apart by their rows alone missed a chart
 * that was out of view as a run began (below the fold on a phone, or the charts under the stage):
 * scrolled to once the new run had gone past where the old one was drawn, it showed the old run's
 * lines until the transition came (the tour's last step on a busy machine).
 */
export function drawAtOnce(drawn: RunRows, next: RunRows): boolean {
  if (drawn.run !== next.run) return true;
  const last = (r: readonly { t: number }[]) => r.at(-1)?.t ?? Number.NEGATIVE_INFINITY;
  return drawn.rows.length > 0 && last(next.rows) < last(drawn.rows);
}
