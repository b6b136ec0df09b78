/**
 * The queue as a Tetris well: cells, the packed rows (striped bundles) of a long queue, the marks for its head
 * (next to leave) and tail (newest), walls that turn red when it is full, the memory gauge of an
 * unbounded queue, the flash and banner of an out-of-memory crash, and the caption under its floor.
 * Every number here is the published one (the live cards' readout), not the frame's snapshot.
 */
import { formatNumber } from '../../domain/format.ts';
import {
  packedCellNewsWords,
  packedCellWords,
  packedKeyWords,
  PRIORITY_KEY,
  rateLimitWaitWords,
} from '../../domain/stageWords.ts';
import { DROP_REASONS } from '../../sim/types.ts';
import { formatBytes, formatCount } from '../format.ts';
import { label, labelBox, measure, type Pen } from '../labels.ts';
import { blockIndex, type BlockPaint } from '../paint.ts';
import type { StageScene } from '../scene.ts';
import type { FontSpec } from '../stageLayout.ts';
import { panel, type Ctx2D } from './ctx.ts';
import { drawOne } from './blocks.ts';

const FLUSHED = DROP_REASONS.indexOf('flushed');
const CAP_DASH = [6, 4];
const TAIL_DASH = [3, 2];
/** A cell taken by the newcomer on its way in: finer than the newest's ring, not taken for it. */
const SPOKEN_DASH = [2, 2];
const NO_DASH: number[] = [];

/** Whether the queue is at its limit: the moment the reader should notice. */
export function wellIsFull(scene: StageScene): boolean {
  const s = scene.snapshot;
  if (s.capacity !== null) return s.waiting >= s.capacity;
  return s.memoryBudgetBytes !== null && s.memoryBytes >= s.memoryBudgetBytes * 0.9;
}

export function drawWellBack(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const w = l.well;
  const g = scene.grid;
  const c = l.cell;
  ctx.fillStyle = theme.wellBg;
  ctx.fillRect(w.x, w.y, w.w, w.h);

  // Faint cell lines, in one stroke.
  if (c >= 8) {
    ctx.beginPath();
    for (let i = 1; i < g.cols; i++) {
      ctx.moveTo(w.x + i * c + 0.5, w.y);
      ctx.lineTo(w.x + i * c + 0.5, w.y + w.h);
    }
    for (let r = 1; r < g.rows; r++) {
      ctx.moveTo(w.x, w.y + r * c + 0.5);
      ctx.lineTo(w.x + w.w, w.y + r * c + 0.5);
    }
    ctx.lineWidth = 1;
    ctx.strokeStyle = theme.grid;
    ctx.stroke();
  }
  if (g.lanes > 1) {
    ctx.beginPath();
    for (let i = 1; i < g.lanes; i++) {
      const x = w.x + i * g.colsPerLane * c + 0.5;
      ctx.moveTo(x, w.y);
      ctx.lineTo(x, w.y + w.h);
    }
    // Partitions are apart: a firm line between them.
    ctx.lineWidth = 2;
    ctx.strokeStyle = theme.panelEdge;
    ctx.stroke();
  }
  drawUnavailable(pen, scene);
  drawPacked(pen, scene);
  drawSpokenFor(pen, scene);
}

/**
 * The cells the caption counts whose block is still on its way (the newcomer over the mouth): taken,
 * a faint square of the block's colour with a dashed edge, so a reader counting the cells finds the
 * caption's number (a reader saw "20 of 20 waiting" over a well with one cell empty).
 */
function drawSpokenFor(pen: Pen, scene: StageScene): void {
  const { ctx, palette } = pen;
  for (const s of scene.spokenFor) {
    const colour = (palette.blocks[blockIndex(palette, s.style)] as BlockPaint).color;
    const h = s.size / 2;
    ctx.globalAlpha = 0.3;
    ctx.fillStyle = colour;
    ctx.fillRect(s.x - h, s.y - h, s.size, s.size);
    ctx.globalAlpha = 1;
    ctx.setLineDash(SPOKEN_DASH);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = colour;
    ctx.strokeRect(s.x - h + 0.75, s.y - h + 0.75, s.size - 1.5, s.size - 1.5);
    ctx.setLineDash(NO_DASH);
  }
}

