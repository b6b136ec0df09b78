/**
 * Event → path planning: which way a block travels for each thing that can happen to it. Each
 * function writes a path into a mover (starting where the mover is) and returns the wall-clock
 * duration; the animator owns the timing, the renderer only draws where movers are.
 */
import type { DropReason } from '../sim/types.ts';
import {
  beginPath,
  extendPath,
  pathEndX,
  pathEndY,
  pathLength,
  placeMover,
  travelMs,
  type Mover,
} from './mover.ts';
import type { StageLayout } from './stageLayout.ts';

/**
 * How a lost message leaves the picture. Each reason has a way out of its own, and every route but a
 * crash and a replacement ends on the reason's swatch in the bin, in the reason's colour and mark.
 */
export type DropRoute =
  /** Came from the producer, hit the full well's mouth and bounced back into the bin (rejected). */
  | 'bounce'
  /** Stopped at the producer's gate, before the conveyor: straight down into the bin. */
  | 'gate'
  /** Lifted up out of its cell, then over the left wall (lower priority). */
  | 'lifted'
  /** Slid out sideways through the left wall at its row (expired). */
  | 'from-slot'
  /** Pushed out through the floor at the front of the queue (drop oldest). */
  | 'out-bottom'
  /** The newest pushed back up out over the rim (drop youngest). */
  | 'out-top'
  /** Swept out with everything else through the floor (drop all). */
  | 'flush'
  /** Lost with the crashed process: falls away below the well and fades. */
  | 'crash'
  /** Replaced in place by a newer message of its key: rises a little and fades where it stood. */
  | 'replaced'
  /**
   * Out of the well beside its left wall, at its row, and down the gap into the bin: how every block
   * lost from the well leaves (started at `lostGapX`), short and low, never over the well where the
   * newcomers come in.
   */
  | 'aside';

/** The route for a drop, given whether the message was resting in the queue. */
export function dropRoute(reason: DropReason, resting: boolean): DropRoute {
  switch (reason) {
    case 'conflated':
      return 'replaced';
    case 'flushed':
      return resting ? 'flush' : 'bounce';
    case 'evicted-oldest':
      return resting ? 'out-bottom' : 'bounce';
    case 'evicted-youngest':
      return resting ? 'out-top' : 'bounce';
    case 'oom':
      return resting ? 'crash' : 'bounce';
    case 'priority':
      return resting ? 'lifted' : 'bounce';
    case 'expired':
      return resting ? 'from-slot' : 'bounce';
    case 'rate-limited':
    case 'circuit-open':
      return 'gate';
    case 'timed-out':
    case 'shed':
    case 'reset':
      return resting ? 'from-slot' : 'bounce';
    case 'rejected':
    case 'gave-up':
      return resting ? 'from-slot' : 'bounce';
  }
}

/** Wall-clock speed and limits of each kind of journey. */
const PX_PER_SEC = 820;
const ARRIVE_MS: [number, number] = [320, 700];
const SETTLE_MS: [number, number] = [110, 320];
const DROP_MS: [number, number] = [340, 620];
const DELIVER_MS: [number, number] = [260, 480];
const STREAM_FALL_MS = 160;

function finish(m: Mover, now: number, [min, max]: [number, number]): number {
  m.t0 = now;
  m.dur = travelMs(pathLength(m), PX_PER_SEC, min, max);
  return m.dur;
}

/**
 * From the producer along the conveyor to the well's mouth, over the column of its cell at (tx, ty):
 * it goes down into its cell at the next moment the stage draws, in one step (stageAnimator.ts), not
 * gliding between the blocks already in the well.
 */
export function planArrival(
  m: Mover,
  l: StageLayout,
  tx: number,
  _ty: number,
  now: number,
): number {
  // Constant speed: a conveyor does not ease, and eased starts would bunch blocks at the producer.
  beginPath(m, now, 0, 'linear');
  // A retry leaves the tray under the producer: out to the gap first, not across the producer's box.
  const gx = gapX(l);
  if (m.x < gx && m.y > l.conveyor.y1 + l.cell) extendPath(m, gx, m.y);
  if (m.x < l.conveyor.x1) extendPath(m, l.conveyor.x1, l.conveyor.y1);
  extendPath(m, tx, l.mouthY);
  return finish(m, now, ARRIVE_MS);
}

/**
 * The column of air between the producer's side (its box, the retry tray, the bin) and the well:
 * blocks coming to or from those boxes travel down it and go in sideways at their row, so they never
 * cross a box's title or border on the way (readers saw lost blocks over "Dropped" and on the
 * producer's box).
 */
