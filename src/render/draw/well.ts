/**
 * The queue as a Tetris well: cells, the capacity line, walls that turn red when it is full, rows
 * stacked with a count when it holds more than can be drawn, the memory gauge of an unbounded queue,
 * and the flash and banner of an out-of-memory crash.
 */
import { DROP_REASONS } from '../../sim/types.ts';
import { formatBytes, formatCount, formatDuration } from '../format.ts';
import type { PreparedPalette } from '../paint.ts';
import type { StageScene } from '../scene.ts';
import type { StageTheme } from '../theme.ts';
import { fitText, panel, text, type Ctx2D } from './ctx.ts';

const FLUSHED = DROP_REASONS.indexOf('flushed');
const CAP_DASH = [6, 4];
const NO_DASH: number[] = [];

/** Whether the queue is at its limit: the moment the reader should notice. */
export function wellIsFull(scene: StageScene): boolean {
  const s = scene.snapshot;
  if (s.capacity !== null) return s.waiting >= s.capacity;
  return s.memoryBudgetBytes !== null && s.memoryBytes >= s.memoryBudgetBytes * 0.9;
}

export function drawWellBack(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
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
    ctx.lineWidth = 1;
    ctx.strokeStyle = theme.panelEdge;
    ctx.stroke();
  }
  drawUnavailable(ctx, scene, theme);
  drawStacks(ctx, scene, theme);
}

