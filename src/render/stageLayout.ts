/**
 * Where everything sits on the stage, in CSS pixels, for a given size and well shape. Left to right:
 * producer (with the credit meter, the retry tray and the drop bin below it), the conveyor, the well
 * (with its memory gauge), the workers and the "done" sink; a wire runs along the top from the workers
 * back to the producer. Pure geometry, so it is tested without a canvas.
 */
import type { WellGrid } from './wellGrid.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Fonts {
  smallPx: number;
  bodyPx: number;
  bigPx: number;
  small: string;
  body: string;
  bold: string;
  big: string;
}

export interface StageLayout {
  width: number;
  height: number;
  /** Narrow screens: the sink sits under the workers and labels shorten. */
  compact: boolean;
  fonts: Fonts;
  pad: number;
  producer: Rect;
  /** The stop light's lamps, top to bottom: red, amber, green. */
  lightX: number;
  lightY: number;
  lightR: number;
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
  /** The column the well and its read-outs may use. */
  wellArea: Rect;
  /** The height at which falling blocks enter the well. */
  mouthY: number;
  well: Rect;
  cell: number;
  gauge: Rect;
  workers: Rect;
  sink: Rect;
  /** The feedback wire, four points from the workers to the producer. */
  wire: Float64Array;
  /** Baseline of the read-out under the well. */
  wellLabelY: number;
}

/** Canvas height for a container width: wide and short on desktops, taller on phones. */
export function stageHeightFor(width: number, fontScale = 1): number {
  const base = 200 + 0.24 * width;
  return Math.round(Math.min(500, Math.max(320, base)) * Math.min(1.25, Math.max(1, fontScale)));
}

function fontsFor(width: number, fontScale: number): Fonts {
  const body = Math.round(Math.min(14, Math.max(11, width / 85)) * fontScale);
  const small = Math.max(10, Math.round(body * 0.86));
  const big = Math.round(body * 1.55);
  const family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  return {
    smallPx: small,
    bodyPx: body,
    bigPx: big,
    small: `${small}px ${family}`,
    body: `${body}px ${family}`,
    bold: `600 ${body}px ${family}`,
    big: `700 ${big}px ${family}`,
  };
}

export interface LayoutOptions {
  fontScale?: number;
  /** Reserve a row under the producer for the credit meter. */
  credit?: boolean;
}

