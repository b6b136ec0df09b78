import { LIVE_INTERVAL_MS } from '../../driver/frameTiming.ts';

/** Charts redraw at most this often at 1× and slower: SVG work is the costliest part of a refresh. */
export const CHART_INTERVAL_MS = 500;
/**
 * How far, in simulated time, a chart's last point may fall behind the clock between two redraws.
 * At 1× the half-second interval is within it; at 5× that interval was 2.5 s of simulated time,
 * and the chart visibly trailed the clock and the stage.
 */
export const CHART_LAG_SIM_MS = 500;

/**
 * Above this speed a chart's time axis spans so much that half a second is lost in it: the charts
 * keep within CHART_LAG_SHARE of the run instead, and redraw less often as the run grows. At 100×,
 * a redraw with every refresh cost the page a quarter of its main thread (the bench's heavy run).
 */
export const CHART_FAST_SPEED = 20;
/** Above CHART_FAST_SPEED, the share of the run a chart may trail by: a few pixels of its axis. */
export const CHART_LAG_SHARE = 0.02;

/**
 * How long the charts wait between redraws at `speed`, `runMs` into the run: half a second at 1×
 * and slower, shorter as the run goes faster so the last point stays within CHART_LAG_SIM_MS of the
 * clock, and never shorter than the page hears new numbers (LIVE_INTERVAL_MS): from 5× on, every
 * refresh the clock shows is drawn too (the page's clock and the charts' rows come in the same
 * message, so the chart then ends where the clock stands, within a sample). In whole refreshes, so
 * it changes seldom as the run grows.
 */
export function chartIntervalMs(speed: number, runMs = 0): number {
  const lag =
    speed > CHART_FAST_SPEED
      ? Math.max(CHART_LAG_SIM_MS, runMs * CHART_LAG_SHARE)
      : CHART_LAG_SIM_MS;
  const wanted = lag / Math.max(speed, Number.MIN_VALUE);
  const ms = Math.min(CHART_INTERVAL_MS, Math.max(LIVE_INTERVAL_MS, wanted));
  return Math.min(CHART_INTERVAL_MS, Math.ceil(ms / LIVE_INTERVAL_MS - 1e-9) * LIVE_INTERVAL_MS);
}

/**
 * How long after the chart before it each of `charts` charts redraws (ChartFigure's stagger): one
 * at a time, each a short task, and the last still before the next refresh comes. Were it later, a
 * new refresh every LIVE_INTERVAL_MS would put the last charts' redraws off again each time.
 */
export function chartStaggerMs(intervalMs: number, charts: number): number {
  return intervalMs / (Math.max(1, charts) + 1);
}

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
