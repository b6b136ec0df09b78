/**
 * Where everything sits on the stage, in CSS pixels, for a given size and well shape. Left to right:
 * producer (with the credit meter, the retry tray and the drop bin below it), the conveyor, the well
 * (with the marks for its head and tail beside it, and its memory gauge), the workers and the "done"
 * sink; a wire runs along the top from the workers back to the producer. Pure geometry, so it is
 * tested without a canvas.
 *
 * Planning takes two steps because the well's cells depend on its room and everything else on the
 * well: `wellSpaceFor` says how much room the well has, `planWellGrid` shapes it, and
 * `computeStageLayout` places it all.
 */
import { planWellGrid, type WellGrid } from './wellGrid.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A font as the canvas wants it and its size in CSS px (for measuring and the label checks). */
export interface FontSpec {
  css: string;
  px: number;
}

export interface Fonts {
  smallPx: number;
  bodyPx: number;
  bigPx: number;
  small: FontSpec;
  smallBold: FontSpec;
  body: FontSpec;
  bold: FontSpec;
  big: FontSpec;
}

export interface StageLayout {
  width: number;
  height: number;
  /** Narrow screens: the sink sits under the workers and labels take their short forms. */
  compact: boolean;
  fonts: Fonts;
  pad: number;
  producer: Rect;
  /** The stop light's lamps, top to bottom: red, amber, green. */
  lightX: number;
  lightY: number;
  lightR: number;
  /**
   * Lines the producer's box has for its words under the light: two on a phone, where "no credit
   * 34% of the time" fits on no one line and a share alone would not say what it is the share of.
   */
  statusLines: number;
  /** Where blocks leave the producer (and where a held block waits). */
  exitX: number;
  exitY: number;
  credit: Rect;
  tray: Rect;
  bin: Rect;
  /** The conveyor runs from (x0, y0) at the producer to (x1, y1) over the well's mouth. */
  conveyor: { x0: number; y0: number; x1: number; y1: number };
  /** From the workers to the sink; zero length when there is no room for it. */
  outBelt: { x0: number; y0: number; x1: number; y1: number };
  /** The column the well, its marks, its gauge and its caption may use. */
  wellArea: Rect;
  /** The height at which falling blocks enter the well. */
  mouthY: number;
  well: Rect;
  cell: number;
  /** Where the head and tail marks start, right of the well's wall, and whether words fit there. */
  markX: number;
  markWords: boolean;
  /** The memory gauge (zero width without a memory budget). */
  gauge: Rect;
  workers: Rect;
  sink: Rect;
  /** The feedback wire, four points from the workers to the producer. */
  wire: Float64Array;
  /** Baselines of the caption lines under the well (the third only on a phone with a memory budget). */
  captionY1: number;
  captionY2: number;
  captionY3: number;
  /** Baselines of the lines added under those (LayoutOptions.extraLines), top first. */
  captionExtra: number[];
  /**
   * Baseline of the marks' key under the caption ("◀ next ◁ newest"), on a phone, where the gutter
   * beside the well has room for the pointers only (a reader had to guess what they meant); null
   * where the words stand beside the pointers.
   */
  markKeyY: number | null;
  /** How far down the layout was moved (a pipeline's later panel, chainLayout.ts); absent: not moved. */
  offsetY?: number;
}

/**
 * Canvas height for a container width: wide and short on desktops, taller on phones. The page's
 * placeholder for the stage (src/ui/StageSlot.tsx) reserves the same in CSS: keep the two in step.
 */
export function stageHeightFor(width: number, fontScale = 1): number {
  const base = 200 + 0.24 * width;
  return Math.round(Math.min(500, Math.max(340, base)) * Math.min(1.25, Math.max(1, fontScale)));
}

/** Below this width the stage takes its compact arrangement. */
export const COMPACT_BELOW = 560;

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function spec(weight: string, px: number): FontSpec {
  return { css: `${weight}${px}px ${FAMILY}`, px };
}

/** Stage text is never smaller than 12 CSS px. */
export const MIN_TEXT_PX = 12;

export function fontsFor(width: number, fontScale: number, compact: boolean): Fonts {
  const scale = Math.min(1.25, Math.max(1, fontScale));
  const body = Math.round((compact ? 13 : Math.min(15, Math.max(13, width / 68))) * scale);
  const small = Math.max(MIN_TEXT_PX, Math.round((body >= 15 ? 13 : 12) * scale));
  const big = Math.round(compact ? 16 * scale : body * 1.5);
  return {
    smallPx: small,
    bodyPx: body,
    bigPx: big,
    small: spec('', small),
    smallBold: spec('600 ', small),
    body: spec('', body),
    bold: spec('600 ', body),
    big: spec('700 ', big),
  };
}