export function gapX(l: StageLayout): number {
  const right = l.bin.x + l.bin.w;
  // Clear of the boxes by half a flying block at least, where the gap is narrower than a block (a
  // phone): the block may brush the well's wall as it passes, never the producer's words. The
  // largest to pass is a block lost from the well, still its cell's size (cell - 2): a phone's
  // short well takes larger cells (wellGrid's phoneColumns), 30 px where the gap is 12.
  const half = Math.max(l.cell - 2, Math.min(l.cell * 0.7, 18)) / 2 + 1;
  return right + Math.max(half, Math.min(l.cell * 0.6, (l.well.x - right) / 2));
}

/**
 * Where a lost block goes down the gap: clear of the well's wall beside the cells (it may brush the
 * bin's edge, which it is going into). Also where a block lost from the well shows as it leaves,
 * just outside the left wall at its row.
 */
export function lostGapX(l: StageLayout, fromY = -Infinity): number {
  const wall = Math.max(3, Math.min(6, l.cell * 0.18));
  const clear = l.well.x - wall / 2 - Math.min(l.cell * 0.7, 18) / 2 - 2;
  // From a row above the producer's foot it passes the producer's box on its way down, so the block
  // (a lost one is its cell's size, cell - 2) must clear that box, not only reach the bin: on a phone
  // whose well sat a few px further right, blocks lifted out slid down over the producer's edge.
  // From a row below the box it only goes down to the bin, and keeps clear of the well's wall.
  const half = Math.max(l.cell - 2, Math.min(l.cell * 0.7, 18)) / 2;
  const passesProducer = fromY - half < l.producer.y + l.producer.h;
  const fits =
    clear >= l.bin.x + l.bin.w && (!passesProducer || clear - half >= l.producer.x + l.producer.w);
  // Where the gap is too narrow for that (a phone), clear of the producer's side first, as gapX says.
  return fits ? Math.min(gapX(l), clear) : gapX(l);
}

/** Down the gap to the height of (toX, toY) when that is in the bin, then in to it. */
function toBin(m: Mover, l: StageLayout, toX: number, toY: number): void {
  const b = l.bin;
  if (toX >= b.x && toX <= b.x + b.w && toY >= b.y && toY <= b.y + b.h) {
    // Clear of the well's wall beside the cells, as a lost block is (it may brush the bin's edge,
    // which it is going into).
    const gx = lostGapX(l, pathEndY(m));
    if (pathEndX(m) < gx) extendPath(m, gx, pathEndY(m));
    extendPath(m, gx, toY);
  }
  extendPath(m, toX, toY);
}

/** From the producer straight across the top of the well to an idle worker: it never waited. */
export function planDirect(m: Mover, l: StageLayout, tx: number, ty: number, now: number): number {
  beginPath(m, now, 0, 'linear');
  if (m.x < l.conveyor.x1) extendPath(m, l.conveyor.x1, l.conveyor.y1);
  extendPath(m, l.well.x + l.well.w, l.mouthY);
  extendPath(m, tx, ty);
  return finish(m, now, ARRIVE_MS);
}

/**
 * A later stage's newcomer in a pipeline, handed over by the stage above: out of that stage's
 * hand-off box along the link (`link`, its four points as linkPath.ts gives them) to the mouth over
 * its cell's column (into the cell at the next step, as planArrival); or, taken at once by a
 * consumer, past the well's right rim and down to it.
 */
export function planHandOver(
  m: Mover,
  l: StageLayout,
  link: Float64Array,
  tx: number,
  ty: number,
  now: number,
  toWorker: boolean,
): number {
  placeMover(m, link[0] as number, link[1] as number);
  beginPath(m, now, 0, 'linear');
  extendPath(m, link[2] as number, link[3] as number);
  extendPath(m, link[4] as number, link[5] as number);
  extendPath(m, toWorker ? l.well.x + l.well.w : tx, l.mouthY);
  if (toWorker) extendPath(m, tx, ty);
  return finish(m, now, ARRIVE_MS);
}

/** How long a newcomer's drop into its cell takes at high rates, wall ms (planFall). */
export function streamFallMs(tempo = 1): number {
  return STREAM_FALL_MS * tempo;
}

/**
 * At high rates a newcomer just drops into its cell from the well's top row (the conveyor shows the
 * stream coming in). Never from above the rim: a crowd of blocks over the rim would read as a queue
 * past its limit.
 */
export function planFall(
  m: Mover,
  l: StageLayout,
  tx: number,
  ty: number,
  now: number,
  tempo = 1,
): number {
  m.x = tx;
  m.y = Math.min(ty, l.well.y + l.cell * 0.5);
  beginPath(m, now, streamFallMs(tempo), 'out');
  extendPath(m, tx, ty);
  return m.dur;
}