/** Cells past the capacity in the top row are hatched: there is no room there. */
function drawUnavailable(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const g = scene.grid;
  if (g.lanes !== 1 || g.capacity === null || !g.fitsCapacity) return;
  const l = scene.layout;
  const total = g.cols * g.rows;
  if (g.capacity >= total) return;
  ctx.beginPath();
  for (let i = Math.max(0, g.capacity); i < total; i++) {
    const row = Math.floor(i / g.cols);
    const within = i - row * g.cols;
    const col = row % 2 === 0 ? g.cols - 1 - within : within;
    const x = l.well.x + col * l.cell;
    const y = l.well.y + l.well.h - (row + 1) * l.cell;
    ctx.moveTo(x, y + l.cell);
    ctx.lineTo(x + l.cell, y);
    ctx.moveTo(x, y + l.cell / 2);
    ctx.lineTo(x + l.cell / 2, y);
    ctx.moveTo(x + l.cell / 2, y + l.cell);
    ctx.lineTo(x + l.cell, y + l.cell / 2);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.panelEdge;
  ctx.stroke();
}

/**
 * A long queue's oldest messages, packed into cells at the bottom (filled from the exit side). Each is
 * drawn as a bundle, thin bars stacked with gaps between them, not a filled square: readers took the
 * plain grey squares they were for grey messages (a key's colour), one message each. Nothing is
 * written on them (the caption under the well says what a cell holds, once): a "×20" chip over the
 * rows covered the cells beside it, and a last cell marked "×3" under a caption saying 20 made a
 * reader ask which number a cell held. A lane's last cell, when it holds fewer, is drawn as full as
 * it is: its bars filled from the bottom to its share, their outline above.
 */
function drawPacked(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const g = scene.grid;
  const c = l.cell;
  const cellAt = (lane: number, k: number) => {
    const row = Math.floor(k / g.colsPerLane);
    const col = (lane + 1) * g.colsPerLane - 1 - (k - row * g.colsPerLane);
    return { x: l.well.x + col * c, y: l.well.y + l.well.h - (row + 1) * c };
  };
  ctx.beginPath();
  let any = false;
  for (let lane = 0; lane < scene.piles.length; lane++) {
    const pile = scene.piles[lane];
    if (pile === undefined || pile.packedCells <= 0) continue;
    const share = packedCellShare(pile, scene.packUnit);
    for (let k = 0; k < pile.packedCells; k++) {
      const at = cellAt(lane, k);
      bundlePath(ctx, at.x, at.y, c, k === pile.packedCells - 1 ? share : 1);
      any = true;
    }
  }
  if (!any) return;
  ctx.fillStyle = theme.stack;
  ctx.fill();
  // The outline of a part-filled cell's bars: the room left in it.
  ctx.beginPath();
  let partial = false;
  for (let lane = 0; lane < scene.piles.length; lane++) {
    const pile = scene.piles[lane];
    if (pile === undefined || packedCellShare(pile, scene.packUnit) >= 1) continue;
    const at = cellAt(lane, pile.packedCells - 1);
    bundlePath(ctx, at.x + 0.5, at.y + 0.5, c - 1);
    partial = true;
  }
  if (!partial) return;
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.stack;
  ctx.stroke();
}

/**
 * Under the well: a small striped cell, then the first of `wordings` ("×20 messages") that fits
 * beside it, centred; as a legend's key says it. Returns whether they were drawn.
 */
function drawPackedKey(
  pen: Pen,
  scene: StageScene,
  wordings: readonly string[],
  font: FontSpec,
  news: boolean,
): boolean {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const area = l.wellArea;
  const size = l.fonts.smallPx;
  const gap = 4;
  const words = wordings.find((w) => size + gap + measure(ctx, font, w) <= area.w);
  if (words === undefined) return false;
  const total = size + gap + measure(ctx, font, words);
  const x = area.x + (area.w - total) / 2;
  const y = l.captionY2 - font.px * 0.8;
  ctx.beginPath();
  bundlePath(ctx, x, y, size);
  ctx.fillStyle = theme.stack;
  ctx.fill();
  ctx.font = font.css;
  ctx.fillStyle = news ? theme.fg : theme.muted;
  ctx.textAlign = 'left';
  ctx.fillText(words, x + size + gap, l.captionY2);
  // Recorded as one label, the striped cell with its words: it says their first half, and whatever
  // keeps off the words (the tour's ring round the caption) keeps off it too; a ring drawn round the
  // words alone cut through the cell (a phone's "×5 messages").
  const box = labelBox(x, l.captionY2, total, font.px, 'left');
  pen.labels.add(words, box.x, Math.min(box.y, y), box.w, Math.max(box.h, size), font.px, false);
  return true;
}

/**
 * The bars of one packed cell at (x, y), as rectangles on the current path: three (two in a tiny
 * cell), the middle one set off to the side, like a stack of sheets. `share` below 1: only their
 * parts below that share of the bars' height, from the bottom (a cell holding fewer than the rest).
 */
export function bundlePath(ctx: Ctx2D, x: number, y: number, c: number, share = 1): void {
  const bars = c >= 10 ? 3 : 2;
  const inset = Math.max(1, c * 0.1);
  const gap = Math.max(1.5, c * 0.1);
  const h = (c - 2 * inset - (bars - 1) * gap) / bars;
  const shift = c * 0.08;
  const w = c - 2 * inset - shift;
  const bottom = y + c - inset;
  // Never less than a sliver: a cell holding one message is not empty.
  const level = share >= 1 ? y : Math.min(bottom - 1, bottom - share * (c - 2 * inset));
  for (let b = 0; b < bars; b++) {
    const dx = b % 2 === 1 ? shift : 0;
    const top = y + inset + b * (h + gap);
    const from = Math.max(top, level);
    if (from < top + h) ctx.rect(x + inset + dx, from, w, top + h - from);
  }
}

/** What a lane's last packed cell holds when that is fewer than `unit`, else null. */
export function partialCellCount(
  pile: { packed: number; packedCells: number },
  unit: number,
): number | null {
  if (pile.packedCells <= 0 || unit <= 1) return null;
  const last = pile.packed - (pile.packedCells - 1) * unit;
  return last > 0 && last < unit ? last : null;
}

/** How full a lane's last packed cell is, 0–1 (1: as full as the others). */
export function packedCellShare(
  pile: { packed: number; packedCells: number },
  unit: number,
): number {
  const last = partialCellCount(pile, unit);
  return last === null ? 1 : last / unit;
}

/**
 * The head (next to leave) and the tail (newest) of each lane: a solid ring and a dashed ring round
 * their blocks, and, for a single queue where there is room, "next" and "newest" beside the wall.
 */
export function drawMarks(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const c = l.cell;
  const h = c / 2;
  const single = scene.marks.length === 1;
  for (const m of scene.marks) {
    if (!Number.isNaN(m.headX)) {
      ctx.lineWidth = 2;
      ctx.strokeStyle = theme.fg;
      ctx.strokeRect(m.headX - h + 1, m.headY - h + 1, c - 2, c - 2);
    }
    // The newest of each partition goes unmarked: six rings in three partitions were too many.
    if (single && !Number.isNaN(m.tailX)) {
      ctx.setLineDash(TAIL_DASH);
      ctx.lineWidth = 2;
      ctx.strokeStyle = theme.fg;
      ctx.strokeRect(m.tailX - h + 1, m.tailY - h + 1, c - 2, c - 2);
      ctx.setLineDash(NO_DASH);
    }
  }
  const m = scene.marks[0];
  if (!single || m === undefined) return;
  // Pointers at the wall, and the words where the gutter has room for them.
  const x = l.markX;
  const f = l.fonts;
  const pointer = (y: number, filled: boolean) => drawPointer(pen, x, y, c, filled);
  const room = l.gauge.w > 0 ? l.gauge.x - 4 - (x + 10) : l.workers.x - 6 - (x + 10);
  const rowY = (y: number) => y + f.smallPx * 0.36;
  // Beside the wall only while the block is inside the well (a newcomer may still be falling in).
  const inside = (y: number) => y >= l.well.y + c * 0.4 && y <= l.well.y + l.well.h;
  const headRow = Number.isNaN(m.headY) || !inside(m.headY) ? Number.NaN : m.headY;
  if (!Number.isNaN(headRow)) {
    pointer(headRow, true);
    if (l.markWords)
      label(pen, ['next', ''], x + 10, rowY(headRow), f.smallBold, theme.fg, 'left', room);
  }
  // At the newest's row, also while it waits over the mouth for its step into it.
  const tailRow = Number.isNaN(m.tailRowY) ? m.tailY : m.tailRowY;
  if (!Number.isNaN(tailRow) && inside(tailRow)) {
    // Words for the tail only where they do not run into the head's.
    const apart = Number.isNaN(headRow) || Math.abs(tailRow - headRow) >= f.smallPx * 1.2;
    pointer(tailRow, false);
    if (l.markWords && apart)
      label(pen, ['newest', ''], x + 10, rowY(tailRow), f.small, theme.fg, 'left', room);
  }
}

/** A mark's pointer, its tip at (x, y) facing left: solid for the next, open for the newest. */
function drawPointer(pen: Pen, x: number, y: number, cell: number, filled: boolean): void {
  const { ctx, theme } = pen;
  const s = Math.min(6, cell * 0.3);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + s * 1.3, y - s);
  ctx.lineTo(x + s * 1.3, y + s);
  ctx.closePath();
  if (filled) {
    ctx.fillStyle = theme.fg;
    ctx.fill();
  } else {
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = theme.fg;
    ctx.stroke();
  }
}

