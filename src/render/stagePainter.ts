/**
 * Paints the stage frame by frame on a 2D context, wherever that context lives: a canvas on the page
 * or an OffscreenCanvas in the simulation's worker. It skips frames when nothing moves, and tells the
 * page (through `StageOutputs`) what only it knows: the text alternative (at most once a second), the
 * followed message's story, the moments worth announcing, where its named parts are (for the guided
 * tour's callouts), and, for tests, the words it drew with their boxes. It takes the numbers the
 * page published for its cards, and the reader's picks. No DOM: the caller supplies the view.
 */
import type { Engine } from '../sim/engine.ts';
import type { Ctx2D } from './draw/ctx.ts';
import { drawStamp } from './draw/stamp.ts';
import type { DrawnBanner, DrawnLabel, StageReserveBox } from './labels.ts';
import type { PreparedPalette } from './paint.ts';
import type { StageInput as AnimatorInput } from './stageAnimator.ts';
import type { StageMoment } from './stageMoment.ts';
import type { StageNumbers } from './stageNumbers.ts';
import { StageRenderer, type StageView } from './stageRenderer.ts';
import { regionsOf, type StageRegions } from './stageRegions.ts';
import type { StageLayout } from './stageLayout.ts';
import { LIGHT_THEME, type StageTheme } from './theme.ts';

export const ARIA_INTERVAL_MS = 1000;
/**
 * How often the drawn words are reported when a test asks for them: every third frame or so, so a
 * test that records every report (e2e/stage-labels) checks many frames of a scenario in little time.
 */
export const LABELS_INTERVAL_MS = 50;
/** How often a stage scrolled out of view is drawn. */
export const OFFSCREEN_FRAME_MS = 250;

/**
 * A reader's pick or key, or the box the page lays over the stage (the tour's name tag, CSS px from
 * the canvas's corner; null when it goes): the stage's moment chips keep clear of it.
 */
export type StageInput = AnimatorInput | { kind: 'reserve'; box: StageReserveBox | null };

/** What the page decides about the stage: its size, pixel ratio, theme and motion preference. */
export interface StageViewParams {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel to draw at. */
  scale: number;
  /** The canvas's backing store, device pixels. */
  backingWidth: number;
  backingHeight: number;
  theme: StageTheme;
  fontScale: number;
  reducedMotion: boolean;
  /**
   * Whether any of the canvas is on screen (true when the page cannot tell). Off screen the stage is
   * drawn a few times a second, not every frame: nobody sees it, and a phone's battery does not
   * pay for it; its words, moments and reports still follow the run.
   */
  onScreen?: boolean;
}

/** The words a frame drew, for the test hook (`data-labels` on the canvas). */
export interface StageLabelsFrame {
  /** The canvas, CSS px. */
  width: number;
  height: number;
  /** Simulated time of the numbers written on it, ms. */
  timeMs: number;
  labels: DrawnLabel[];
  /** Chips, banners and what the page laid over the stage, drawn this frame. */
  banners: DrawnBanner[];
}

/** What the painter tells the page. */
export interface StageOutputs {
  /** The text alternative, when it changes (at most once a second). */
  describe(text: string): void;
  /** The followed message's story, or a hint, when it changes ('' for none). */
  story(text: string): void;
  /** A moment worth announcing, as a sentence. */
  moment(text: string): void;
  /** The words drawn, with their boxes; only called when the painter was asked to report them. */
  labels(frame: StageLabelsFrame): void;
  /** Where the stage's named parts are, whenever its layout changes. */
  regions(regions: StageRegions): void;
  /**
   * Where the stage's words are (CSS px, rounded), when they move, at most twice a second, so the
   * page can keep what it lays over the stage (the tour's name tag) off them from the moment it
   * shows. The moment chips are left out: they keep clear of the tag themselves.
   */
  words?(boxes: { x: number; y: number; w: number; h: number }[]): void;
}

/** How often the words' places are reported while the page lays something over the stage. */
export const WORDS_INTERVAL_MS = 500;

export class StagePainter {
  /** What draws each frame; tests read the scene and the words of the last frame through it. */
  readonly renderer: StageRenderer;
  private readonly view: StageView;
  private dirty = true;
  private lastAria = -Infinity;
  private ariaText = '';
  private lastLabels = -Infinity;
  private onScreen = true;
  private lastDrawn = -Infinity;
  private storyVersion = -1;
  private numbers: StageNumbers | null = null;
  /** The instant drawn: its snapshot and numbers (null: the engine's own, each frame). */
  private moment: StageMoment | null = null;
  /** The moment the caller handed over with the numbers, if any. */
  private given: StageMoment | null = null;
  /** Numbers came without their moment: take it on the first frame at their instant. */
  private latch = false;
  /** Numbers were published since the last frame drawn: the next frame draws them, seen or not. */
  private fresh = false;
  // What the last frame showed, to tell when a paused stage has something new (a step, a knob).
  private lastEngine: Engine | null = null;
  private lastNow = Number.NaN;
  private lastWritten = -1;
  private lastScenario: Engine['scenario'] | null = null;
  private lastRegions: StageLayout | null = null;
  private lastRows = '';
  private lastWords = -Infinity;
  private wordsText = '';
  /**
   * The words moved for more than a changed number (a new layout or scenario), or the page just laid
   * something over the stage: report them on the next frame, not up to WORDS_INTERVAL_MS later, so
   * what the page placed by the old words (the tour's tag) does not sit on the new ones meanwhile.
   */
  private wordsDue = true;

