/**
 * Where each stage of a pipeline goes on the stage: a row of panels, left to right, where the width
 * allows, and a column, top to bottom, where it does not. Each stage is drawn with the single well's
 * own layout (stageLayout.ts), computed for its panel and moved into place: the first stage keeps
 * the producer, its conveyor and the bin; a later stage starts at its well, with the columns left of
 * it (the producer's) falling outside its panel and never drawn. Pure geometry, tested without a canvas.
 */
import { chainFitsRow, LATER_BAND_H, LINK_GAP } from './chainHeight.ts';
import {
  computeStageLayout,
  gridForSpace,
  stageHeightFor,
  wellColumnX,
  type LayoutOptions,
  type Rect,
  type StageLayout,
} from './stageLayout.ts';
import type { WellGrid } from './wellGrid.ts';

export { chainFitsRow, chainHeightFor, LATER_BAND_H } from './chainHeight.ts';

export type ChainDirection = 'row' | 'column';

export interface ChainPanel {
  /** The panel on the canvas, CSS px. */
  rect: Rect;
  /** The single-stage layout's size for this panel, and how far that layout moves onto it. */
  layoutW: number;
  layoutH: number;
  dx: number;
  dy: number;
}

export interface ChainPlan {
  direction: ChainDirection;
  panels: ChainPanel[];
}

/**
 * The single-stage layout width whose part from the well's column on is `w` wide: a later stage's
 * panel then holds its well, consumers and sink, and nothing of the producer's columns.
 */
function laterLayoutWidth(w: number, h: number, options: LayoutOptions): number {
  let vw = w / 0.7;
  for (let i = 0; i < 4; i++) vw = w + wellColumnX(vw, h, options);
  return Math.round(vw);
}

function later(rect: Rect, options: LayoutOptions): ChainPanel {
  const layoutW = laterLayoutWidth(rect.w, rect.h, options);
  return {
    rect,
    layoutW,
    layoutH: rect.h,
    dx: rect.x + rect.w - layoutW,
    dy: rect.y,
  };
}

/** Places `stages` panels on a `width` × `height` canvas. */
export function planChain(
  width: number,
  height: number,
  stages: number,
  options: LayoutOptions = {},
): ChainPlan {
  const n = Math.max(1, stages);
  const fontScale = options.fontScale ?? 1;
  const first = (rect: Rect): ChainPanel => ({
    rect,
    layoutW: rect.w,
    layoutH: rect.h,
    dx: rect.x,
    dy: rect.y,
  });
  if (n === 1 || chainFitsRow(width, n, fontScale)) {
    // The first stage carries the producer and the bin: it takes a larger share of the row.
    const room = width - (n - 1) * LINK_GAP;
    const firstW = n === 1 ? width : Math.round((room * 1.4) / (1.4 + (n - 1)));
    const laterW = n === 1 ? 0 : (room - firstW) / (n - 1);
    const panels: ChainPanel[] = [first({ x: 0, y: 0, w: firstW, h: height })];
    let x = firstW + LINK_GAP;
    for (let i = 1; i < n; i++) {
      const w = i === n - 1 ? width - x : Math.round(laterW);
      panels.push(later({ x, y: 0, w, h: height }, options));
      x += w + LINK_GAP;
    }
    return { direction: 'row', panels };
  }
  // A column: the first stage as tall as a single stage, each later one a band below, scaled
  // together when the canvas is shorter than asked for.
  const k = Math.min(1.25, Math.max(1, fontScale));
  const firstH = stageHeightFor(width, fontScale);
  const bandH = Math.round(LATER_BAND_H * k);
  const fit = Math.min(1, height / (firstH + (n - 1) * bandH));
  const panels: ChainPanel[] = [first({ x: 0, y: 0, w: width, h: Math.round(firstH * fit) })];
  let y = Math.round(firstH * fit);
  for (let i = 1; i < n; i++) {
    const h = i === n - 1 ? height - y : Math.round(bandH * fit);
    panels.push(later({ x: 0, y, w: width, h }, options));
    y += h;
  }
  return { direction: 'column', panels };
}

/** The well's grid for a panel (the single stage's rule, for the panel's layout size). */
export function panelGrid(
  panel: ChainPanel,
  capacity: number | null,
  lanes: number,
  options: LayoutOptions = {},
): WellGrid {
  return gridForSpace(panel.layoutW, panel.layoutH, capacity, lanes, options);
}

/** A panel's layout: the single stage's, for the panel's size, moved onto the panel. */
export function panelLayout(
  panel: ChainPanel,
  grid: WellGrid,
  options: LayoutOptions = {},
): StageLayout {
  return shiftLayout(
    computeStageLayout(panel.layoutW, panel.layoutH, grid, {
      ...options,
      // A later panel's link comes down into its well from the box above: it stands on its floor.
      wellOnFloor: panel.dx !== 0 || panel.dy !== 0,
    }),
    panel.dx,
    panel.dy,
  );
}

const move = (r: Rect, dx: number, dy: number): Rect => ({
  x: r.x + dx,
  y: r.y + dy,
  w: r.w,
  h: r.h,
});
const moveLine = (
  s: { x0: number; y0: number; x1: number; y1: number },
  dx: number,
  dy: number,
) => ({ x0: s.x0 + dx, y0: s.y0 + dy, x1: s.x1 + dx, y1: s.y1 + dy });

/** `l` moved by (dx, dy): every place in it, none of its sizes. */
export function shiftLayout(l: StageLayout, dx: number, dy: number): StageLayout {
  const wire = new Float64Array(l.wire.length);
  for (let i = 0; i < wire.length; i++) wire[i] = (l.wire[i] as number) + (i % 2 === 0 ? dx : dy);
  return {
    ...l,
    producer: move(l.producer, dx, dy),
    lightX: l.lightX + dx,
    lightY: l.lightY + dy,
    exitX: l.exitX + dx,
    exitY: l.exitY + dy,
    credit: move(l.credit, dx, dy),
    tray: move(l.tray, dx, dy),
    bin: move(l.bin, dx, dy),
    conveyor: moveLine(l.conveyor, dx, dy),
    outBelt: moveLine(l.outBelt, dx, dy),
    wellArea: move(l.wellArea, dx, dy),
    mouthY: l.mouthY + dy,
    well: move(l.well, dx, dy),
    markX: l.markX + dx,
    gauge: move(l.gauge, dx, dy),
    workers: move(l.workers, dx, dy),
    sink: move(l.sink, dx, dy),
    wire,
    captionY1: l.captionY1 + dy,
    captionY2: l.captionY2 + dy,
    captionY3: l.captionY3 + dy,
    captionExtra: l.captionExtra.map((y) => y + dy),
    markKeyY: l.markKeyY === null ? null : l.markKeyY + dy,
    // Only a layout moved down says so: one left in place is the single stage's own.
    ...(dy === 0 ? {} : { offsetY: (l.offsetY ?? 0) + dy }),
  };
}
