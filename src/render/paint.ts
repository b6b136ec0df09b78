/**
 * The meaning colours the stage receives from the page: block colours and shapes for keys or
 * priorities, and a colour, dash and shape per drop reason. The shell passes the shared palette in,
 * so the stage and the charts cannot disagree, and the renderer never reaches into the UI.
 */
import { DROP_REASONS, type DropReason } from '../sim/types.ts';
import { luminance } from './theme.ts';

export type MarkShape =
  | 'square'
  | 'circle'
  | 'triangle'
  | 'triangle-down'
  | 'diamond'
  | 'cross'
  | 'plus'
  | 'star'
  | 'hexagon'
  | 'bar'
  | 'ring'
  | 'pentagon'
  | 'hourglass'
  | 'bolt';

export interface BlockPaint {
  color: string;
  shape: MarkShape;
}

export interface ReasonPaint {
  color: string;
  dash: readonly number[];
  shape: MarkShape;
  label: string;
}

export interface StagePalette {
  blocks: readonly BlockPaint[];
  reasons: Readonly<Record<DropReason, ReasonPaint>>;
}

/** The palette indexed for drawing, with the ink that reads on each colour worked out once. */
export interface PreparedPalette {
  blocks: readonly BlockPaint[];
  /** Per block colour: draw its mark in dark ink (true) or light ink. */
  blockInkDark: readonly boolean[];
  /** By DROP_REASONS index. */
  reasons: readonly ReasonPaint[];
  reasonInkDark: readonly boolean[];
  labels: Readonly<Record<DropReason, string>>;
}

const inkDark = (color: string) => luminance(color) > 0.3;

export function preparePalette(p: StagePalette): PreparedPalette {
  const blocks = p.blocks.length > 0 ? p.blocks : [{ color: '#888888', shape: 'square' as const }];
  const reasons = DROP_REASONS.map((r) => p.reasons[r]);
  const labels = Object.fromEntries(DROP_REASONS.map((r) => [r, p.reasons[r].label])) as Record<
    DropReason,
    string
  >;
  return {
    blocks,
    blockInkDark: blocks.map((b) => inkDark(b.color)),
    reasons,
    reasonInkDark: reasons.map((r) => inkDark(r.color)),
    labels,
  };
}

/** Block palette index for key or priority `i`, wrapping around. */
export function blockIndex(palette: PreparedPalette, i: number): number {
  const n = palette.blocks.length;
  return ((Math.trunc(i) % n) + n) % n;
}