  constructor(
    private readonly ctx: Ctx2D,
    palette: PreparedPalette,
    clock: () => number,
    private readonly out: StageOutputs,
    /** Report the drawn words (for tests: costs a copy of the list a few times a second). */
    private readonly reportLabels = false,
    /** Draw the numbers written as a strip of squares in the corner (for tests, draw/stamp.ts). */
    private readonly stamp = false,
  ) {
    this.renderer = new StageRenderer(clock);
    this.view = {
      width: 1,
      height: 1,
      scale: 1,
      theme: LIGHT_THEME,
      palette,
      reducedMotion: false,
      fontScale: 1,
    };
  }

  /** Whether the last frame left anything moving. */
  get animating(): boolean {
    return this.renderer.animating;
  }

  setView(params: StageViewParams): void {
    Object.assign(this.view, {
      width: params.width,
      height: params.height,
      scale: params.scale,
      theme: params.theme,
      fontScale: params.fontScale,
      reducedMotion: params.reducedMotion,
    });
    this.onScreen = params.onScreen ?? true;
    this.dirty = true;
  }

  /**
   * The numbers the page just published for its cards: the stage writes these, and draws the run as
   * it stood at their instant (`moment`, taken with them by `capture`). Without a moment, the stage
   * takes its own on the first frame the engine stands at their instant (on the page's thread, the
   * frame that refreshed the cards), and until then draws the engine as it is.
   */
  publish(numbers: StageNumbers | null, moment: StageMoment | null = null): void {
    if (numbers === this.numbers && moment === this.given) return;
    this.numbers = numbers;
    this.given = moment;
    this.moment = moment;
    this.latch = moment === null && numbers !== null;
    this.dirty = true;
    this.fresh = true;
  }

  /** The engine's instant now, with the numbers sent to the cards for it, to publish once shown. */
  capture(engine: Engine, numbers: StageNumbers): StageMoment {
    return this.renderer.capture(engine, numbers);
  }

  /** A reader's pick or key. */
  input(request: StageInput): void {
    if (request.kind === 'reserve') {
      this.renderer.labels.reserve(request.box);
      this.wordsDue = true;
    } else this.renderer.animator.input(request);
    this.dirty = true;
  }

  /**
   * Draws `engine` unless the last frame is still right; `force` draws regardless. Returns whether it
   * drew (the canvas holds a new picture).
   */
  frame(engine: Engine, now: number, force = false): boolean {
    const written = engine.events?.written ?? 0;
    const changed =
      engine !== this.lastEngine ||
      engine.now !== this.lastNow ||
      engine.scenario !== this.lastScenario ||
      written !== this.lastWritten;
    if (engine !== this.lastEngine || engine.scenario !== this.lastScenario) this.wordsDue = true;
    if (engine !== this.lastEngine) {
      // A new run is described on its first frame, even said again: the page drops the frames of
      // a run it has left (two loads in a row), and one paused at 0 s draws no other (its text
      // alternative told of the old run's full queue while the stage showed an empty one).
      this.lastAria = -Infinity;
      this.ariaText = '';
    }
    this.lastEngine = engine;
    this.lastNow = engine.now;
    this.lastScenario = engine.scenario;
    this.lastWritten = written;
    if (this.latch && this.numbers !== null && engine.now === this.numbers.timeMs) {
      this.latch = false;
      this.moment = this.renderer.capture(engine, this.numbers);
    }
    // Paused, settled and unchanged: skip the work.
    if (!force && !changed && !this.dirty && !this.renderer.animating) return false;
    // Out of view: a few frames a second keep the words and moments going; the next one draws
    // whatever changed meanwhile. New numbers are drawn at once, so the picture that travels with
    // them (from the worker) writes them.
    if (!force && !this.fresh && !this.onScreen && now - this.lastDrawn < OFFSCREEN_FRAME_MS) {
      this.dirty = true;
      return false;
    }
    this.lastDrawn = now;
    this.fresh = false;
    const scene = this.renderer.frame(this.ctx, engine, this.view, now, this.numbers, this.moment);
    if (this.stamp) drawStamp(this.ctx, scene.numbers);
    this.dirty = false;
    const animator = this.renderer.animator;
    if (animator.storyVersion !== this.storyVersion) {
      this.storyVersion = animator.storyVersion;
      this.out.story(animator.storyText);
    }
    for (const m of animator.takeMoments()) this.out.moment(m.announce);
    const layout = this.renderer.lastLayout;
    // Again when the workers drawn change too: the consumers' box is theirs as drawn.
    const rows = scene.workerRows;
    const rowsKey = `${rows.mode} ${rows.count} ${rows.top} ${rows.rowH} ${rows.tile}`;
    if (layout !== null && (layout !== this.lastRegions || rowsKey !== this.lastRows)) {
      this.lastRegions = layout;
      this.lastRows = rowsKey;
      this.out.regions(regionsOf(layout, rows));
      this.wordsDue = true;
    }
    if (force || now - this.lastAria >= ARIA_INTERVAL_MS) {
      this.lastAria = now;
      const next = `Stage: ${this.renderer.describe(this.view.palette.labels)}`;
      if (next !== this.ariaText) {
        this.ariaText = next;
        this.out.describe(next);
      }
    }
    if (
      this.out.words !== undefined &&
      (this.wordsDue || now - this.lastWords >= WORDS_INTERVAL_MS)
    ) {
      this.lastWords = now;
      this.wordsDue = false;
      const boxes = this.renderer.labels.wordBoxes();
      const text = JSON.stringify(boxes);
      if (text !== this.wordsText) {
        this.wordsText = text;
        this.out.words(boxes);
      }
    }
    if (this.reportLabels && (now - this.lastLabels >= LABELS_INTERVAL_MS || !this.animating)) {
      this.lastLabels = now;
      this.out.labels({
        width: this.view.width,
        height: this.view.height,
        timeMs: scene.numbers.timeMs,
        labels: this.renderer.labels.list(),
        banners: this.renderer.labels.banners(),
      });
    }
    return true;
  }
}