/**
 * The pointers' key on a line under the caption, centred under the well: "◀ next  ◁ newest", each
 * pointer drawn as beside the wall. Where even that has no room, the words alone ("next", "newest").
 */
function markKey(pen: Pen, scene: StageScene, y: number): void {
  const pointer = (at: number, filled: boolean, px: number) =>
    drawPointer(pen, px, at, l.cell, filled);
  const l = scene.layout;
  const f = l.fonts;
  const area = l.wellArea;
  const s = Math.min(6, l.cell * 0.3) * 1.3;
  const gap = 4;
  const next = measure(pen.ctx, f.smallBold, 'next');
  const newest = measure(pen.ctx, f.small, 'newest');
  const between = 12;
  const total = s + gap + next + between + s + gap + newest;
  const withPointers = total <= area.w;
  const w = withPointers ? total : next + between + newest;
  let x = area.x + (area.w - w) / 2;
  const mid = y - f.smallPx * 0.36;
  if (withPointers) {
    pointer(mid, true, x);
    x += s + gap;
  }
  label(pen, 'next', x, y, f.smallBold, pen.theme.fg, 'left');
  x += next + between;
  if (withPointers) {
    pointer(mid, false, x);
    x += s + gap;
  }
  label(pen, 'newest', x, y, f.small, pen.theme.fg, 'left');
}

