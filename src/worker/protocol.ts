/**
 * The messages between the page and the simulation worker. The page sends commands; the worker sends
 * the run's numbers (at most LIVE_INTERVAL_MS apart, and after every command) and the stage's text
 * alternative. Everything is plain data or a transferable (the OffscreenCanvas, the series columns).
 */
import type { StageInput, StageLabelsFrame, StageViewParams } from '../render/stagePainter.ts';
import type { StageRegions } from '../render/stageRegions.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { TriggerBand, InjectedTrigger } from '../sim/triggers.ts';
import type { Summary } from '../sim/types.ts';

export type ToWorker =
  | { type: 'load'; scenario: Scenario }
  | { type: 'apply'; scenario: Scenario }
  | { type: 'step' }
  | { type: 'inject'; trigger: InjectedTrigger }
  | { type: 'playing'; playing: boolean }
  | { type: 'stop-at'; ms: number | null }
  | { type: 'speed'; speed: number }
  | { type: 'hidden'; hidden: boolean }
  | {
      type: 'stage';
      canvas: OffscreenCanvas;
      view: StageViewParams;
      /** Report the words drawn with their boxes (the test hook). */
      reportLabels?: boolean;
    }
  | { type: 'stage-view'; view: StageViewParams }
  | { type: 'stage-input'; input: StageInput }
  /**
   * The page has drawn the numbers of `run` at simulated time `now` (its cards show them): the stage
   * may write them now, and never numbers the cards have not shown.
   */
  | { type: 'shown'; run: number; now: number };

/** Samples taken since the last message, so the page's copy of the series can catch up. */
export interface SeriesRows {
  /** Samples taken in the whole run, after these rows. */
  total: number;
  /** Row-major, in the series' column order (SERIES_COLUMNS, or a StageSeries'), oldest first. */
  rows: Float64Array;
}

export interface LiveMessage {
  type: 'live';
  /** A new run began since the last message. */
  fresh: boolean;
  /** Counts the worker's runs, so a late message about an old run can be recognised. */
  run: number;
  now: number;
  summary: Summary;
  blocked: 0 | 1 | 2;
  crashed: boolean;
  /** When a crashed consumer comes back, simulated ms. */
  restartAt: number;
  rateCap: number;
  /** The triggers' times, for the charts' bands (a few dozen at most). */
  bands: TriggerBand[];
  /** Only when new samples were taken since the last message. */
  series: SeriesRows | null;
  /** A pipeline's per-stage rows taken with them (StageSeries' columns); null otherwise. */
  stageSeries: SeriesRows | null;
}

/** What the stage painter in the worker tells the page. */
export type StageMessage =
  | { type: 'describe'; text: string }
  | { type: 'story'; text: string }
  | { type: 'moment'; text: string }
  | { type: 'labels'; frame: StageLabelsFrame }
  | { type: 'regions'; regions: StageRegions }
  | { type: 'words'; boxes: { x: number; y: number; w: number; h: number }[] };

export type FromWorker = LiveMessage | StageMessage | { type: 'error'; message: string };
