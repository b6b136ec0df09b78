/**
 * The stage's colours for light and dark pages. Meaningful colours (keys, priorities, drop reasons)
 * come from the shared palette and stay the same in both; this covers the furniture around them.
 * The shell builds a theme from the page's CSS custom properties, so the stage follows the page.
 */

export interface StageTheme {
  dark: boolean;
  bg: string;
  fg: string;
  muted: string;
  /** Boxes: producer, workers, sink, bin. */
  panel: string;
  panelEdge: string;
  wellBg: string;
  grid: string;
  /** Aggregated rows of the well and the stream on the conveyor. */
  stack: string;
  belt: string;
  ok: string;
  warn: string;
  danger: string;
  /** The feedback wire and what travels on it. */
  wire: string;
  slowSignal: string;
  fastSignal: string;
  credit: string;
  capacityLine: string;
  /** Ink for marks drawn on light and on dark block colours. */
  inkOnLight: string;
  inkOnDark: string;
  highContrast: boolean;
}

export const LIGHT_THEME: StageTheme = {
  dark: false,
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#5b6470',
  panel: '#f3f5f8',
  panelEdge: '#c9d0d9',
  wellBg: '#eef1f5',
  grid: 'rgba(27,31,36,0.07)',
  stack: '#8a94a3',
  belt: '#aab3bf',
  ok: '#1a8f4c',
  warn: '#c98a00',
  danger: '#d1342f',
  wire: '#b8c0cc',
  slowSignal: '#d1342f',
  fastSignal: '#1a8f4c',
  credit: '#b07d00',
  capacityLine: '#d1342f',
  inkOnLight: 'rgba(20,24,30,0.72)',
  inkOnDark: 'rgba(255,255,255,0.9)',
  highContrast: false,
};

export const DARK_THEME: StageTheme = {
  dark: true,
  bg: '#14171b',
  fg: '#e6e9ed',
  muted: '#98a2ae',
  panel: '#1e2329',
  panelEdge: '#39414b',
  wellBg: '#101317',
  grid: 'rgba(230,233,237,0.06)',
  stack: '#6b7685',
  belt: '#4a535e',
  ok: '#3ecf7a',
  warn: '#f0b429',
  danger: '#ff5a52',
  wire: '#47505b',
  slowSignal: '#ff6b63',
  fastSignal: '#3ecf7a',
  credit: '#f0c53c',
  capacityLine: '#ff5a52',
  inkOnLight: 'rgba(16,19,23,0.75)',
  inkOnDark: 'rgba(255,255,255,0.92)',
  highContrast: false,
};

/** Stronger edges and plain black or white: for projectors and low vision. */
export function withHighContrast(theme: StageTheme): StageTheme {
  return theme.dark
    ? {
        ...theme,
        bg: '#000000',
        fg: '#ffffff',
        muted: '#d0d6dd',
        panelEdge: '#9aa4b0',
        grid: 'rgba(255,255,255,0.16)',
        wire: '#8d97a3',
        highContrast: true,
      }
    : {
        ...theme,
        bg: '#ffffff',
        fg: '#000000',
        muted: '#2d333a',
        panelEdge: '#59626d',
        grid: 'rgba(0,0,0,0.16)',
        wire: '#69727e',
        highContrast: true,
      };
}

/** Relative luminance of a #rgb / #rrggbb / rgb(…) colour, 0–1; NaN if it cannot be read. */
export function luminance(color: string): number {
  const rgb = parseColor(color);
  if (rgb === null) return Number.NaN;
  const lin = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}

function parseColor(color: string): [number, number, number] | null {
  const c = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const h = hex[1] as string;
    const full = h.length === 3 ? [...h].map((d) => d + d).join('') : h;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(c);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  return null;
}

/**
 * A theme from the page's custom properties. `--bg` and `--fg` (the page's own) decide light or dark
 * and are used as they are; `--stage-*` properties, if the page sets any, override single colours.
 */
export function themeFromCss(read: (name: string) => string, highContrast = false): StageTheme {
  const bg = read('--bg').trim();
  const fg = read('--fg').trim();
  const bgLum = luminance(bg);
  const dark = Number.isNaN(bgLum) ? luminance(fg) > 0.5 : bgLum < 0.3;
  let theme: StageTheme = dark ? { ...DARK_THEME } : { ...LIGHT_THEME };
  if (!Number.isNaN(bgLum)) theme.bg = bg;
  if (!Number.isNaN(luminance(fg))) theme.fg = fg;
  if (highContrast) theme = withHighContrast(theme);
  for (const key of OVERRIDABLE) {
    const value = read(`--stage-${key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}`).trim();
    if (value !== '') theme[key] = value;
  }
  return theme;
}

const OVERRIDABLE = [
  'muted',
  'panel',
  'panelEdge',
  'wellBg',
  'stack',
  'belt',
  'ok',
  'warn',
  'danger',
  'wire',
] as const satisfies readonly (keyof StageTheme)[];