export function drawWellFront(pen: Pen, scene: StageScene): void {
  const { ctx, theme, palette } = pen;
  const l = scene.layout;
  const w = l.well;
  const full = wellIsFull(scene);

  // Momentary flashes: red for a crash, the flush colour for drop-all.
  if (scene.crashFlash > 0) {
    ctx.globalAlpha = 0.6 * scene.crashFlash;
    ctx.fillStyle = theme.danger;
    ctx.fillRect(w.x, w.y, w.w, w.h);
    ctx.globalAlpha = 1;
  }
  if (scene.flushFlash > 0) {
    ctx.globalAlpha = 0.45 * scene.flushFlash;
    ctx.fillStyle = palette.reasons[FLUSHED]?.color ?? theme.warn;
    ctx.fillRect(w.x, w.y, w.w, w.h);
    ctx.globalAlpha = 1;
  }

  drawCapacityStep(pen, scene);
  drawPartitionGaps(pen, scene);

  // Walls and floor: a U, red and heavier when the queue is full.
  const wall = Math.max(3, Math.min(6, l.cell * 0.18));
  ctx.lineWidth = full ? wall + 1 : wall;
  ctx.strokeStyle = full ? theme.danger : theme.panelEdge;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(w.x - wall / 2, w.y - l.cell * 0.3);
  ctx.lineTo(w.x - wall / 2, w.y + w.h + wall / 2);
  ctx.lineTo(w.x + w.w + wall / 2, w.y + w.h + wall / 2);
  ctx.lineTo(w.x + w.w + wall / 2, w.y - l.cell * 0.3);
  ctx.stroke();
  ctx.lineJoin = 'miter';

  drawGauge(pen, scene);
}

/**
 * The caption under the floor, drawn after everything that moves (a block pushed out through the
 * floor passes behind it): how many wait, and what a block, or a packed cell, stands for. And the
 * crash banner over the emptied well, likewise over the lost blocks falling away under it.
 */
/** How far the caption's second line keeps from the memory gauge, px: a ring's border and more. */
const GAUGE_CLEAR = 12;

