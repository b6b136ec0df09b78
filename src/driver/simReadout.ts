/**
 * What the page reads from a running simulation: its clock, scenario, summary, recent series and the
 * producer's state. An engine on the main thread is one; so is the mirror of an engine in a worker,
 * refreshed by its messages. React and the charts read only this, so they work the same either way.
 */
import type { Engine } from '../sim/engine.ts';
import type { StageSeriesView } from '../sim/pipeline/stageSeries.ts';
import type { SeriesView } from '../sim/series.ts';

export type SimReadout = Pick<
  Engine,
  | 'now'
  | 'scenario'
  | 'summary'
  | 'summarySinceChange'
  | 'blocked'
  | 'crashed'
  | 'restartAt'
  | 'rateCap'
  | 'triggerBands'
> & {
  readonly series: SeriesView;
  /** A pipeline's per-stage series, row for row with `series`; null for a single stage. */
  readonly stageSeries: StageSeriesView | null;
};
