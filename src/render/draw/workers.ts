/**
 * The consumers and the "done" sink. Each worker is a row with the block it serves and a progress
 * bar; a starting worker is faint until its cold start ends, a retiring one fades; with many workers
 * they become a grid of tiles under a one-line count. Labels shorten with the room ("Worker 1 · busy",
 * "Worker 1") rather than being cut.
 */
import { HOLDING, WASTED } from '../../domain/stageWords.ts';
import { formatCount, formatDuration, formatRate } from '../format.ts';
import { label, type Pen } from '../labels.ts';
import type { StageScene, WorkerView } from '../scene.ts';
import { workerBlockSize, workerSlotX, workerSlotY } from '../stageLayout.ts';
import { panel, roundRectPath } from './ctx.ts';

/** A worker's state in words, longest first. */
function statusWords(
  v: Pick<WorkerView, 'holding' | 'status' | 'readyInMs' | 'wasted'>,
): readonly string[] {
  if (v.holding) return HOLDING_WORDS;
  switch (v.status) {
    case 'idle':
      return ['idle'];
    case 'busy':
      return v.wasted ? WASTED_WORDS : ['busy'];
    case 'starting':
      return [`warming up ${formatDuration(v.readyInMs)}`, 'warming up', 'warming'];
    case 'down':
      return ['down'];
    case 'retiring':
      return ['leaving'];
  }
}

/** A pipeline's consumer done with its block but not let hand it on: the next stage is full. */
const HOLDING_WORDS = [HOLDING];
/** Busy for a requester who has given up. */
const WASTED_WORDS = [`busy, ${WASTED}`, WASTED];

/**
 * A worker's label, longest first. Short of room it drops the state (which its bar, slot and outline
 * also show) before the name, and the name stays "Worker 1", as the page's texts say: an attendee met
 * "W1" on a phone's stage and "Worker 1" elsewhere, and read them as two things. Only the number is
 * left when nothing else fits. The number is the box's place from the top (`place`, from 1), as a
 * reader counts them, not the simulation's id for the worker: after scaling a reader met "Worker 1",
 * "Worker 4" and "Worker 5" beside a knob saying "now 3".
 */
export function workerNameWords(
  v: Pick<WorkerView, 'holding' | 'status' | 'readyInMs' | 'wasted'>,
  place: number,
): string[] {
  const n = place;
  const out: string[] = [];
  for (const st of statusWords(v)) out.push(`Worker ${n} · ${st}`);
  // Work for no one matters more than the name: on a phone's narrow row it keeps its word.
  if (v.wasted && v.status === 'busy') out.push(`${n} · ${WASTED}`);
  out.push(`Worker ${n}`, `${n}`);
  return out;
}

/**
 * The workers' borders once more, over the blocks: a block on its way into a worker's slot passes
 * under its box's edge instead of covering it (readers saw blocks over a stage's worker boxes).
 */