/** Cells past the capacity in the top row are hatched: there is no room there. */
function drawUnavailable(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
  const g = scene.grid;
  if (g.lanes !== 1 || g.capacity === null) return;
  const l = scene.layout;
  const cells = Math.ceil(g.capacity / g.unit);
  const total = g.cols * g.rows;
  if (cells >= total) return;
  ctx.beginPath();
  for (let i = Math.max(0, cells); i < total; i++) {
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

/** Lanes holding more than their cells: solid rows, each standing for `unit` messages a cell. */
function drawStacks(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
  const l = scene.layout;
  const g = scene.grid;
  const c = l.cell;
  let any = false;
  for (let lane = 0; lane < scene.laneStacked.length; lane++) {
    if (!scene.laneStacked[lane]) continue;
    const level = Math.min(g.cellsPerLane, scene.laneLevel[lane] ?? 0);
    const full = Math.floor(level / g.colsPerLane);
    const part = level - full * g.colsPerLane;
    const x = l.well.x + lane * g.colsPerLane * c;
    const laneW = g.colsPerLane * c;
    if (!any) ctx.beginPath();
    any = true;
    const floor = l.well.y + l.well.h;
    for (let r = 0; r < full; r++) ctx.rect(x + 1, floor - (r + 1) * c + 1, laneW - 2, c - 2);
    if (part > 0.01)
      ctx.rect(x + 1, floor - (full + 1) * c + 1, ((laneW - 2) * part) / g.colsPerLane, c - 2);
  }
  if (!any) return;
  ctx.fillStyle = theme.stack;
  ctx.fill();
  // The count on each stack, where there is room for it.
  const f = l.fonts;
  for (let lane = 0; lane < scene.laneStacked.length; lane++) {
    if (!scene.laneStacked[lane]) continue;
    const laneW = g.colsPerLane * c;
    const count = scene.snapshot.lanes[lane]?.count ?? 0;
    const level = Math.min(g.cellsPerLane, scene.laneLevel[lane] ?? 0);
    const rows = Math.ceil(level / g.colsPerLane);
    const y = Math.max(l.well.y + f.bodyPx, l.well.y + l.well.h - rows * c + f.bodyPx * 1.1);
    const x = l.well.x + lane * laneW + laneW / 2;
    if (laneW >= f.bodyPx * 2.2)
      text(ctx, formatCount(count), x, y, f.bold, '#ffffff', 'center', laneW - 4);
  }
}

export function drawWellFront(
  ctx: Ctx2D,
  scene: StageScene,
  theme: StageTheme,
  palette: PreparedPalette,
): void {
  const l = scene.layout;
  const w = l.well;
  const s = scene.snapshot;
  const full = wellIsFull(scene);

  // Momentary flashes: red for a crash, the flush colour for drop-all.
  if (scene.crashFlash > 0) {
    ctx.globalAlpha = 0.6 * scene.crashFlash;
    ctx.fillStyle = theme.danger;
    ctx.fillRect(w.x, w.y - l.cell, w.w, w.h + l.cell);
    ctx.globalAlpha = 1;
  }
  if (scene.flushFlash > 0) {
    ctx.globalAlpha = 0.45 * scene.flushFlash;
    ctx.fillStyle = palette.reasons[FLUSHED]?.color ?? theme.warn;
    ctx.fillRect(w.x, w.y, w.w, w.h);
    ctx.globalAlpha = 1;
  }

  drawCapacityLine(ctx, scene, theme);

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

  drawGauge(ctx, scene, theme);
  if (s.crashed) drawCrashBanner(ctx, scene, theme);
}

/**
 * The read-out under the floor, drawn after everything that moves: a block evicted through the
 * floor passes behind it instead of hiding it, on a strip of background that keeps it legible.
 */
export function drawWellCaption(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
  const l = scene.layout;
  const s = scene.snapshot;
  const f = l.fonts;
  const full = wellIsFull(scene);
  const label =
    s.capacity === null
      ? `${formatCount(s.waiting)} waiting${l.compact ? '' : ' · no limit'}`
      : `${formatCount(s.waiting)} / ${formatCount(s.capacity)} waiting`;
  // The label may use the well's column, but not run under the memory gauge.
  const right = s.memoryBudgetBytes === null ? l.wellArea.x + l.wellArea.w : l.gauge.x - 6;
  const room = right - l.wellArea.x;
  const cx = (l.wellArea.x + right) / 2;
  ctx.fillStyle = theme.bg;
  ctx.fillRect(l.wellArea.x, l.wellLabelY - f.bodyPx, room, f.bodyPx * 1.3 + f.smallPx * 1.3);
  text(
    ctx,
    fitText(ctx, label, f.bold, room),
    cx,
    l.wellLabelY,
    f.bold,
    full ? theme.danger : theme.fg,
    'center',
  );
  const unit = maxUnit(scene);
  const legend =
    unit > 1
      ? `each cell ≈ ${formatCount(unit)} messages`
      : l.compact
        ? ''
        : `colour and shape: ${scene.byPriority ? 'priority' : 'key'}`;
  if (legend !== '') {
    text(
      ctx,
      fitText(ctx, legend, f.small, room),
      cx,
      l.wellLabelY + f.smallPx * 1.3,
      f.small,
      theme.muted,
      'center',
    );
  }
}

function maxUnit(scene: StageScene): number {
  let unit = 1;
  for (const u of scene.laneUnit) if (u > unit) unit = u;
  return unit;
}

function drawCapacityLine(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
  const g = scene.grid;
  const l = scene.layout;
  if (g.lanes !== 1 || g.capacity === null) return;
  const cells = g.capacity / g.unit;
  const row = Math.floor(cells / g.cols);
  const rem = cells - row * g.cols;
  const w = l.well;
  const c = l.cell;
  const y = w.y + w.h - row * c;
  const yUp = y - c;
  ctx.beginPath();
  if (rem === 0) {
    ctx.moveTo(w.x - 4, y);
    ctx.lineTo(w.x + w.w + 4, y);
  } else {
    // A step: the part-filled top row counts only its first `rem` cells along the snake.
    const fromRight = row % 2 === 0;
    const split = fromRight ? w.x + w.w - rem * c : w.x + rem * c;
    if (fromRight) {
      ctx.moveTo(w.x - 4, y);
      ctx.lineTo(split, y);
      ctx.lineTo(split, yUp);
      ctx.lineTo(w.x + w.w + 4, yUp);
    } else {
      ctx.moveTo(w.x - 4, yUp);
      ctx.lineTo(split, yUp);
      ctx.lineTo(split, y);
      ctx.lineTo(w.x + w.w + 4, y);
    }
  }
  ctx.setLineDash(CAP_DASH);
  ctx.lineWidth = 2;
  ctx.strokeStyle = theme.capacityLine;
  ctx.stroke();
  ctx.setLineDash(NO_DASH);
  const f = l.fonts;
  const labelY = (rem === 0 ? y : Math.min(y, yUp)) - 4;
  if (labelY > w.y + f.smallPx)
    text(
      ctx,
      `limit ${formatCount(g.capacity)}`,
      w.x + 3,
      labelY,
      f.small,
      theme.capacityLine,
      'left',
      w.w,
    );
  else {
    // At the brim: beside the well if that leaves the consumers' caption alone (on a phone it
    // would not), else just above the right wall, away from the conveyor coming in on the left.
    const label = `limit ${formatCount(g.capacity)}`;
    ctx.font = f.small;
    const besideX = w.x + w.w + 6;
    if (besideX + ctx.measureText(label).width <= l.workers.x - 4)
      text(ctx, label, besideX, w.y + f.smallPx, f.small, theme.capacityLine, 'left');
    else text(ctx, label, w.x + w.w, w.y - l.cell * 0.3 - 4, f.small, theme.capacityLine, 'right');
  }
}

/** The memory gauge: buffered bytes against the budget; over the top, in red, after a crash. */
function drawGauge(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
  const s = scene.snapshot;
  if (s.memoryBudgetBytes === null) return;
  const l = scene.layout;
  const g = l.gauge;
  const f = l.fonts;
  const budget = s.memoryBudgetBytes;
  const overflowing = s.crashed && scene.overflowBytes > 0;
  const used = overflowing ? budget + scene.overflowBytes : s.memoryBytes;
  const frac = Math.min(1, used / budget);
  const colour = overflowing || frac >= 0.9 ? theme.danger : frac >= 0.7 ? theme.warn : theme.ok;
  ctx.fillStyle = theme.wellBg;
  ctx.fillRect(g.x, g.y, g.w, g.h);
  ctx.fillStyle = colour;
  const h = g.h * frac;
  ctx.fillRect(g.x, g.y + g.h - h, g.w, h);
  if (overflowing) {
    // Bursting through the top: the reason for the crash, drawn above the budget line.
    ctx.fillRect(g.x, g.y - l.cell * 0.8, g.w, l.cell * 0.8);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.panelEdge;
  ctx.strokeRect(g.x + 0.5, g.y + 0.5, g.w - 1, g.h - 1);
  ctx.beginPath();
  ctx.moveTo(g.x - 3, g.y + 0.5);
  ctx.lineTo(g.x + g.w + 3, g.y + 0.5);
  ctx.lineWidth = 2;
  ctx.strokeStyle = theme.danger;
  ctx.stroke();
  // Read-outs above the gauge, running right into the free space (the well is to its left).
  const cx = g.x - 2;
  const top = g.y - (overflowing ? l.cell : 0) - 5;
  const usedText = overflowing ? `+${formatBytes(scene.overflowBytes)} over` : formatBytes(used);
  text(ctx, usedText, cx, top - f.smallPx * 1.25, f.bold, colour, 'left');
  const budgetText = l.compact ? `of ${formatBytes(budget)}` : `of ${formatBytes(budget)} memory`;
  text(ctx, budgetText, cx, top, f.small, theme.muted, 'left');
}

function drawCrashBanner(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
  const l = scene.layout;
  const s = scene.snapshot;
  const f = l.fonts;
  const w = Math.max(l.well.w + l.cell, f.bodyPx * 10);
  const h = f.bodyPx * 3.4;
  const x = l.well.x + l.well.w / 2 - w / 2;
  const y = l.well.y + l.well.h / 2 - h / 2;
  panel(ctx, x, y, w, h, theme.danger, theme.danger);
  text(ctx, 'OUT OF MEMORY', x + w / 2, y + f.bodyPx * 1.45, f.bold, '#ffffff', 'center', w - 8);
  const restart =
    s.restartAt === null
      ? 'restarting'
      : `restart in ${formatDuration(Math.max(0, s.restartAt - s.now))}`;
  text(
    ctx,
    `all lost · ${restart}`,
    x + w / 2,
    y + f.bodyPx * 2.75,
    f.small,
    '#ffffff',
    'center',
    w - 8,
  );
}
