/**
 * Connects a canvas to the stage renderer: sizes it for its container and the pixel ratio, follows
 * the page's theme, contrast, text size and motion preferences, draws on every frame the loop hands
 * it (and skips frames when nothing moves), and keeps the text alternative current, at most once a
 * second. Everything the browser provides comes through `StageEnv`, so this is tested with fakes.
 */
import type { Engine } from '../../sim/engine.ts';
import { backingSize } from '../../render/canvasSize.ts';
import type { Ctx2D } from '../../render/draw/ctx.ts';
import type { PreparedPalette } from '../../render/paint.ts';
import { stageHeightFor } from '../../render/stageLayout.ts';
import { StageRenderer, type StageView } from '../../render/stageRenderer.ts';
import {
  DARK_THEME,
  LIGHT_THEME,
  themeFromCss,
  withHighContrast,
  type StageTheme,
} from '../../render/theme.ts';

export interface FrameInfo {
  now: number;
  dtMs: number;
  simDtMs: number;
}

/** Where the stage gets its engine and its frames. */
export interface StageHost {
  getEngine(): Engine;
  subscribeFrame(callback: (info: FrameInfo) => void): () => void;
}

/** The browser, narrowed to what the stage uses. */
export interface StageEnv {
  devicePixelRatio(): number;
  /** Calls back with the container's content width, now and on every change; returns a stop. */
  observeWidth(element: HTMLElement, callback: (width: number) => void): () => void;
  /** Whether a media query matches, now and on every change; returns a stop. */
  watchMedia(query: string, callback: (matches: boolean) => void): () => void;
  /** Calls back when the page's display settings (theme, contrast, text size) change. */
  watchDisplay(callback: () => void): () => void;
  /** Reads a CSS custom property as the canvas sees it. */
  cssVar(element: HTMLElement, name: string): string;
  /** The page's own display settings, from its root element. */
  display(): { theme: string | undefined; highContrast: boolean; largeText: boolean };
  clock(): number;
}

export const ARIA_INTERVAL_MS = 1000;

/** A stable, readable theme: the page's CSS when it says something, the built-in ones otherwise. */
export function resolveTheme(
  read: (name: string) => string,
  display: ReturnType<StageEnv['display']>,
  prefersDark: boolean,
): StageTheme {
  const fromCss = themeFromCss(read, display.highContrast);
  const explicit = display.theme === 'dark' ? true : display.theme === 'light' ? false : null;
  const wantDark = explicit ?? (read('--bg').trim() === '' ? prefersDark : fromCss.dark);
  if (fromCss.dark === wantDark) return fromCss;
  const base = wantDark ? DARK_THEME : LIGHT_THEME;
  return display.highContrast ? withHighContrast(base) : base;
}

export function mountStage(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  host: StageHost,
  palette: PreparedPalette,
  env: StageEnv,
): () => void {
  const ctx = canvas.getContext('2d', { alpha: false }) as Ctx2D | null;
  if (ctx === null) {
    canvas.setAttribute('aria-label', 'The animated stage needs a browser with canvas support.');
    return () => {};
  }
  const renderer = new StageRenderer(() => env.clock());
  const labels = palette.labels;
  let width = Math.max(1, container.clientWidth);
  let reducedMotion = false;
  let prefersDark = false;
  let dirty = true;
  let lastAria = -Infinity;
  let ariaText = '';
  const view: StageView = {
    width,
    height: stageHeightFor(width),
    scale: 1,
    theme: LIGHT_THEME,
    palette,
    reducedMotion,
    fontScale: 1,
  };

  function refreshTheme(): void {
    const display = env.display();
    view.theme = resolveTheme((name) => env.cssVar(canvas, name), display, prefersDark);
    view.fontScale = display.largeText ? 1.2 : 1;
    resize();
  }

  function resize(): void {
    const height = stageHeightFor(width, view.fontScale);
    const size = backingSize(width, height, env.devicePixelRatio());
    view.width = width;
    view.height = height;
    view.scale = size.scale;
    canvas.style.height = `${height}px`;
    if (canvas.width !== size.width) canvas.width = size.width;
    if (canvas.height !== size.height) canvas.height = size.height;
    dirty = true;
  }

  function draw(now: number): void {
    const engine = host.getEngine();
    view.reducedMotion = reducedMotion;
    renderer.frame(ctx as Ctx2D, engine, view, now);
    dirty = false;
    if (now - lastAria >= ARIA_INTERVAL_MS) {
      lastAria = now;
      const next = `Stage: ${renderer.describe(labels)}`;
      if (next !== ariaText) {
        ariaText = next;
        canvas.setAttribute('aria-label', next);
      }
    }
  }

  // What the last frame showed, to tell when a paused stage has something new (a step, a knob).
  let lastEngine: Engine | null = null;
  let lastNow = Number.NaN;
  let lastWritten = -1;
  let lastScenario: Engine['scenario'] | null = null;
  const stops = [
    env.observeWidth(container, (w) => {
      const next = Math.max(1, Math.round(w));
      if (next !== width) {
        width = next;
        resize();
      }
    }),
    env.watchMedia('(prefers-reduced-motion: reduce)', (m) => {
      reducedMotion = m;
      dirty = true;
    }),
    env.watchMedia('(prefers-color-scheme: dark)', (m) => {
      prefersDark = m;
      refreshTheme();
    }),
    env.watchDisplay(refreshTheme),
    host.subscribeFrame((info) => {
      const engine = host.getEngine();
      const written = engine.events?.written ?? 0;
      const changed =
        engine !== lastEngine ||
        engine.now !== lastNow ||
        engine.scenario !== lastScenario ||
        written !== lastWritten;
      lastEngine = engine;
      lastNow = engine.now;
      lastScenario = engine.scenario;
      lastWritten = written;
      // Paused, settled and unchanged: the last frame is still right, so skip the work.
      if (!changed && !dirty && !renderer.animating) return;
      draw(info.now);
    }),
  ];
  canvas.style.width = '100%';
  canvas.style.display = 'block';
  refreshTheme();
  draw(env.clock());
  return () => {
    for (const stop of stops) stop();
  };
}