export function drawWorkerEdges(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const rows = scene.workerRows;
  if (rows.mode === 'grid') return;
  const area = scene.layout.workers;
  for (let i = 0; i < scene.workers.length; i++) {
    const v = scene.workers[i] as WorkerView;
    const y = rows.top + i * rows.rowH + 2;
    const h = rows.rowH - 4;
    ctx.globalAlpha = v.alpha;
    const edge = v.status === 'down' ? theme.danger : v.holding ? theme.warn : theme.panelEdge;
    ctx.beginPath();
    roundRectPath(ctx, area.x + 0.5, y + 0.5, area.w - 1, h - 1, Math.min(8, h / 4));
    ctx.lineWidth = v.holding ? 2.5 : 1;
    ctx.strokeStyle = edge;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

export function drawWorkers(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const rows = scene.workerRows;
  const f = l.fonts;
  const area = l.workers;
  if (rows.mode === 'grid') {
    drawWorkerGrid(pen, scene);
    return;
  }
  const block = workerBlockSize(l, rows);
  for (let i = 0; i < scene.workers.length; i++) {
    const v = scene.workers[i] as WorkerView;
    const y = rows.top + i * rows.rowH + 2;
    const h = rows.rowH - 4;
    ctx.globalAlpha = v.alpha;
    const down = v.status === 'down';
    const edge = down ? theme.danger : v.holding ? theme.warn : theme.panelEdge;
    panel(ctx, area.x, y, area.w, h, theme.panel, edge, v.holding ? 2.5 : 1);
    if (v.status === 'starting' || v.status === 'retiring') {
      // A dashed outline: not a full member of the pool yet (or any more).
      ctx.setLineDash(DASH);
      ctx.strokeStyle = theme.muted;
      ctx.strokeRect(area.x + 2.5, y + 2.5, area.w - 5, h - 5);
      ctx.setLineDash(NO_DASH);
    }
    // The empty slot where a block in service sits.
    const sx = workerSlotX(l, rows, i) - block / 2;
    const sy = workerSlotY(l, rows, i) - block / 2;
    ctx.fillStyle = theme.wellBg;
    ctx.fillRect(sx, sy, block, block);
    ctx.lineWidth = 1;
    ctx.strokeStyle = theme.panelEdge;
    ctx.strokeRect(sx + 0.5, sy + 0.5, block - 1, block - 1);
    if (down) {
      ctx.beginPath();
      ctx.moveTo(sx + 3, sy + 3);
      ctx.lineTo(sx + block - 3, sy + block - 3);
      ctx.moveTo(sx + block - 3, sy + 3);
      ctx.lineTo(sx + 3, sy + block - 3);
      ctx.lineWidth = 2;
      ctx.strokeStyle = theme.danger;
      ctx.stroke();
    }

    const tx = sx + block + 5;
    const tw = area.x + area.w - 4 - tx;
    const twoLines = h >= f.smallPx * 2.6;
    const labelY = twoLines ? y + h / 2 - 3 : y + h / 2 + f.smallPx * 0.36;
    if (v.holding) holdingRing(pen, sx, sy, block);
    label(
      pen,
      workerNameWords(v, i + 1),
      tx,
      labelY,
      f.small,
      down ? theme.danger : theme.fg,
      'left',
      tw,
    );
    if (twoLines) {
      const by = y + h / 2 + 2;
      const bh = Math.max(4, Math.min(8, h * 0.16));
      ctx.fillStyle = theme.wellBg;
      ctx.fillRect(tx, by, tw, bh);
      if (v.holding) {
        // Work done, hand-off refused: a full bar in the warning colour, striped, not moving.
        holdingBar(pen, tx, by, tw, bh);
      } else if (v.status === 'busy' || v.status === 'retiring') {
        // Work for no one in the warning colour, as its word ("wasted") says.
        ctx.fillStyle = v.wasted ? theme.warn : theme.ok;
        // Too quick to follow: a full, paler bar says "busy" without flickering.
        if (v.progress < 0) ctx.globalAlpha = v.alpha * 0.55;
        ctx.fillRect(tx, by, tw * (v.progress < 0 ? 1 : v.progress), bh);
        ctx.globalAlpha = v.alpha;
      }
    }
  }
  ctx.globalAlpha = 1;
  label(
    pen,
    'Consumers',
    area.x,
    rows.top - f.smallPx * 0.55,
    f.small,
    theme.muted,
    'left',
    area.w,
  );
}

/** The bar of a consumer holding its block: full, in the warning colour, with dark stripes. */
function holdingBar(pen: Pen, x: number, y: number, w: number, h: number): void {
  const { ctx, theme } = pen;
  ctx.fillStyle = theme.warn;
  ctx.fillRect(x, y, w, h);
  ctx.beginPath();
  for (let sx = x + 2; sx < x + w; sx += 7) {
    ctx.moveTo(sx, y + h);
    ctx.lineTo(Math.min(x + w, sx + h), y);
  }
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = theme.bg;
  ctx.stroke();
}

/** A heavy ring round the slot of a consumer holding its block: it has it in hand, waiting. */
function holdingRing(pen: Pen, x: number, y: number, size: number): void {
  const { ctx, theme } = pen;
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = theme.warn;
  ctx.strokeRect(x - 2.5, y - 2.5, size + 5, size + 5);
}

const DASH = [4, 3];
const FILLS = [true, false] as const;
const NO_DASH: number[] = [];

function drawWorkerGrid(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const rows = scene.workerRows;
  const f = l.fonts;
  let busy = 0;
  let starting = 0;
  let wasted = 0;
  for (const v of scene.workers) {
    if (v.status === 'busy') busy++;
    else if (v.status === 'starting') starting++;
    if (v.wasted) wasted++;
  }
  const t = rows.tile - 2;
  for (const fill of FILLS) {
    ctx.beginPath();
    for (let i = 0; i < scene.workers.length; i++) {
      const v = scene.workers[i] as WorkerView;
      const on = v.status === 'busy' || v.status === 'retiring';
      if (v.holding || v.wasted || on !== fill) continue;
      ctx.rect(workerSlotX(l, rows, i) - t / 2, workerSlotY(l, rows, i) - t / 2, t, t);
    }
    if (fill) {
      ctx.fillStyle = theme.ok;
      ctx.fill();
    } else {
      ctx.lineWidth = 1;
      ctx.strokeStyle = theme.panelEdge;
      ctx.stroke();
    }
  }
  let holding = 0;
  for (let i = 0; i < scene.workers.length; i++) {
    const v = scene.workers[i] as WorkerView;
    if (v.wasted) {
      // Busy for no one: its tile in the warning colour, hollow, unlike a holding one's solid.
      ctx.lineWidth = 2;
      ctx.strokeStyle = theme.warn;
      ctx.strokeRect(
        workerSlotX(l, rows, i) - t / 2 + 1,
        workerSlotY(l, rows, i) - t / 2 + 1,
        t - 2,
        t - 2,
      );
    }
    if (!v.holding) continue;
    holding++;
    const x = workerSlotX(l, rows, i) - t / 2;
    const y = workerSlotY(l, rows, i) - t / 2;
    ctx.fillStyle = theme.warn;
    ctx.fillRect(x, y, t, t);
  }
  const n = formatCount(scene.workers.length);
  const b = formatCount(busy);
  const extra = starting > 0 ? `, ${formatCount(starting)} starting` : '';
  const held = holding > 0 ? `${formatCount(holding)} ${HOLDING}` : '';
  const waste = wasted > 0 ? `${formatCount(wasted)} ${WASTED}` : '';
  label(
    pen,
    [
      ...(waste === ''
        ? []
        : [`${n} consumers · ${b} busy, ${waste}`, `${b}/${n} busy, ${waste}`, `${waste} of ${n}`]),
      ...(held === ''
        ? []
        : [`${n} consumers · ${b} busy, ${held}`, `${b}/${n} busy, ${held}`, `${held} of ${n}`]),
      `${n} consumers · ${b} busy${extra}`,
      `${n} consumers · ${b} busy`,
      `${b} of ${n} busy`,
      `${b}/${n} busy`,
    ],
    l.workers.x,
    rows.top - f.smallPx * 0.6,
    f.small,
    theme.fg,
    'left',
    l.workers.w,
  );
}

export function drawSink(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const s = l.sink;
  const f = l.fonts;
  const bump = scene.sinkBump;
  panel(
    ctx,
    s.x,
    s.y,
    s.w,
    s.h,
    theme.panel,
    bump > 0 ? theme.ok : theme.panelEdge,
    1 + bump * 1.5,
  );
  const cx = s.x + s.w / 2;
  const n = scene.numbers;
  let y = s.y + f.bodyPx * 1.35;
  label(pen, 'Done', cx, y, f.bold, theme.fg, 'center', s.w - 8);
  y += f.bigPx * 1.15;
  label(
    pen,
    [formatCount(n.delivered), shortCount(n.delivered)],
    cx,
    y,
    f.big,
    theme.ok,
    'center',
    s.w - 8,
  );
  label(
    pen,
    [formatRate(n.deliveredPerSec), ''],
    cx,
    s.y + s.h - f.smallPx * 0.6,
    f.small,
    theme.muted,
    'center',
    s.w - 8,
  );
}

/** 12k, 1.2M: a count for a narrow box. */
export function shortCount(n: number): string {
  const v = Math.round(n);
  if (v < 1000) return String(v);
  if (v < 100_000) return `${(v / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return formatCount(v);
}
