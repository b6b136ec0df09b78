/**
 * Paints the stage frame by frame on a 2D context, wherever that context lives: a canvas on the page
 * or an OffscreenCanvas in the simulation's worker. It skips frames when nothing moves, and keeps the
 * text alternative current at most once a second. No DOM: the caller supplies the view.
 */
import type { Engine } from '../sim/engine.ts';
import type { Ctx2D } from './draw/ctx.ts';
import type { PreparedPalette } from './paint.ts';
import { StageRenderer, type StageView } from './stageRenderer.ts';
import { LIGHT_THEME, type StageTheme } from './theme.ts';

export const ARIA_INTERVAL_MS = 1000;

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
}

export class StagePainter {
  private readonly renderer: StageRenderer;
  private readonly view: StageView;
  private dirty = true;
  private lastAria = -Infinity;
  private ariaText = '';
  // What the last frame showed, to tell when a paused stage has something new (a step, a knob).
  private lastEngine: Engine | null = null;
  private lastNow = Number.NaN;
  private lastWritten = -1;
  private lastScenario: Engine['scenario'] | null = null;

  constructor(
    private readonly ctx: Ctx2D,
    palette: PreparedPalette,
    clock: () => number,
    /** Hears the text alternative when it changes. */
    private readonly onDescribe: (text: string) => void,
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
    this.dirty = true;
  }

  /** Draws `engine` unless the last frame is still right; `force` draws regardless. */
  frame(engine: Engine, now: number, force = false): void {
    const written = engine.events?.written ?? 0;
    const changed =
      engine !== this.lastEngine ||
      engine.now !== this.lastNow ||
      engine.scenario !== this.lastScenario ||
      written !== this.lastWritten;
    this.lastEngine = engine;
    this.lastNow = engine.now;
    this.lastScenario = engine.scenario;
    this.lastWritten = written;
    // Paused, settled and unchanged: skip the work.
    if (!force && !changed && !this.dirty && !this.renderer.animating) return;
    this.renderer.frame(this.ctx, engine, this.view, now);
    this.dirty = false;
    if (force || now - this.lastAria >= ARIA_INTERVAL_MS) {
      this.lastAria = now;
      const next = `Stage: ${this.renderer.describe(this.view.palette.labels)}`;
      if (next !== this.ariaText) {
        this.ariaText = next;
        this.onDescribe(next);
      }
    }
  }
}