export function computeStageLayout(
  width: number,
  height: number,
  grid: WellGrid,
  options: LayoutOptions = {},
): StageLayout {
  const W = Math.max(200, width);
  const H = Math.max(200, height);
  const fonts = fontsFor(W, options.fontScale ?? 1);
  const fs = fonts.bodyPx;
  const compact = W < 640;
  const pad = Math.round(Math.min(20, Math.max(8, W * 0.018)));
  const wireH = Math.round(fs * 2.2);
  const top = pad + wireH;
  const bottom = H - pad;
  const inner = W - 2 * pad;

  // Column widths as fractions of the inner width.
  const f = compact
    ? {
        left: 0.27,
        belt: 0.06,
        well: 0.3,
        gauge: 0.045,
        gap: 0.035,
        workers: 0.29,
        gap2: 0,
        sink: 0,
      }
    : {
        left: 0.21,
        belt: 0.08,
        well: 0.26,
        gauge: 0.04,
        gap: 0.04,
        workers: 0.21,
        gap2: 0.04,
        sink: 0.12,
      };
  let x = pad;
  const col = (frac: number) => {
    const r = { x, w: inner * frac };
    x += r.w;
    return r;
  };
  const left = col(f.left);
  const belt = col(f.belt);
  const wellCol = col(f.well);
  const gaugeCol = col(f.gauge);
  col(f.gap);
  const workersCol = col(f.workers);
  col(f.gap2);
  const sinkCol = col(f.sink);
  void belt;

  // The well: whole cells, floor on a shared baseline, mouth room above for blocks to fall in.
  const labelH = Math.round(fs * 2.6);
  const mouthH = Math.round(fs * 2.8);
  const availH = bottom - top - labelH - mouthH;
  const maxCell = compact ? 28 : 42;
  const cell = Math.max(
    3,
    Math.floor(Math.min(maxCell, (wellCol.w - 6) / grid.cols, availH / grid.rows)),
  );
  const wellW = cell * grid.cols;
  const wellH = cell * grid.rows;
  const floorY = bottom - labelH;
  const well: Rect = {
    x: wellCol.x + (wellCol.w - wellW) / 2,
    y: floorY - wellH,
    w: wellW,
    h: wellH,
  };
  const mouthY = well.y - Math.max(cell * 0.6, fs * 0.9);

  // The producer: a box at the top of the left column, its exit facing the conveyor.
  // Its exit lines up with the well's mouth where there is room, so the conveyor runs level.
  const prodH = Math.round(fs * 6.6);
  const below = (options.credit ? fs * 2.8 : 0) + fs * 3.1 + fs * 6;
  const prodY = Math.max(top + fs * 0.4, Math.min(mouthY - prodH * 0.55, floorY - below - prodH));
  const producer: Rect = { x: left.x, y: prodY, w: left.w, h: prodH };
  const lightR = Math.max(3, Math.round(fs * 0.42));
  const exitX = producer.x + producer.w;
  const exitY = Math.min(producer.y + producer.h - fs, Math.max(producer.y + fs * 1.2, mouthY));

  let y = producer.y + producer.h + fs * 0.5;
  const creditH = options.credit ? Math.round(fs * 2.4) : 0;
  const credit: Rect = { x: left.x, y, w: left.w, h: creditH };
  y += creditH + (creditH > 0 ? fs * 0.4 : 0);
  const trayH = Math.round(fs * 2.6);
  const tray: Rect = { x: left.x, y, w: left.w, h: trayH };
  y += trayH + fs * 0.5;
  // The bin stands at the bottom beside the well; it grows to show up to five reasons, no taller.
  const binH = Math.min(bottom - y, Math.round(fs * 10.5));
  const bin: Rect = {
    x: left.x,
    y: Math.max(y, bottom - binH),
    w: left.w,
    h: Math.min(binH, bottom - y),
  };

  // The memory gauge stands close beside the well it measures.
  const gaugeW = Math.max(6, Math.min(14, gaugeCol.w * 0.45));
  const gauge: Rect = {
    x: Math.min(gaugeCol.x + gaugeCol.w - gaugeW, well.x + well.w + Math.max(10, fs * 1.6)),
    y: well.y,
    w: gaugeW,
    h: well.h,
  };

  const sinkH = Math.round(fs * 5.6);
  const workersTop = top + fs * 0.6;
  const workers: Rect = compact
    ? { x: workersCol.x, y: workersTop, w: workersCol.w, h: bottom - sinkH - fs - workersTop }
    : { x: workersCol.x, y: workersTop, w: workersCol.w, h: bottom - workersTop };
  const sink: Rect = compact
    ? { x: workersCol.x, y: bottom - sinkH, w: workersCol.w, h: sinkH }
    : { x: sinkCol.x, y: top + (bottom - top - sinkH) / 2, w: sinkCol.w, h: sinkH };

  const wireY = pad + wireH * 0.45;
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
    lightX: producer.x + lightR + fs * 0.6,
    lightY: producer.y + fs * 0.6 + lightR,
    lightR,
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
    wellArea: { x: wellCol.x, y: top, w: wellCol.w + gaugeCol.w * 0.3, h: bottom - top },
    mouthY,
    well,
    cell,
    gauge,
    workers,
    sink,
    wire,
    wellLabelY: floorY + fs * 1.5,
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
  const rowH = Math.min(fs * 3.6, area.h / n);
  if (rowH >= fs * 2.1) {
    const used = rowH * n;
    return { mode: 'rows', count, rowH, perRow: 1, tile: 0, top: area.y + (area.h - used) / 2 };
  }
  // Many workers: tiles, as square as the column allows, under a one-line summary.
  const labelH = fs * 1.6;
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
  return Math.max(6, Math.min(layout.cell, layout.tray.h * 0.42, 18));
}

/** Side of the block shown at a worker. */
export function workerBlockSize(layout: StageLayout, rows: WorkerRows): number {
  if (rows.mode === 'grid') return Math.max(2, rows.tile - 2);
  return Math.max(4, Math.floor(Math.min(layout.cell, (rows.rowH - 4) * 0.62, 30)));
}

/** Centre of worker slot `index` (where its block sits). */
export function workerSlotX(layout: StageLayout, rows: WorkerRows, index: number): number {
  if (rows.mode === 'rows') return layout.workers.x + 7 + workerBlockSize(layout, rows) / 2;
  return layout.workers.x + ((index % rows.perRow) + 0.5) * rows.tile;
}
export function workerSlotY(layout: StageLayout, rows: WorkerRows, index: number): number {
  if (rows.mode === 'rows') return rows.top + (index + 0.5) * rows.rowH;
  return rows.top + (Math.floor(index / rows.perRow) + 0.5) * rows.tile;
}