export interface LayoutOptions {
  fontScale?: number;
  /** Reserve a row under the producer for the credit meter. */
  credit?: boolean;
  /** Reserve a gauge beside the well for a memory budget. */
  memory?: boolean;
  /** Lines to reserve under the well's caption: the rate limit's waiting, the priorities' key. */
  extraLines?: number;
  /**
   * The well stands on its caption's line, at the foot of its room, rather than hanging from the top
   * of it (a pipeline's panel, whose link brings blocks down into the well from the box above).
   */
  wellOnFloor?: boolean;
}

interface Frame {
  W: number;
  H: number;
  compact: boolean;
  fonts: Fonts;
  pad: number;
  top: number;
  bottom: number;
  wireH: number;
  left: { x: number; w: number };
  belt: { x: number; w: number };
  wellCol: { x: number; w: number };
  workersCol: { x: number; w: number };
  sinkCol: { x: number; w: number };
  /** Beside the well: the marks' gutter and the gauge. */
  gutterW: number;
  /** A line under the caption keys the pointers beside the well (no room for words there). */
  markKey: boolean;
  gaugeW: number;
  gaugeGap: number;
  captionH: number;
  mouthH: number;
}

/** Columns, bands and fonts: everything that does not depend on the well's shape. */
function frameFor(width: number, height: number, options: LayoutOptions): Frame {
  const W = Math.max(240, width);
  const H = Math.max(240, height);
  const compact = W < COMPACT_BELOW;
  const fonts = fontsFor(W, options.fontScale ?? 1, compact);
  const fs = fonts.bodyPx;
  const pad = Math.round(Math.min(18, Math.max(8, W * 0.018)));
  const wireH = Math.round(fs * 2.2);
  const inner = W - 2 * pad;
  const f = compact
    ? { left: 0.3, belt: 0.025, well: 0.355, gap: 0.015, workers: 0.305, gap2: 0, sink: 0 }
    : { left: 0.2, belt: 0.06, well: 0.34, gap: 0.03, workers: 0.21, gap2: 0.04, sink: 0.12 };
  let x = pad;
  const col = (frac: number) => {
    const r = { x, w: inner * frac };
    x += r.w;
    return r;
  };
  const left = col(f.left);
  const belt = col(f.belt);
  const wellCol = col(f.well);
  col(f.gap);
  const workersCol = col(f.workers);
  col(f.gap2);
  const sinkCol = col(f.sink);
  // Words beside the well ("next", "newest") where a column of them fits; a pointer alone otherwise.
  const words = !compact && wellCol.w >= fs * 13;
  // Without them, a phone keys the pointers in a line under the caption.
  const markKey = !words && compact;
  const gutterW = words ? Math.round(fs * 4.4) : 12;
  const gaugeW = options.memory ? (compact ? 8 : 12) : 0;
  const gaugeGap = options.memory ? 4 : 0;
  return {
    W,
    H,
    compact,
    fonts,
    pad,
    top: pad + wireH,
    bottom: H - pad,
    wireH,
    left,
    belt,
    wellCol,
    workersCol,
    sinkCol,
    gutterW,
    gaugeW,
    gaugeGap,
    markKey,
    // A phone says the memory in words under the well, on a third line; the extra lines follow.
    // Without words beside the well, a last line keys its pointers.
    captionH: Math.round(
      fs * 1.3 +
        fonts.smallPx *
          (1.5 +
            (compact && options.memory ? 1.35 : 0) +
            1.35 * ((options.extraLines ?? 0) + (markKey ? 1 : 0))),
    ),
    mouthH: Math.round(Math.max(fs * 2.8, fonts.smallPx * 2.7 + 8)),
  };
}

/** Where the well's column begins: a later stage of a pipeline is drawn from here on (chainLayout.ts). */
export function wellColumnX(width: number, height: number, options: LayoutOptions = {}): number {
  return frameFor(width, height, options).wellCol.x;
}

/** The room the well itself has (without its marks, gauge, caption and mouth). */
export function wellSpaceFor(
  width: number,
  height: number,
  options: LayoutOptions = {},
): { w: number; h: number; compact: boolean } {
  const fr = frameFor(width, height, options);
  return {
    w: fr.wellCol.w - fr.gutterW - fr.gaugeW - fr.gaugeGap - 6,
    h: fr.bottom - fr.top - fr.captionH - fr.mouthH,
    compact: fr.compact,
  };
}

