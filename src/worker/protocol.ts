/**
 * The messages between the page and the simulation worker. The page sends commands; the worker sends
 * frames: the stage's picture (an ImageBitmap) whenever it draws one, the run's numbers with it when
 * they change (at most LIVE_INTERVAL_MS apart, and after every command), and what the stage said while
 * drawing it (its text alternative, story, moments). The page applies a frame in one task, so the
 * picture and the cards' numbers reach the screen in the same frame. Everything is plain data or a
 * transferable (the picture, the series columns).
 */
import type { StageInput, StageLabelsFrame, StageViewParams } from '../render/stagePainter.ts';
import type { StageRegions } from '../render/stageRegions.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { TriggerBand, InjectedTrigger } from '../sim/triggers.ts';
import type { SinceChange } from '../sim/summary.ts';
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
      /** The page shows a stage: draw it (a new painter, whose first frame reports everything). */
      type: 'stage';
      view: StageViewParams;
      /** Report the words drawn with their boxes (the test hook). */
      reportLabels?: boolean;
      /** Stamp the numbers written in the corner (the test hook, render/draw/stamp.ts). */
      stamp?: boolean;
    }
  | { type: 'stage-view'; view: StageViewParams }
  | { type: 'stage-input'; input: StageInput }
  /**
   * The page has put a picture on its canvas. Pictures are large: the worker sends no more than
   * MAX_UNPRESENTED ahead of the page, so a busy page never finds a queue of them.
   */
  | { type: 'presented' };

/** Pictures the worker may send before the page says it has put the first of them on its canvas. */
export const MAX_UNPRESENTED = 2;

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
  /** The numbers since the reader's last change to the running scenario; null before any. */
  sinceChange: SinceChange | null;
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

/** One frame of the worker's: what the page applies at once, in one task. */
export interface FrameMessage {
  type: 'frame';
  /** The run's numbers, when they changed; the picture (if any) writes exactly these. */
  live: LiveMessage | null;
  /** The stage as just drawn (null when it did not change, or there is no stage). */
  picture: ImageBitmap | null;
  /** What the stage said while drawing it, in order. */
  stage: StageMessage[];
}

export type FromWorker = FrameMessage | { type: 'error'; message: string };
