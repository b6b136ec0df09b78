/**
 * How a lane looks: the palette's colour and shape for that key (the same ones the playground uses
 * for keys), its letters, and the ink (black or white) that reads best on its colour.
 */
import { blockStyle } from '../../render/palette.ts';
import type { MarkShape } from '../../render/palette.ts';
import { LANE_KEYS } from './keymap.ts';

export interface LaneStyle {
  color: string;
  /** Text and icon colour on a block of this lane. */
  ink: string;
  shape: MarkShape;
  /** Colour name, for text alternatives. */
  colorName: string;
  keys: readonly [string, string];
}

export function laneStyle(lane: number): LaneStyle {
  const style = blockStyle(lane);
  return {
    color: style.color,
    ink: inkOn(style.color),
    shape: style.shape,
    colorName: style.name,
    keys: LANE_KEYS[lane] ?? [String(lane + 1), String(lane + 1)],
  };
}

/** Black or white, whichever has the higher contrast with `hex` (WCAG relative luminance). */
export function inkOn(hex: string): string {
  const luminance = relativeLuminance(hex);
  const withBlack = (luminance + 0.05) / 0.05;
  const withWhite = 1.05 / (luminance + 0.05);
  return withBlack >= withWhite ? '#000000' : '#ffffff';
}

export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = parseInt(match[1]!, 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** The WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}