/** The well's grid for a stage of this size: a shortcut for tests and the renderer. */
export function gridForSpace(
  width: number,
  height: number,
  capacity: number | null,
  lanes: number,
  options: LayoutOptions = {},
  /** The messages that fill the memory budget (StageConfig.memoryRoom). */
  memoryRoom: number | null = null,
): WellGrid {
  const space = wellSpaceFor(width, height, options);
  return planWellGrid({
    capacity,
    memoryRoom,
    lanes,
    spaceW: space.w,
    spaceH: space.h,
    compact: space.compact,
  });
}

/**
 * Room between the retry tray and the boxes over and under it, px: a ring round the tray (3 px of
 * border, 2 of halo, 2 clear of the next box, as tourRing.ts draws it) with its inner edge on the
 * tray's.
 */
export const TRAY_ROOM = 8;

/** The tour's name tag over a ring, CSS px: 22 tall (tour.css) and 2 to spare. */
export const TAG_ROOM = 24;

export function computeStageLayout(
  width: number,
  height: number,
  grid: WellGrid,
  options: LayoutOptions = {},
): StageLayout {
  const fr = frameFor(width, height, options);
  const { W, H, compact, fonts, pad, top, bottom, left, wellCol, workersCol, sinkCol } = fr;
  const fs = fonts.bodyPx;
  const space = wellSpaceFor(width, height, options);

  // The well: whole cells, floor on the caption's line, mouth room above for blocks to fall in.
  let cell = Math.max(3, Math.floor(Math.min(grid.cell, space.w / grid.cols, space.h / grid.rows)));
  const groupOf = (c: number) => c * grid.cols + 3 + fr.gutterW + fr.gaugeGap + fr.gaugeW;
  const wellXOf = (c: number) => Math.round(wellCol.x + Math.max(3, (wellCol.w - groupOf(c)) / 2));
  // On a phone the gap between the left column and the well is narrow; where a grid fills its
  // column, its cells give up a little so that a block lost from the well (a cell's size) passes
  // down the gap without crossing the well's wall: a still frame at 328 px showed lost blocks
  // half across it.
  const binRight = left.x + left.w;
  const gapNeeded = (c: number) =>
    Math.max(c - 2, Math.min(c * 0.7, 18)) / 2 +
    Math.min(c * 0.7, 18) / 2 +
    Math.max(3, Math.min(6, c * 0.18)) / 2 +
    1;
  while (compact && cell > 8 && wellXOf(cell) - binRight < gapNeeded(cell)) cell--;
  const wellW = cell * grid.cols;
  const wellH = cell * grid.rows;
  // On a desktop the well hangs from the top of its room, its mouth at the same height whatever its
  // depth, so the stage holds still as the queue's limit changes (a reader at 1440 px saw the
  // producer, the conveyor and the well's mouth go down 75 px for a limit of 20 and back up for 100,
  // as the well stood on the caption's line): a shallow well leaves its room empty under its
  // caption. A phone's well stands on its line: its producer stays put anyway (it sits at the top),
  // and its "no credit" tag needs the room over the producer a high mouth would take.
  const lowest = bottom - fr.captionH;
  const hangs = !compact && options.wellOnFloor !== true;
  const floorY = hangs ? Math.min(lowest, top + fr.mouthH + wellH) : lowest;
  // The well, its marks and its gauge, centred as a group in their column.
  const wellX = wellXOf(cell);
  const well: Rect = { x: wellX, y: floorY - wellH, w: wellW, h: wellH };
  const mouthY = well.y - Math.max(cell * 0.6, fs * 0.9);
  const markX = well.x + well.w + 4;
  const gauge: Rect = {
    x: markX + fr.gutterW + fr.gaugeGap - 1,
    y: well.y,
    w: fr.gaugeW,
    h: well.h,
  };

  // The producer: a box at the top of the left column, its exit facing the conveyor.
  // Its exit lines up with the well's mouth where there is room, so the conveyor runs level.
  // On a phone the name takes the box's first line, over the light and the rate, so it fits.
  const lightR = compact ? 4 : Math.max(4, Math.round(fs * 0.42));
  const lightH = 6 * lightR + 12;
  const statusLines = compact ? 2 : 1;
  // On a desktop the status line runs under the light (its baseline a small line below the light's
  // housing, as drawProducer puts it), and the box ends 4 px under the line's descenders: a reader at
  // 1440 px saw "blocked 23% of the time" sit on the box's bottom edge, the light being taller than
  // the name and rate beside it.
  const prodH = compact
    ? Math.round(fonts.smallPx * 1.55 + lightH + fonts.smallPx * (1.6 + 1.25 * (statusLines - 1)))
    : Math.ceil(
        Math.max(
          fs * 1.5 + fonts.bigPx * 1.25 + fonts.smallPx * 1.7,
          fs * 0.6 + lightH + fonts.smallPx * 1.2 + 4,
        ),
      );
  // The room the left column needs under the producer, down to the well's floor line; the key line
  // under a phone's caption (beside the bin, not above it) takes none of it, so the producer stays
  // low enough to leave the "Producer has no credit at times" tag its place above the box.
  const below = (options.credit ? fs * 2.8 : 0) + fs * 3.1 + fs * 6;
  const keyH = fr.markKey ? fonts.smallPx * 1.35 : 0;
  const prodY = Math.max(
    top + fs * 0.4,
    Math.min((hangs ? well.y - fs * 0.9 : mouthY) - prodH * 0.55, lowest + keyH - below - prodH),
  );
  const producer: Rect = { x: left.x, y: prodY, w: left.w, h: prodH };
  const exitX = producer.x + producer.w;
  const exitY = Math.min(producer.y + producer.h - fs, Math.max(producer.y + fs * 1.2, mouthY));

  let y = producer.y + producer.h + fs * 0.5;
  const creditH = options.credit ? Math.round(fonts.smallPx * 1.5 + fs * 0.9) : 0;
  const credit: Rect = { x: left.x, y, w: left.w, h: creditH };
  y += creditH + (creditH > 0 ? fs * 0.4 : 0);
  // The retry tray draws no box: room round it for a ring (the tour's, TRAY_ROOM) clear of the boxes
  // over and under it. On a phone the tour's ring round it ran over the producer's and the lost
  // box's edges, and its border over the tray's blocks.
  // On a desktop, where the bin keeps room for its lines under it, room over the ring for the tour's
  // name tag too: with none, "Retries" could only stand on the producer's box (or in the gap beside
  // the tray, where retries go up to the conveyor and lost blocks fall).
  const overTray = (creditH > 0 ? credit.y + creditH : producer.y + producer.h) + TRAY_ROOM;
  const trayH = Math.round(fonts.smallPx * 1.4 + Math.min(cell, 18) + 4);
  const tagRoom =
    !compact && bottom - (overTray + TAG_ROOM + trayH + TRAY_ROOM) >= fs * 7 ? TAG_ROOM : 0;
  y = Math.max(y, overTray + tagRoom);
  const tray: Rect = { x: left.x, y, w: left.w, h: trayH };
  y += trayH + Math.max(fs * 0.4, TRAY_ROOM);
  // The bin stands at the bottom of the left column, as tall as the room left.
  const bin: Rect = { x: left.x, y, w: left.w, h: Math.max(fs * 3, bottom - y) };

  const sinkH = Math.round(fs * 1.7 + fonts.bigPx * 1.3 + fonts.smallPx * 1.7);
  const workersTop = top + fs * 0.6;
  const workers: Rect = compact
    ? { x: workersCol.x, y: workersTop, w: workersCol.w, h: bottom - sinkH - fs - workersTop }
    : { x: workersCol.x, y: workersTop, w: workersCol.w, h: bottom - workersTop };
  const sink: Rect = compact
    ? { x: workersCol.x, y: bottom - sinkH, w: workersCol.w, h: sinkH }
    : { x: sinkCol.x, y: top + (bottom - top - sinkH) / 2, w: sinkCol.w, h: sinkH };

  // Low enough in its band that its label fits above the dots travelling it, at any text size.
  const wireY = pad + fr.wireH * 0.56;
  const wire = new Float64Array([
    workers.x + workers.w / 2,
    workers.y,
    workers.x + workers.w / 2,
    wireY,
    producer.x + producer.w / 2,
    wireY,
    producer.x + producer.w / 2,
    producer.y,
  ]);

  return {
    width: W,
    height: H,
    compact,
    fonts,
    pad,
    producer,
    lightX: producer.x + lightR + 6,
    lightY: producer.y + (compact ? fonts.smallPx * 1.55 : fs * 0.6) + lightR + 3,
    lightR,
    statusLines,
    exitX,
    exitY,
    credit,
    tray,
    bin,
    conveyor: { x0: exitX, y0: exitY, x1: well.x + cell * 0.5, y1: mouthY },
    outBelt: compact
      ? { x0: sink.x, y0: sink.y, x1: sink.x, y1: sink.y }
      : {
          x0: workers.x + workers.w + 4,
          y0: sink.y + sink.h * 0.55,
          x1: sink.x - 4,
          y1: sink.y + sink.h * 0.55,
        },
    wellArea: { x: wellCol.x, y: top, w: wellCol.w, h: bottom - top },
    mouthY,
    well,
    cell,
    markX,
    markWords: fr.gutterW > 12,
    gauge,
    workers,
    sink,
    wire,
    captionY1: floorY + Math.round(fs * 1.35),
    captionY2: floorY + Math.round(fs * 1.35 + fonts.smallPx * 1.35),
    captionY3: floorY + Math.round(fs * 1.35 + fonts.smallPx * 2.7),
    captionExtra: Array.from({ length: options.extraLines ?? 0 }, (_, i) =>
      Math.round(
        floorY +
          fs * 1.35 +
          fonts.smallPx * (2.7 + (compact && options.memory ? 1.35 : 0) + 1.35 * i),
      ),
    ),
    markKeyY: !fr.markKey
      ? null
      : Math.round(
          floorY +
            fs * 1.35 +
            fonts.smallPx *
              (2.7 + (compact && options.memory ? 1.35 : 0) + 1.35 * (options.extraLines ?? 0)),
        ),
  };
}