export function drawWellCaption(pen: Pen, scene: StageScene): void {
  if (scene.numbers.crashed) drawCrashBanner(pen, scene);
  drawPartitionNames(pen, scene);
  const { ctx, theme } = pen;
  const l = scene.layout;
  const s = scene.snapshot;
  const n = scene.numbers;
  const f = l.fonts;
  const full = wellIsFull(scene);
  const waiting = formatCount(n.waiting);
  const lanes = scene.grid.lanes;
  const line1 =
    s.capacity === null
      ? lanes > 1
        ? [`${waiting} waiting in ${lanes} partitions`, `${waiting} waiting`, waiting]
        : full
          ? // Red with no limit: the memory, not the queue, is nearly used up (a reader read red
            // walls over "no limit" as "full" against "no limit").
            [`${waiting} waiting · memory nearly full`, `${waiting} waiting`, waiting]
          : [`${waiting} waiting · no limit`, `${waiting} waiting`, waiting]
      : [
          `${waiting} of ${formatCount(s.capacity)} waiting`,
          `${waiting} / ${formatCount(s.capacity)} waiting`,
          `${waiting} / ${formatCount(s.capacity)}`,
        ];
  const area = l.wellArea;
  const cx = area.x + area.w / 2;
  const memoryLine = l.compact && s.memoryBudgetBytes !== null;
  const last = l.markKeyY ?? l.captionExtra.at(-1) ?? (memoryLine ? l.captionY3 : l.captionY2);
  ctx.fillStyle = theme.bg;
  ctx.fillRect(area.x, l.captionY1 - f.bodyPx, area.w, last - l.captionY1 + f.bodyPx * 1.3);
  label(pen, line1, cx, l.captionY1, f.bold, full ? theme.danger : theme.fg, 'center', area.w);
  let line2: readonly string[];
  // The second line keeps clear of the memory gauge beside the well (a scale's whole phrase ran
  // under it, and the tour's ring round the queue, which holds the queue's words, took the gauge in).
  const line2Room =
    l.gauge.w > 0 ? Math.max(0, Math.min(area.w, 2 * (l.gauge.x - GAUGE_CLEAR - cx))) : area.w;
  // A scale that just grew stands out a while, so a reader comparing cells knows they changed.
  const news = scene.packUnitNews && scene.packUnit > 1;
  if (scene.packUnit > 1) {
    const unit = formatCount(scene.packUnit);
    const words = packedCellWords(unit);
    line2 = [...(scene.packUnitNews ? packedCellNewsWords(unit) : []), ...words];
    // Where the whole phrase has no room (a phone), a picture of a striped cell says the first half.
    const font = news ? f.smallBold : f.small;
    // (A phrase that names the striped cell: "each striped cell holds 20" will do.)
    const named = (w: string) => w.startsWith('each striped cell');
    const whole = [
      ...words.filter(named),
      ...(news ? packedCellNewsWords(unit).filter(named) : []),
    ];
    if (!whole.some((w) => w !== undefined && measure(ctx, font, w) <= line2Room)) {
      if (drawPackedKey(pen, scene, packedKeyWords(unit, news), font, news)) line2 = [];
    }
  } else {
    line2 = ['each block is one message', 'block = message', ''];
  }
  const line2Font = news ? f.smallBold : f.small;
  // Clear of the gauge when some wording fits there; else the whole column, as before (a compare
  // column's narrow well had no wording that fit beside its gauge, and "5 per cell" was cut short).
  const room = line2.some((w) => w !== '' && measure(ctx, line2Font, w) <= line2Room)
    ? line2Room
    : area.w;
  if (line2.length > 0)
    label(pen, line2, cx, l.captionY2, line2Font, news ? theme.fg : theme.muted, 'center', room);
  if (memoryLine && s.memoryBudgetBytes !== null) {
    // The memory held now; nothing while the crashed consumer restarts, and it says so, and that it
    // is the memory (a reader saw "restarting" alone and could not tell what restarted); on the
    // narrowest phone, that the memory ran out (the banner over the well says when it is back).
    const used = formatBytes(n.memoryBytes);
    const budget = formatBytes(s.memoryBudgetBytes);
    label(
      pen,
      n.crashed
        ? ['memory: restarting', 'memory ran out']
        : [`memory ${used} of ${budget}`, `${used} of ${budget}`, used],
      cx,
      l.captionY3,
      f.small,
      theme.muted,
      'center',
      area.w,
    );
  }
  drawExtraCaptions(pen, scene);
  // A single queue's pointers, keyed where no words stand beside them (several lanes have none).
  if (l.markKeyY !== null && scene.marks.length === 1) markKey(pen, scene, l.markKeyY);
}

/**
 * The lines the layout adds under the caption (LayoutOptions.extraLines), in this order: how many the
 * rate limit holds back before the queue, then the priorities' key. Each where its line was kept.
 */
