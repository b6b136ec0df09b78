/**
 * How tall the stage is for a pipeline: a row of stages is as tall as a single stage, a column adds
 * a band for each later stage. Kept apart from chainLayout.ts, as the page sizes the canvas with it
 * and needs none of the layout.
 */
import { stageHeightFor } from './stageLayout.ts';

/**
 * Narrowest panels a row may have, CSS px at normal text size, and the gap a link crosses. Three
 * stages fit a row in the page's stage at 1280×800 (776 px), so the chain, its knobs and the
 * note on its slowest stage share the first screen there.
 */
export const FIRST_MIN_W = 300;
export const LATER_MIN_W = 200;
export const LINK_GAP = 28;
/** A later stage's band in a column, CSS px at normal text size. */
export const LATER_BAND_H = 270;

function textScale(fontScale: number): number {
  return Math.min(1.25, Math.max(1, fontScale));
}

/** Whether `stages` panels fit side by side at `width`. */
export function chainFitsRow(width: number, stages: number, fontScale = 1): boolean {
  const k = textScale(fontScale);
  return width >= (FIRST_MIN_W + (stages - 1) * (LATER_MIN_W + LINK_GAP)) * k;
}

/**
 * Canvas height for a pipeline of `stages` at `width`: a row is as tall as a single stage; a column
 * adds a band for each later stage. One stage is exactly the single stage's height.
 */
export function chainHeightFor(width: number, stages: number, fontScale = 1): number {
  const single = stageHeightFor(width, fontScale);
  if (stages <= 1 || chainFitsRow(width, stages, fontScale)) return single;
  return single + (stages - 1) * Math.round(LATER_BAND_H * textScale(fontScale));
}
