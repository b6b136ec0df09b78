/**
 * The embed page's own URL options, read and checked. A bad value never stops the figure: it is
 * reported in a sentence and its default is used, so an author sees what to fix and a reader still
 * gets a working figure. The scenario itself (preset, seed, s, v) is the share link's business.
 */
import { nameList, quoted } from '../text/echo.ts';
import { CHART_IDS, type ChartId } from '../store/types.ts';
import { MAX_SPEED, MIN_SPEED } from '../domain/speed.ts';
import { FRAME_ID_PATTERN, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT } from './embedContract.ts';

export const CONTROL_LEVELS = ['none', 'minimal', 'full'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
  /** none: only the play/pause overlay; minimal: play, step, reset, speed; full: also the live numbers and the strategies. */
  controls: ControlLevel;
  /** The charts under the stage, in the order given; empty for none. */
  charts: readonly ChartId[];
  /** Play as soon as the figure is on screen (unless the reader prefers reduced motion). */
  autoplay: boolean;
  /** Simulated ms per wall-clock ms. */
  speed: number;
  theme: EmbedTheme;
  /** The least height of the content, px; null to fit the content exactly. */
  height: number | null;
  /** Echoed in resize messages, so a page with several frames can tell them apart. */
  id: string | null;
}

export interface EmbedProblem {
  /** The URL parameter. */
  option: string;
  message: string;
}

export const EMBED_DEFAULTS: EmbedOptions = {
  controls: 'minimal',
  charts: [],
  autoplay: true,
  speed: 1,
  theme: 'auto',
  height: null,
  id: null,
};

/** Parameters the playground itself reads from the same query: the scenario, and where it runs. */
const PLAYGROUND_PARAMS = ['preset', 'seed', 's', 'v', 'sim'] as const;
const OPTION_PARAMS = ['controls', 'charts', 'autoplay', 'speed', 'theme', 'height', 'id'] as const;
const KNOWN = new Set<string>([...PLAYGROUND_PARAMS, ...OPTION_PARAMS]);

/** Quotes a value for a message, cut short so a hostile URL cannot flood the page. */
function quote(value: string): string {
  return quoted(value, ['"', '"']);
}

function listOf(values: readonly string[]): string {
  return values.join(', ');
}

export interface ParsedEmbedOptions {
  options: EmbedOptions;
  problems: EmbedProblem[];
}

/** Reads the embed options from a query string (with or without `?`). Never throws. */
export function parseEmbedOptions(query: string): ParsedEmbedOptions {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const problems: EmbedProblem[] = [];
  const report = (option: string, message: string) => problems.push({ option, message });
  const options: EmbedOptions = { ...EMBED_DEFAULTS };

  const controls = params.get('controls');
  if (controls !== null) {
    if ((CONTROL_LEVELS as readonly string[]).includes(controls))
      options.controls = controls as ControlLevel;
    else
      report(
        'controls',
        `${quote(controls)} is not one of ${listOf(CONTROL_LEVELS)}, so ${EMBED_DEFAULTS.controls} is used`,
      );
  }

  const charts = params.get('charts');
  if (charts !== null) options.charts = parseCharts(charts, report);

  const autoplay = params.get('autoplay');
  if (autoplay !== null) {
    if (autoplay === '1' || autoplay === 'true') options.autoplay = true;
    else if (autoplay === '0' || autoplay === 'false') options.autoplay = false;
    else report('autoplay', `${quote(autoplay)} is neither 1 nor 0, so the figure plays by itself`);
  }

  const speed = params.get('speed');
  if (speed !== null) {
    const value = speed.trim() === '' ? Number.NaN : Number(speed);
    if (Number.isFinite(value) && value >= MIN_SPEED && value <= MAX_SPEED) options.speed = value;
    else
      report(
        'speed',
        `${quote(speed)} is not a number from ${MIN_SPEED} to ${MAX_SPEED}, so ${EMBED_DEFAULTS.speed}× is used`,
      );
  }

  const theme = params.get('theme');
  if (theme !== null) {
    if ((EMBED_THEMES as readonly string[]).includes(theme)) options.theme = theme as EmbedTheme;
    else
      report(
        'theme',
        `${quote(theme)} is not one of ${listOf(EMBED_THEMES)}, so the reader's own setting is used`,
      );
  }

  const height = params.get('height');
  if (height !== null) {
    const value = /^\d{1,5}$/.test(height) ? Number(height) : Number.NaN;
    if (value >= MIN_FRAME_HEIGHT && value <= MAX_FRAME_HEIGHT) options.height = value;
    else
      report(
        'height',
        `${quote(height)} is not a whole number of pixels from ${MIN_FRAME_HEIGHT} to ${MAX_FRAME_HEIGHT}, so the figure fits its content`,
      );
  }

  const id = params.get('id');
  if (id !== null) {
    if (FRAME_ID_PATTERN.test(id)) options.id = id;
    else
      report(
        'id',
        `${quote(id)} must be 1 to 64 letters, digits or . _ : -, so resize messages carry no id`,
      );
  }

  // One line for all the unknown names, however many a link holds (a few named, the rest counted).
  const unknown: string[] = [];
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) unknown.push(name);
    else if (params.getAll(name).length > 1)
      report(name, 'is given more than once; the first value counts');
  }
  if (unknown.length === 1) report(nameList(unknown), 'is not an embed option and was ignored');
  else if (unknown.length > 1) report(nameList(unknown), 'are not embed options and were ignored');
  return { options, problems };
}

function parseCharts(
  value: string,
  report: (option: string, message: string) => void,
): readonly ChartId[] {
  const trimmed = value.trim();
  if (trimmed === 'none') return [];
  if (trimmed === 'all') return CHART_IDS;
  const chosen: ChartId[] = [];
  const unknown: string[] = [];
  for (const part of trimmed.split(',')) {
    const name = part.trim();
    if (name === '') continue;
    if ((CHART_IDS as readonly string[]).includes(name)) {
      if (!chosen.includes(name as ChartId)) chosen.push(name as ChartId);
    } else unknown.push(name);
  }
  if (unknown.length > 0)
    report(
      'charts',
      `${nameList(unknown, quote)} ${unknown.length === 1 ? 'is not a chart' : 'are not charts'}; the charts are ${listOf(CHART_IDS)}, all or none`,
    );
  else if (chosen.length === 0)
    report('charts', `names no chart; use a list of ${listOf(CHART_IDS)}, or all, or none`);
  return chosen;
}

/**
 * The URL parameters that restore `options`, defaults left out to keep links short. The inverse of
 * `parseEmbedOptions` for every valid set of options.
 */
export function formatEmbedOptions(options: EmbedOptions): [string, string][] {
  const out: [string, string][] = [];
  const d = EMBED_DEFAULTS;
  if (options.controls !== d.controls) out.push(['controls', options.controls]);
  if (options.charts.length > 0) out.push(['charts', options.charts.join(',')]);
  if (options.autoplay !== d.autoplay) out.push(['autoplay', options.autoplay ? '1' : '0']);
  if (options.speed !== d.speed) out.push(['speed', String(options.speed)]);
  if (options.theme !== d.theme) out.push(['theme', options.theme]);
  if (options.height !== null) out.push(['height', String(options.height)]);
  if (options.id !== null) out.push(['id', options.id]);
  return out;
}