/** A short straight move to a new place (the queue moved up, a worker took it). */
export function planSettle(
  m: Mover,
  tx: number,
  ty: number,
  now: number,
  maxMs = SETTLE_MS[1],
): number {
  beginPath(m, now, 0, 'out');
  extendPath(m, tx, ty);
  return finish(m, now, [Math.min(SETTLE_MS[0], maxMs), maxMs]);
}

/**
 * The height over the well a block of side `size` can cross it at without touching the walls' tops,
 * which rise a little above the cells: where blocks leaving the well start their way out.
 */
export function overRimY(l: StageLayout, size: number): number {
  return l.well.y - l.cell * 0.3 - size / 2 - 2;
}

/** From a worker into the "done" sink; through (viaX, viaY) first unless viaX is NaN. */
export function planDeliver(
  m: Mover,
  l: StageLayout,
  now: number,
  viaX: number,
  viaY: number,
): number {
  beginPath(m, now, 0, 'in-out');
  if (!Number.isNaN(viaX)) extendPath(m, viaX, viaY);
  // Into the sink's left side, fading as it goes in, so the count stays readable.
  const s = l.sink;
  extendPath(m, s.x + Math.min(s.w * 0.2, l.fonts.bodyPx * 1.5), s.y + s.h * 0.55);
  return finish(m, now, DELIVER_MS);
}

/** Up to the full well's mouth and back: into the retry tray at (tx, ty). */
export function planBackoff(m: Mover, l: StageLayout, tx: number, ty: number, now: number): number {
  beginPath(m, now, 0, 'in-out');
  extendPath(m, l.conveyor.x1, l.conveyor.y1);
  extendPath(m, Math.max(gapX(l), l.conveyor.x1 - l.cell * 1.2), l.mouthY - l.cell);
  // Down the gap and along the tray's row into its place, not across the producer's box.
  extendPath(m, Math.max(tx, gapX(l)), ty);
  extendPath(m, tx, ty);
  return finish(m, now, DROP_MS);
}

/** Where the lost block goes for each route: out its own way, then to (toX, toY) in the bin. */
export function planDrop(
  m: Mover,
  l: StageLayout,
  route: DropRoute,
  now: number,
  seed: number,
  toX: number,
  toY: number,
): number {
  const floor = l.well.y + l.well.h;
  // The layout's lowest line, wherever the layout was moved to: a pipeline's later stage is laid
  // out as a single stage and moved down into its panel.
  const bottom = l.height - l.pad + (l.offsetY ?? 0);
  const below = Math.min(floor + l.cell * 0.8, bottom);
  beginPath(m, now, 0, 'in-out');
  switch (route) {
    case 'bounce':
      if (m.x < l.conveyor.x1) extendPath(m, l.conveyor.x1, l.conveyor.y1);
      extendPath(m, Math.max(gapX(l), l.conveyor.x1 - l.cell * 0.8), l.mouthY - l.cell * 0.9);
      toBin(m, l, toX, toY);
      break;
    case 'gate':
      extendPath(m, m.x, Math.max(m.y, toY - l.cell));
      toBin(m, l, toX, toY);
      break;
    case 'lifted':
      extendPath(m, m.x, m.y - l.cell * 0.7);
      extendPath(m, Math.max(gapX(l), l.well.x - l.cell * 0.8), m.y - l.cell * 0.7);
      toBin(m, l, toX, toY);
      break;
    case 'from-slot':
      extendPath(m, Math.max(gapX(l), l.well.x - l.cell * 0.8), m.y);
      toBin(m, l, toX, toY);
      break;
    case 'aside':
      toBin(m, l, toX, toY);
      break;
    case 'out-bottom':
    case 'flush':
      extendPath(m, m.x, below);
      extendPath(m, Math.max(toX, l.bin.x + l.bin.w - l.cell), below);
      extendPath(m, toX, toY);
      break;
    case 'out-top':
      // Over the well's left wall (from over the rim: straight there, not up the canvas first),
      // then down the gap: never across the well.
      {
        const y = Math.min(m.y, overRimY(l, Math.min(l.cell * 0.7, 18)));
        if (y < m.y) extendPath(m, m.x, y);
        extendPath(m, lostGapX(l, y), y);
      }
      toBin(m, l, toX, toY);
      break;
    case 'crash': {
      // Scatter a little, by id, so a crash reads as things falling apart rather than a column.
      const jitter = (((seed * 2654435761) >>> 0) / 4294967296 - 0.5) * l.cell * 3;
      extendPath(m, m.x + jitter, Math.min(floor + l.cell * 2.5, bottom));
      break;
    }
    case 'replaced':
      // Rises a little and fades: its replacement flashes on the same spot.
      extendPath(m, m.x, m.y - l.cell * 0.5);
      m.t0 = now;
      m.dur = 420;
      return m.dur;
  }
  return finish(m, now, DROP_MS);
}
