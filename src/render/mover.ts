/**
 * Something that travels a short polyline (up to twelve points) over a wall-clock duration. Blocks,
 * flights and pulses reuse movers instead of allocating per frame; a mover retargeted mid-way starts
 * its new path from where it is, so motion never jumps.
 */
import { easeInOutCubic, easeOutCubic } from './easing.ts';

// A block handed along a pipeline's link turns three corners on its way to the well's mouth; a lost
// block leaving beside the wall turns a few more on its way to the bin.
export const MAX_PATH_POINTS = 12;

export type Ease = 'in-out' | 'out' | 'linear';

export interface Mover {
  /** Path points as x0, y0, x1, y1, …; the first is where the current path began. */
  readonly pts: Float64Array;
  n: number;
  t0: number;
  dur: number;
  ease: Ease;
  x: number;
  y: number;
}

export function createMover(x = 0, y = 0): Mover {
  const pts = new Float64Array(MAX_PATH_POINTS * 2);
  pts[0] = x;
  pts[1] = y;
  return { pts, n: 1, t0: 0, dur: 0, ease: 'out', x, y };
}

/** Puts the mover at (x, y) at once, with no path. */
export function placeMover(m: Mover, x: number, y: number): void {
  m.pts[0] = m.x = x;
  m.pts[1] = m.y = y;
  m.n = 1;
  m.dur = 0;
}

/** Starts a new path from the mover's current position; add points with `extendPath`. */
export function beginPath(m: Mover, nowMs: number, durMs: number, ease: Ease): void {
  m.pts[0] = m.x;
  m.pts[1] = m.y;
  m.n = 1;
  m.t0 = nowMs;
  m.dur = durMs;
  m.ease = ease;
}

/** Appends a point; points beyond the last (MAX_PATH_POINTS) replace it, so a path can never grow. */
export function extendPath(m: Mover, x: number, y: number): void {
  const i = m.n < MAX_PATH_POINTS ? m.n++ : MAX_PATH_POINTS - 1;
  m.pts[2 * i] = x;
  m.pts[2 * i + 1] = y;
}

/** Where the path ends (the current position if there is no path). */
export function pathEndX(m: Mover): number {
  return m.pts[2 * (m.n - 1)] as number;
}
export function pathEndY(m: Mover): number {
  return m.pts[2 * (m.n - 1) + 1] as number;
}

/** Length of the current path, px. */
export function pathLength(m: Mover): number {
  let total = 0;
  const p = m.pts;
  for (let i = 1; i < m.n; i++) {
    total += Math.hypot(
      (p[2 * i] as number) - (p[2 * i - 2] as number),
      (p[2 * i + 1] as number) - (p[2 * i - 1] as number),
    );
  }
  return total;
}

/** Updates x, y for wall time `nowMs`; returns true once the path is complete. */
export function stepMover(m: Mover, nowMs: number): boolean {
  return locate(m, nowMs) < 0;
}

/**
 * Makes a mover on its way arrive at `endMs` rather than when it would have: the rest of its path is
 * kept and it goes on from where it is at `nowMs`, so nothing jumps; it only slows down.
 */
export function retimeMover(m: Mover, nowMs: number, endMs: number): void {
  if (m.n < 2 || m.dur <= 0 || endMs <= nowMs) return;
  if (m.t0 >= nowMs) {
    // Planned this instant and not moved yet: the same path, over a longer time.
    m.dur = endMs - m.t0;
    return;
  }
  const next = locate(m, nowMs);
  if (next < 0) return;
  const p = m.pts;
  let k = 1;
  for (let i = next; i < m.n; i++, k++) {
    p[2 * k] = p[2 * i] as number;
    p[2 * k + 1] = p[2 * i + 1] as number;
  }
  p[0] = m.x;
  p[1] = m.y;
  m.n = k;
  m.t0 = nowMs;
  m.dur = endMs - nowMs;
}

/** Sets x, y for `nowMs`; returns the index of the point it heads for, or -1 once it is there. */
function locate(m: Mover, nowMs: number): number {
  const p = m.pts;
  if (m.n < 2 || m.dur <= 0 || nowMs >= m.t0 + m.dur) {
    m.x = p[2 * (m.n - 1)] as number;
    m.y = p[2 * (m.n - 1) + 1] as number;
    return -1;
  }
  const raw = (nowMs - m.t0) / m.dur;
  const t = m.ease === 'in-out' ? easeInOutCubic(raw) : m.ease === 'out' ? easeOutCubic(raw) : raw;
  // Walk the polyline by arc length so every segment moves at the same speed.
  let target = pathLength(m) * t;
  for (let i = 1; i < m.n; i++) {
    const ax = p[2 * i - 2] as number;
    const ay = p[2 * i - 1] as number;
    const bx = p[2 * i] as number;
    const by = p[2 * i + 1] as number;
    const len = Math.hypot(bx - ax, by - ay);
    if (target <= len || i === m.n - 1) {
      const f = len > 0 ? Math.min(1, target / len) : 1;
      m.x = ax + (bx - ax) * f;
      m.y = ay + (by - ay) * f;
      return i;
    }
    target -= len;
  }
  return m.n - 1;
}

/** A duration for a path of `lengthPx`, at `pxPerSec`, kept within [minMs, maxMs] of wall time. */
export function travelMs(lengthPx: number, pxPerSec: number, minMs: number, maxMs: number): number {
  const ms = (lengthPx / pxPerSec) * 1000;
  return ms < minMs ? minMs : ms > maxMs ? maxMs : ms;
}
