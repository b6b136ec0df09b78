/**
 * The width of an axis label as the page will print it, measured on a canvas that is never shown:
 * no layout, no DOM reads per label, so choosing ticks stays cheap at two redraws a second.
 */

/** The font axis labels are printed in: its size in CSS pixels and its family. */
export interface AxisFont {
  px: number;
  family: string;
}

/** Axis labels are 0.75rem (see .chart .recharts-cartesian-axis-tick-value in global.css). */
const LABEL_REM = 0.75;

/** The axis font under `element`: the root's size (larger with "large text") and the family. */
export function axisFontOf(element: Element): AxisFont {
  const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return { px: rootPx * LABEL_REM, family: getComputedStyle(element).fontFamily || 'sans-serif' };
}

export const DEFAULT_AXIS_FONT: AxisFont = { px: 12, family: 'sans-serif' };

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** `text`'s width in `font`, in CSS pixels. */
export function labelWidth(text: string, font: AxisFont): number {
  const key = `${font.px}px ${font.family}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  let width: number;
  if (context) {
    context.font = `${font.px}px ${font.family}`;
    width = context.measureText(text).width;
  } else {
    // Nothing to measure with: a sans-serif digit is about 0.6 em, so this errs wide.
    width = text.length * font.px * 0.65;
  }
  // Labels repeat across redraws; a few hundred distinct ones cover any run.
  if (widths.size > 2000) widths.clear();
  widths.set(key, width);
  return width;
}
