/**
 * The page's side of the stage: how wide its container is, the pixel ratio, the theme, contrast, text
 * size and motion preference. Sizes the canvas element for the layout and reports the view whenever
 * any of these change; whoever paints (this thread or a worker) takes it from there.
 */
import { backingSize } from '../../render/canvasSize.ts';
import type { StageViewParams } from '../../render/stagePainter.ts';
import { LARGE_TEXT_SCALE } from '../../render/stageConfig.ts';
import { chainHeightFor } from '../../render/chainHeight.ts';
import {
  DARK_THEME,
  LIGHT_THEME,
  themeFromCss,
  withHighContrast,
  type StageTheme,
} from '../../render/theme.ts';

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
  /**
   * The most the stage may be tall, CSS px, now and whenever it changes (Infinity: no limit); returns
   * a stop. A figure in a frame of fixed height uses it to keep its controls in the frame.
   */
  observeHeightLimit?(callback: (px: number) => void): () => void;
  /** Whether any of `element` is on screen, now and on every change; returns a stop. */
  observeOnScreen?(element: HTMLElement, callback: (onScreen: boolean) => void): () => void;
  /**
   * However short the limit, the stage is never drawn shorter than this, CSS px (LEAST_FITTED_HEIGHT
   * when absent). The playground page's CSS floors its own room, lower on a phone (global.css).
   */
  leastHeight?: number;
}

/** However short its frame, the stage is never drawn shorter than this (the frame scrolls instead). */
export const LEAST_FITTED_HEIGHT = 300;

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

/** How many stages the scenario on the stage has (a pipeline's chain needs more height in a column). */
export interface StageCount {
  get(): number;
  /** Calls back whenever it may have changed; returns a stop. */
  subscribe(callback: () => void): () => void;
}

export function watchStageView(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  env: StageEnv,
  onView: (view: StageViewParams) => void,
  stageCount?: StageCount,
): () => void {
  let width = Math.max(1, container.clientWidth);
  let stages = stageCount?.get() ?? 1;
  let reducedMotion = false;
  let prefersDark = false;
  let theme: StageTheme = LIGHT_THEME;
  let fontScale = 1;
  let ready = false;
  let limit = Infinity;
  let onScreen = true;

  function report(): void {
    if (!ready) return;
    const natural = chainHeightFor(width, stages, fontScale);
    const height =
      limit < natural
        ? Math.max(Math.min(env.leastHeight ?? LEAST_FITTED_HEIGHT, natural), Math.floor(limit))
        : natural;
    const size = backingSize(width, height, env.devicePixelRatio());
    canvas.style.height = `${height}px`;
    onView({
      width,
      height,
      scale: size.scale,
      backingWidth: size.width,
      backingHeight: size.height,
      theme,
      fontScale,
      reducedMotion,
      onScreen,
    });
  }

  function refreshTheme(): void {
    const display = env.display();
    theme = resolveTheme((name) => env.cssVar(canvas, name), display, prefersDark);
    fontScale = display.largeText ? LARGE_TEXT_SCALE : 1;
    report();
  }

  const stops = [
    env.observeWidth(container, (w) => {
      const next = Math.max(1, Math.round(w));
      if (next !== width) {
        width = next;
        report();
      }
    }),
    env.watchMedia('(prefers-reduced-motion: reduce)', (m) => {
      reducedMotion = m;
      report();
    }),
    env.watchMedia('(prefers-color-scheme: dark)', (m) => {
      prefersDark = m;
      refreshTheme();
    }),
    env.watchDisplay(refreshTheme),
    env.observeHeightLimit?.((px) => {
      if (px !== limit) {
        limit = px;
        report();
      }
    }) ?? (() => {}),
    env.observeOnScreen?.(canvas, (seen) => {
      if (seen !== onScreen) {
        onScreen = seen;
        report();
      }
    }) ?? (() => {}),
    stageCount?.subscribe(() => {
      const next = stageCount.get();
      if (next !== stages) {
        stages = next;
        report();
      }
    }) ?? (() => {}),
  ];
  canvas.style.width = '100%';
  canvas.style.display = 'block';
  ready = true;
  refreshTheme();
  return () => {
    for (const stop of stops) stop();
  };
}