function drawExtraCaptions(pen: Pen, scene: StageScene): void {
  const l = scene.layout;
  let line = 0;
  if (scene.limitWaits !== null) {
    const y = l.captionExtra[line++];
    if (y === undefined) return;
    const n = scene.numbers.rateDelayed;
    const area = l.wellArea;
    label(
      pen,
      rateLimitWaitWords(formatCount(n), formatCount(scene.limitWaits)),
      area.x + area.w / 2,
      y,
      n > 0 ? l.fonts.smallBold : l.fonts.small,
      n > 0 ? pen.theme.fg : pen.theme.muted,
      'center',
      area.w,
    );
  }
  if (scene.priorityLevels > 1) {
    const y = l.captionExtra[line++];
    if (y !== undefined) drawPriorityKey(pen, scene, y);
  }
}

/** "priority: low ■ ● ▲ high", centred under the well: the marks as the well draws the levels. */
function drawPriorityKey(pen: Pen, scene: StageScene, y: number): void {
  const { ctx, theme, palette } = pen;
  const l = scene.layout;
  const f = l.fonts.small;
  const area = l.wellArea;
  const size = Math.max(10, Math.round(l.fonts.smallPx * 1.05));
  const gap = Math.max(3, Math.round(size * 0.3));
  const marks = scene.priorityLevels * size + (scene.priorityLevels - 1) * gap;
  const tailW = measure(ctx, f, PRIORITY_KEY.tail);
  const lead =
    PRIORITY_KEY.lead.find((t) => measure(ctx, f, t) + marks + tailW + 4 * gap <= area.w) ??
    PRIORITY_KEY.lead[1];
  const leadW = measure(ctx, f, lead);
  const total = leadW + marks + tailW + 4 * gap;
  let x = area.x + Math.max(0, (area.w - total) / 2);
  label(pen, lead, x, y, f, theme.muted, 'left');
  x += leadW + 2 * gap;
  const cy = y - l.fonts.smallPx * 0.35;
  for (let level = 0; level < scene.priorityLevels; level++) {
    drawOne(ctx, theme, palette, x + size / 2, cy, size, level, -1, 1);
    x += size + gap;
  }
  label(pen, PRIORITY_KEY.tail, x + gap, y, f, theme.muted, 'left');
}

/** The gap between two partitions, px: wide enough to read as two wells side by side. */
export function partitionGap(cell: number): number {
  return Math.max(4, Math.round(cell * 0.16));
}

/**
 * Partitions stand apart: between two, a gap of the page's ground with a wall on each side, from
 * the rim to the floor, over the blocks' edges. A reader saw one well of six columns where there
 * were three partitions of two (a thin line between them was all that set them apart).
 */
function drawPartitionGaps(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const g = scene.grid;
  if (g.lanes <= 1) return;
  const l = scene.layout;
  const w = l.well;
  const c = l.cell;
  const gap = partitionGap(c);
  const top = w.y - c * 0.3;
  ctx.fillStyle = theme.bg;
  for (let i = 1; i < g.lanes; i++) {
    const x = w.x + i * g.colsPerLane * c;
    ctx.fillRect(x - gap / 2, top, gap, w.y + w.h - top);
  }
  ctx.beginPath();
  for (let i = 1; i < g.lanes; i++) {
    const x = w.x + i * g.colsPerLane * c;
    for (const side of [-1, 1]) {
      ctx.moveTo(x + (side * gap) / 2, top);
      ctx.lineTo(x + (side * gap) / 2, w.y + w.h);
    }
  }
  ctx.lineWidth = 2;
  ctx.strokeStyle = theme.panelEdge;
  ctx.stroke();
}

/**
 * Each partition's name over its mouth, above the blocks riding in ("partition 1", or "P1" where a
 * partition is narrow), so a reader can tell them apart and match them to the legend.
 */
function drawPartitionNames(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const g = scene.grid;
  if (g.lanes <= 1) return;
  const l = scene.layout;
  const f = l.fonts;
  const c = l.cell;
  const laneW = g.colsPerLane * c;
  const room = laneW - partitionGap(c) - 2;
  // Over the pipe's blocks where it meets the well, and the walls' tops.
  const baseline = Math.min(l.mouthY - c / 2, l.well.y - c * 0.3) - 4;
  // Up into the band of the feedback wire where there is none (Kafka has none).
  const ceiling = scene.feedback === 'none' ? (l.offsetY ?? 0) + 4 : l.wellArea.y;
  if (baseline - f.smallPx < ceiling) return;
  const long = measure(ctx, f.small, `partition ${g.lanes}`) <= room;
  for (let i = 0; i < g.lanes; i++) {
    const text = long ? `partition ${i + 1}` : `P${i + 1}`;
    if (measure(ctx, f.small, text) > room) return;
    label(pen, text, l.well.x + (i + 0.5) * laneW, baseline, f.small, theme.muted, 'center');
  }
}