/** Centre of a well cell (col from the left, row from the floor). */
export function cellCenterX(layout: StageLayout, col: number): number {
  return layout.well.x + (col + 0.5) * layout.cell;
}
export function cellCenterY(layout: StageLayout, row: number): number {
  return layout.well.y + layout.well.h - (row + 0.5) * layout.cell;
}

export interface WorkerRows {
  /** Rows of boxes with a progress bar each, or a compact grid of small tiles for many workers. */
  mode: 'rows' | 'grid';
  count: number;
  rowH: number;
  /** Grid mode: tiles per row and tile size. */
  perRow: number;
  tile: number;
  top: number;
}

/** How `count` workers fit the workers column. */
export function planWorkerRows(layout: StageLayout, count: number): WorkerRows {
  const area = layout.workers;
  const fs = layout.fonts.bodyPx;
  const n = Math.max(1, count);
  // The "Consumers" heading takes a line above the rows.
  const headH = layout.fonts.smallPx * 1.6;
  const rowH = Math.min(fs * 3.6, (area.h - headH) / n);
  if (rowH >= fs * 2.1) {
    const used = rowH * n;
    const topMin = area.y + headH;
    return {
      mode: 'rows',
      count,
      rowH,
      perRow: 1,
      tile: 0,
      top: Math.max(topMin, area.y + (area.h - used) / 2),
    };
  }
  // Many workers: tiles, as square as the column allows, under a one-line summary.
  const labelH = layout.fonts.smallPx * 1.8;
  const h = area.h - labelH;
  let perRow = Math.max(1, Math.ceil(Math.sqrt((n * area.w) / Math.max(1, h))));
  let tile = Math.floor(Math.min(area.w / perRow, h / Math.ceil(n / perRow)));
  while (tile < 4 && perRow < n) {
    perRow++;
    tile = Math.floor(Math.min(area.w / perRow, h / Math.ceil(n / perRow)));
  }
  return { mode: 'grid', count, rowH: 0, perRow, tile: Math.max(2, tile), top: area.y + labelH };
}

/** Side of a block waiting in the retry tray. */
export function trayBlockSize(layout: StageLayout): number {
  return Math.max(8, Math.min(layout.cell, 18));
}

/** Side of the block shown at a worker. */
export function workerBlockSize(layout: StageLayout, rows: WorkerRows): number {
  if (rows.mode === 'grid') return Math.max(2, rows.tile - 2);
  return Math.max(4, Math.floor(Math.min(layout.cell, (rows.rowH - 4) * 0.62, 28)));
}

/** Centre of worker slot `index` (where its block sits). */
export function workerSlotX(layout: StageLayout, rows: WorkerRows, index: number): number {
  if (rows.mode === 'rows') return layout.workers.x + 5 + workerBlockSize(layout, rows) / 2;
  return layout.workers.x + ((index % rows.perRow) + 0.5) * rows.tile;
}
export function workerSlotY(layout: StageLayout, rows: WorkerRows, index: number): number {
  if (rows.mode === 'rows') return rows.top + (index + 0.5) * rows.rowH;
  return rows.top + (Math.floor(index / rows.perRow) + 0.5) * rows.tile;
}
