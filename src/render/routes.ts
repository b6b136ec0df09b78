/**
 * Event → path planning: which way a block travels for each thing that can happen to it. Each
 * function writes a path into a mover (starting where the mover is) and returns the wall-clock
 * duration; the animator owns the timing, the renderer only draws where movers are.
 */
import type { DropReason } from '../sim/types.ts';
import { beginPath, extendPath, pathLength, travelMs, type Mover } from './mover.ts';
import type { StageLayout } from './stageLayout.ts';

/** How a lost message leaves the picture. */
export type DropRoute =
  /** Came from the producer, hit the full well's mouth, fell into the bin. */
  | 'bounce'
  /** Lifted out of its cell sideways into the bin (expired, lower priority). */
  | 'from-slot'
  /** The front of the well pushed out through the floor (drop oldest). */
  | 'out-bottom'
  /** The newest pushed back out over the rim (drop youngest). */
  | 'out-top'
  /** Swept out with everything else through the floor (drop all). */
  | 'flush'
  /** Lost with the crashed process: falls away and fades. */
  | 'crash'
  /** Replaced in place by a newer message of its key: fades where it stood. */
  | 'replaced';

/** The route for a drop, given whether the message was resting somewhere on the stage. */
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
    case 'expired':
    case 'priority':
    case 'rejected':
    case 'rate-limited':
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

/** Where lost blocks land: low in the bin, under its counts, where they fade. */
export function binMouthX(l: StageLayout): number {
  return l.bin.x + l.bin.w * 0.6;
}
export function binMouthY(l: StageLayout): number {
  return l.bin.y + l.bin.h - l.fonts.bodyPx * 1.2;
}

/** From the producer along the conveyor, over its column, then down into its cell. */
export function planArrival(m: Mover, l: StageLayout, tx: number, ty: number, now: number): number {
  // Constant speed: a conveyor does not ease, and eased starts would bunch blocks at the producer.
  beginPath(m, now, 0, 'linear');
  if (m.x < l.conveyor.x1) extendPath(m, l.conveyor.x1, l.conveyor.y1);
  extendPath(m, tx, l.mouthY);
  extendPath(m, tx, ty);
  return finish(m, now, ARRIVE_MS);
}

/** From the producer straight across the top of the well to an idle worker: it never waited. */
export function planDirect(m: Mover, l: StageLayout, tx: number, ty: number, now: number): number {
  beginPath(m, now, 0, 'linear');
  if (m.x < l.conveyor.x1) extendPath(m, l.conveyor.x1, l.conveyor.y1);
  extendPath(m, l.well.x + l.well.w, l.mouthY);
  extendPath(m, tx, ty);
  return finish(m, now, ARRIVE_MS);
}

/** At high rates a newcomer just drops from the mouth into its cell. */
export function planFall(
  m: Mover,
  l: StageLayout,
  tx: number,
  ty: number,
  now: number,
  tempo = 1,
): number {
  m.x = tx;
  m.y = l.mouthY;
  beginPath(m, now, STREAM_FALL_MS * tempo, 'out');
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
  extendPath(m, l.conveyor.x1 - l.cell * 1.2, l.mouthY - l.cell);
  extendPath(m, tx, ty);
  return finish(m, now, DROP_MS);
}

/** Where the lost block goes for each route. */
export function planDrop(
  m: Mover,
  l: StageLayout,
  route: DropRoute,
  now: number,
  seed: number,
): number {
  const floor = l.well.y + l.well.h;
  const below = Math.min(floor + l.cell * 0.8, l.bin.y + l.bin.h - l.fonts.bodyPx * 0.6);
  const binSideX = l.bin.x + l.bin.w - l.fonts.bodyPx;
  beginPath(m, now, 0, 'in-out');
  switch (route) {
    case 'bounce':
      if (m.x < l.conveyor.x1) extendPath(m, l.conveyor.x1, l.conveyor.y1);
      extendPath(m, l.conveyor.x1 - l.cell * 0.8, l.mouthY - l.cell * 0.9);
      extendPath(m, binMouthX(l), binMouthY(l));
      break;
    case 'from-slot':
      extendPath(m, l.well.x - l.cell * 0.6, m.y);
      extendPath(m, binMouthX(l), binMouthY(l));
      break;
    case 'out-bottom':
    case 'flush':
      extendPath(m, m.x, below);
      extendPath(m, binSideX, below);
      break;
    case 'out-top':
      extendPath(m, m.x, l.mouthY - l.cell);
      extendPath(m, binMouthX(l), binMouthY(l));
      break;
    case 'crash': {
      // Scatter a little, by id, so a crash reads as things falling apart rather than a column.
      const jitter = (((seed * 2654435761) >>> 0) / 4294967296 - 0.5) * l.cell * 3;
      extendPath(m, m.x + jitter, floor + l.cell * 2.5);
      break;
    }
    case 'replaced':
      // Stays put and fades: its replacement flashes on the same spot.
      m.t0 = now;
      m.dur = 320;
      return m.dur;
  }
  return finish(m, now, DROP_MS);
}