/** A part-filled top row: the capacity steps down where the hatched cells begin. */
function drawCapacityStep(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const g = scene.grid;
  const l = scene.layout;
  if (g.lanes !== 1 || g.capacity === null || !g.fitsCapacity) return;
  const row = Math.floor(g.capacity / g.cols);
  const rem = g.capacity - row * g.cols;
  if (rem === 0) return;
  const w = l.well;
  const c = l.cell;
  const y = w.y + w.h - row * c;
  const yUp = y - c;
  const fromRight = row % 2 === 0;
  const split = fromRight ? w.x + w.w - rem * c : w.x + rem * c;
  ctx.beginPath();
  if (fromRight) {
    ctx.moveTo(w.x, y);
    ctx.lineTo(split, y);
    ctx.lineTo(split, yUp);
    ctx.lineTo(w.x + w.w, yUp);
  } else {
    ctx.moveTo(w.x, yUp);
    ctx.lineTo(split, yUp);
    ctx.lineTo(split, y);
    ctx.lineTo(w.x + w.w, y);
  }
  ctx.setLineDash(CAP_DASH);
  ctx.lineWidth = 2;
  ctx.strokeStyle = theme.capacityLine;
  ctx.stroke();
  ctx.setLineDash(NO_DASH);
}

/**
 * The memory gauge: the bytes the queue holds now (the published number, as the caption's count)
 * against the budget. While the crashed consumer restarts it holds nothing: the gauge greys out and
 * says so, rather than keep showing the overflow that is already gone.
 */
function drawGauge(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const s = scene.snapshot;
  const n = scene.numbers;
  const l = scene.layout;
  const g = l.gauge;
  if (s.memoryBudgetBytes === null || g.w <= 0) return;
  const f = l.fonts;
  const budget = s.memoryBudgetBytes;
  const restarting = n.crashed;
  const used = n.memoryBytes;
  const frac = Math.min(1, used / budget);
  const colour = restarting
    ? theme.muted
    : frac >= 0.9
      ? theme.danger
      : frac >= 0.7
        ? theme.warn
        : theme.ok;
  ctx.fillStyle = theme.wellBg;
  ctx.fillRect(g.x, g.y, g.w, g.h);
  ctx.fillStyle = colour;
  const h = g.h * frac;
  ctx.fillRect(g.x, g.y + g.h - h, g.w, h);
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.panelEdge;
  ctx.strokeRect(g.x + 0.5, g.y + 0.5, g.w - 1, g.h - 1);
  ctx.beginPath();
  ctx.moveTo(g.x - 3, g.y + 0.5);
  ctx.lineTo(g.x + g.w + 3, g.y + 0.5);
  ctx.lineWidth = 2;
  ctx.strokeStyle = restarting ? theme.panelEdge : theme.danger;
  ctx.stroke();
  if (l.compact) return; // the caption says it on a phone
  // Read-outs above the gauge, right-aligned to it, in the room over the marks' gutter.
  const right = g.x + g.w;
  const room = right - (l.well.x + l.well.w + 4);
  const top = g.y - 6;
  // Restarting, the queue holds nothing and the budget is beside the point: the word alone ("of
  // 1 MB" under "restarting" read as a sentence, "restarting of 1 MB").
  // Short of room for it in bold, in the plain face; short of that, the banner over the well says it.
  // Two lines, "memory" over "restarting": the word alone did not say what restarts, or why.
  if (restarting) {
    const bold = measure(ctx, f.smallBold, 'restarting') <= room;
    if (!bold && measure(ctx, f.small, 'restarting') > room) return;
    label(pen, 'restarting', right, top, bold ? f.smallBold : f.small, colour, 'right', room);
    label(pen, 'memory', right, top - f.smallPx * 1.25, f.small, theme.muted, 'right', room);
    return;
  }
  label(
    pen,
    [`of ${formatBytes(budget)} memory`, `of ${formatBytes(budget)}`],
    right,
    top,
    f.small,
    theme.muted,
    'right',
    room,
  );
  label(pen, formatBytes(used), right, top - f.smallPx * 1.25, f.smallBold, colour, 'right', room);
}

