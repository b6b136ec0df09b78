/**
 * Where the stage's named parts are, in CSS px from the canvas's top left corner: what the guided
 * tour draws its callouts around (the producer's light, the well, the memory gauge, the bin...). The
 * painter reports them whenever the layout changes, so a callout follows the stage at every width.
 */
import type { Rect, StageLayout, WorkerRows } from './stageLayout.ts';

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
  /**
   * Where a part's own words stand outside its box, when they do: the well's marks and caption, the
   * gauge's read-out (over it on a desktop, on the caption's last line under the well on a phone).
   * A callout takes in the words it finds there, so it names the part with what it says.
   */
  bands?: Partial<Record<StageRegionName, Rect[]>>;
  /**
   * What a part draws outside its box besides words: the well's "next" and "newest" pointers, in a
   * column beside its wall. A callout round the part holds them; one round another part keeps off
   * them (a phone's ring round the queue hid the pointers its step is about).
   */
  marks?: Partial<Record<StageRegionName, Rect[]>>;
  /**
   * Where blocks travel outside every part's box (routes.ts): along the conveyor from the producer
   * to the well and over the well's mouth, where each newcomer waits and drops in; and down the gap
   * between the left column and the well, where lost blocks fall into the bin (and retries go back
   * up). Nothing the tour lays over the stage covers them: a "Lost" tag in that gap hid the blocks
   * falling into the bin its step was about, and "The queue" tag the newest block dropping in.
   */
  paths?: Rect[];
}

const round = (r: Rect): Rect => ({
  x: Math.round(r.x),
  y: Math.round(r.y),
  w: Math.round(r.w),
  h: Math.round(r.h),
});

/**
 * The parts' boxes on `layout`; with `rows` (the workers drawn this frame), the consumers' box is
 * their heading and rows as drawn, not the whole column kept for them (a tall, mostly empty frame).
 */
export function regionsOf(layout: StageLayout, rows?: WorkerRows): StageRegions {
  const r = layout.lightR;
  const g = layout.gauge;
  const f = layout.fonts;
  // On a desktop the gauge's read-outs ("548 KB of 1 MB") stand over it (its band, below).
  const readouts = layout.compact ? 0 : 6 + layout.fonts.smallPx * 2.5;
  const regions: StageRegions['regions'] = {
    producer: layout.producer,
    // The stop light's housing, as drawStage draws it.
    light: { x: layout.lightX - r - 3, y: layout.lightY - r - 3, w: 2 * r + 6, h: 6 * r + 12 },
    retries: layout.tray,
    bin: layout.bin,
    well: layout.well,
    consumers: rows === undefined ? layout.workers : drawnWorkers(layout, rows),
    done: layout.sink,
  };
  const area = layout.wellArea;
  // The well's marks and its caption's two lines (a phone's third is the gauge's), left of the gauge.
  const wellRight = g.w > 0 ? g.x - 1 : area.x + area.w;
  const captionFoot = layout.captionY2 + f.smallPx * 0.35;
  const bands: StageRegions['bands'] = {
    well: [
      {
        x: area.x,
        y: layout.well.y - 1,
        w: wellRight - area.x,
        h: captionFoot - layout.well.y + 1,
      },
    ],
  };
  // The lines added under the caption (the rate limit's waiting, the priorities' key) are the well's.
  const extraTop = layout.captionExtra[0];
  const extraLast = layout.captionExtra.at(-1);
  if (extraTop !== undefined && extraLast !== undefined)
    bands.well?.push({
      x: area.x,
      y: extraTop - f.smallPx,
      w: area.w,
      h: extraLast + f.smallPx * 0.35 - (extraTop - f.smallPx),
    });
  // So is the pointers' key on a phone, the caption's last line.
  if (layout.markKeyY !== null)
    bands.well?.push({
      x: area.x,
      y: layout.markKeyY - f.smallPx,
      w: area.w,
      h: f.smallPx * 1.35,
    });
  if (g.w > 0)
    bands.gauge = layout.compact
      ? [
          {
            x: area.x,
            y: captionFoot,
            w: area.w,
            h: layout.captionY3 + f.smallPx * 0.35 - captionFoot,
          },
        ]
      : [{ x: layout.markX, y: g.y - readouts, w: g.x + g.w - layout.markX, h: readouts }];
  // The pointers beside the wall (well.ts): at the middle of a row of the well, a triangle 1.3 s
  // wide and 2 s tall, its line 1.5 px.
  const c = layout.cell;
  const s = Math.min(6, c * 0.3);
  const marks: StageRegions['marks'] = {
    well: [
      round({
        x: layout.markX - 1,
        y: layout.well.y + c / 2 - s - 1,
        w: s * 1.3 + 2,
        h: layout.well.h - c + 2 * s + 2,
      }),
    ],
  };
  // The conveyor and the mouth: from the producer's exit across the well, from the top of a block
  // riding the conveyor (or waiting over the mouth) down to the well's rim; the largest block is a
  // lost one, its cell's size (routes.ts gapX).
  const half = Math.max(c - 2, Math.min(c * 0.7, 18)) / 2 + 1;
  const conveyor = layout.conveyor;
  const beltTop = Math.min(conveyor.y0, conveyor.y1) - half;
  const wall = Math.max(3, Math.min(6, c * 0.18));
  const paths: Rect[] = [
    {
      x: conveyor.x0,
      y: beltTop,
      w: layout.well.x + layout.well.w + wall - conveyor.x0,
      h: layout.well.y - beltTop,
    },
  ];
  // The gap down the well's side to the foot of the bin, between the left column and the wall.
  const leftFoot = Math.max(layout.bin.y + layout.bin.h, layout.tray.y + layout.tray.h);
  const gapLeft = layout.bin.x + layout.bin.w;
  const gapRight = layout.well.x - wall / 2;
  if (gapRight > gapLeft)
    paths.push({ x: gapLeft, y: beltTop, w: gapRight - gapLeft, h: leftFoot - beltTop });
  if (layout.credit.h > 0) regions.credit = layout.credit;
  if (g.w > 0) regions.gauge = g;
  for (const name of STAGE_REGION_NAMES) {
    const box = regions[name];
    if (box !== undefined) regions[name] = round(box);
    const near = bands[name];
    if (near !== undefined) bands[name] = near.map(round);
  }
  return {
    width: layout.width,
    height: layout.height,
    regions,
    bands,
    marks,
    paths: paths.map(round),
  };
}

/** The "Consumers" heading and the workers' rows (or tiles) as drawWorkers lays them out. */
function drawnWorkers(layout: StageLayout, rows: WorkerRows): Rect {
  const area = layout.workers;
  const n = Math.max(1, rows.count);
  if (rows.mode === 'grid')
    return {
      x: area.x,
      y: area.y,
      w: area.w,
      h: rows.top + Math.ceil(n / rows.perRow) * rows.tile - area.y,
    };
  const top = Math.max(area.y, rows.top - layout.fonts.smallPx * 1.6);
  return { x: area.x, y: top, w: area.w, h: rows.top + n * rows.rowH - top };
}
