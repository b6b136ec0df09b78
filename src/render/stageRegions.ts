/**
 * Where the stage's named parts are, in CSS px from the canvas's top left corner: what the guided
 * tour draws its callouts around (the producer's light, the well, the memory gauge, the bin...). The
 * painter reports them whenever the layout changes, so a callout follows the stage at every width.
 */
import type { Rect, StageLayout } from './stageLayout.ts';

export const STAGE_REGION_NAMES = [
  'producer',
  'light',
  'credit',
  'retries',
  'bin',
  'well',
  'gauge',
  'consumers',
  'done',
] as const;
export type StageRegionName = (typeof STAGE_REGION_NAMES)[number];

export interface StageRegions {
  /** The stage the boxes were laid out for, CSS px. */
  width: number;
  height: number;
  /** Only the parts this stage has room for (no gauge without a memory budget, say). */
  regions: Partial<Record<StageRegionName, Rect>>;
}

const round = (r: Rect): Rect => ({
  x: Math.round(r.x),
  y: Math.round(r.y),
  w: Math.round(r.w),
  h: Math.round(r.h),
});

export function regionsOf(layout: StageLayout): StageRegions {
  const r = layout.lightR;
  const g = layout.gauge;
  // On a desktop the gauge's read-outs ("548 KB of 1 MB") stand over it: they belong to it.
  const readouts = layout.compact ? 0 : 6 + layout.fonts.smallPx * 2.5;
  const regions: StageRegions['regions'] = {
    producer: layout.producer,
    // The stop light's housing, as drawStage draws it.
    light: { x: layout.lightX - r - 3, y: layout.lightY - r - 3, w: 2 * r + 6, h: 6 * r + 12 },
    retries: layout.tray,
    bin: layout.bin,
    well: layout.well,
    consumers: layout.workers,
    done: layout.sink,
  };
  if (layout.credit.h > 0) regions.credit = layout.credit;
  if (g.w > 0) regions.gauge = { x: g.x, y: g.y - readouts, w: g.w, h: g.h + readouts };
  for (const name of STAGE_REGION_NAMES) {
    const box = regions[name];
    if (box !== undefined) regions[name] = round(box);
  }
  return { width: layout.width, height: layout.height, regions };
}