/**
 * Where the crash banner may spread: over the well, from wall to wall. Never past them towards the
 * memory gauge beside the well (it shows the overflow that caused the crash; at 1280 px the banner
 * ran on to it) or past the column's edges.
 */
export function crashBannerRoom(l: StageScene['layout']): { x: number; w: number } {
  const wall = Math.max(3, Math.min(6, l.cell * 0.18));
  const left = Math.max(l.wellArea.x + 2, l.well.x - wall);
  const right = Math.min(
    l.gauge.w > 0 ? l.gauge.x - 3 - 3 : l.wellArea.x + l.wellArea.w - 2,
    l.well.x + l.well.w + wall,
  );
  return { x: left, w: Math.max(0, right - left) };
}

/** What the crash banner adds: until the consumer is back, every message that arrives is lost. */
export const ARRIVALS_LOST = 'new arrivals lost too';

/** Over the emptied well while the consumer is down: what happened, and when it comes back. */
function drawCrashBanner(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const n = scene.numbers;
  const f = l.fonts;
  const restart =
    n.restartAt === null
      ? 'restarting'
      : // In the words and the form the card uses ("restarting in 0.51 s"), so the two read alike.
        `restarting in ${formatNumber(Math.max(0, n.restartAt - n.timeMs) / 1000, 2)} s`;
  const oneLine = `consumer down, ${restart}`;
  const room = crashBannerRoom(l);
  const w = Math.min(room.w, Math.max(l.well.w, measure(ctx, f.small, oneLine) + 16));
  const two = measure(ctx, f.small, oneLine) > w - 12;
  // Too narrow for "consumer down," on a line: the heading says it; only when it comes back follows.
  const brief = two && measure(ctx, f.small, 'consumer down,') > w - 8;
  // Where it fits, that what arrives while it is down is lost too: a reader saw Lost climb past
  // "all waiting lost" (194 waited, 376 lost) and took the count for wrong.
  const arrivals = !brief && measure(ctx, f.small, ARRIVALS_LOST) <= w - 8;
  const seconds = restart.replace('restarting in ', '');
  const split = two && n.restartAt !== null && measure(ctx, f.small, `back in ${seconds}`) > w - 8;
  const lines = 1 + (two && !brief ? 1 : 0) + (split ? 1 : 0);
  const h = f.bodyPx * 1.6 + f.smallPx * (0.1 + 1.3 * lines) + (arrivals ? f.smallPx * 1.3 : 0) + 6;
  const x = Math.min(Math.max(room.x, l.well.x + l.well.w / 2 - w / 2), room.x + room.w - w);
  const y = l.well.y + l.well.h / 2 - h / 2;
  panel(ctx, x, y, w, h, theme.danger, theme.danger);
  pen.labels.addBanner({ kind: 'banner', text: 'Crashed', x, y, w, h, on: 'well' });
  const cx = x + w / 2;
  let baseline = y + f.bodyPx * 1.3;
  label(pen, ['Out of memory', 'Crashed'], cx, baseline, f.bold, '#ffffff', 'center', w - 8);
  baseline += f.smallPx * 1.4;
  if (!two) {
    label(pen, oneLine, cx, baseline, f.small, '#ffffff', 'center', w - 8);
    if (arrivals)
      label(
        pen,
        ARRIVALS_LOST,
        cx,
        baseline + f.smallPx * 1.3,
        f.small,
        '#ffffff',
        'center',
        w - 8,
      );
    return;
  }
  if (!brief) {
    label(pen, 'consumer down,', cx, baseline, f.small, '#ffffff', 'center', w - 8);
    baseline += f.smallPx * 1.3;
  }
  // Short of room even for that, "back in" over the seconds: a bare "1.5 s" under "Crashed" read
  // as neither the time since nor the time to go (a reader on a phone).
  if (split) {
    label(pen, 'back in', cx, baseline, f.small, '#ffffff', 'center', w - 8);
    baseline += f.smallPx * 1.3;
    label(pen, seconds, cx, baseline, f.small, '#ffffff', 'center', w - 8);
  } else
    label(
      pen,
      [restart, restart.replace('restarting in ', 'back in ')],
      cx,
      baseline,
      f.small,
      '#ffffff',
      'center',
      w - 8,
    );
  if (arrivals)
    label(pen, ARRIVALS_LOST, cx, baseline + f.smallPx * 1.3, f.small, '#ffffff', 'center', w - 8);
}
