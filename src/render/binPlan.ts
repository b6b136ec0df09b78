/**
 * The bin's rows: one per drop reason that has lost anything, in the palette's order, each with its
 * swatch. Shared by the bin's drawing and the routes of lost blocks, so a block lost for a reason
 * lands on that reason's swatch.
 */
import type { DropCounts } from '../sim/types.ts';
import { DROP_REASONS } from '../sim/types.ts';
import type { StageLayout } from './stageLayout.ts';

/**
 * Narrow bins put a reason's name on a line under its swatch and count: one line needs room for the
 * swatch, a dash sample, the longest short name ("Out of memory") and a count.
 */
export function binTwoLine(l: StageLayout): boolean {
  return l.compact || l.bin.w < l.fonts.smallPx * 16;
}

/** Baseline of the bin's heading ("Dropped" and the total). */
export function binHeadY(l: StageLayout): number {
  return l.bin.y + l.fonts.bodyPx * 1.4;
}

export function binRowH(l: StageLayout): number {
  const s = l.fonts.smallPx;
  return binTwoLine(l) ? Math.round(s * 2.85) : Math.round(s * 1.75);
}

export function binRowTop(l: StageLayout, row: number): number {
  return binHeadY(l) + l.fonts.bodyPx * 0.45 + row * binRowH(l);
}

/** Rows that fit under the heading. */
export function binMaxRows(l: StageLayout): number {
  const room = l.bin.y + l.bin.h - 4 - binRowTop(l, 0);
  return Math.max(0, Math.floor(room / binRowH(l)));
}

/** Side of a reason's swatch. */
export function binSwatchSize(l: StageLayout): number {
  return Math.round(l.fonts.smallPx * 1.15);
}

/** Centre of row `row`'s swatch. */
export function binSwatchX(l: StageLayout): number {
  return l.bin.x + 8 + binSwatchSize(l) / 2;
}
export function binSwatchY(l: StageLayout, row: number): number {
  return binRowTop(l, row) + l.fonts.smallPx * 0.85;
}

/** The row of reason `reasonIndex` among those with losses (counting it as having one). */
export function binRowOf(dropped: DropCounts, reasonIndex: number): number {
  let row = 0;
  for (let r = 0; r < reasonIndex; r++) {
    const reason = DROP_REASONS[r];
    if (reason !== undefined && dropped[reason] > 0) row++;
  }
  return row;
}

/** Where a block lost for `reasonIndex` lands: its swatch, or the bin's floor when rows run out. */
export function binLanding(
  l: StageLayout,
  dropped: DropCounts,
  reasonIndex: number,
  out: { x: number; y: number },
): { x: number; y: number } {
  const row = binRowOf(dropped, reasonIndex);
  if (row < binMaxRows(l)) {
    out.x = binSwatchX(l);
    out.y = binSwatchY(l, row);
  } else {
    out.x = l.bin.x + l.bin.w / 2;
    out.y = l.bin.y + l.bin.h - l.fonts.bodyPx;
  }
  return out;
}
