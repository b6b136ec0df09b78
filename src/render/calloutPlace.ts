/**
 * Where a moment's chip goes: the free place nearest the point it is about. "Free" is the caller's
 * to say (no word, no part of the stage, no banner and nothing the page laid over the stage under
 * it). The places next to the point come first (above, below, beside), with a pointer; failing
 * those, the nearest free place within reach, without one. Pure, so it is tested without a canvas.
 */
import type { Rect } from './stageLayout.ts';

export interface CalloutSpot {
  x: number;
  y: number;
  /** Whether the chip is next to its point, so a short pointer can join them. */
  pointer: boolean;
}

/** How far from its point a chip may go, CSS px, and the step of the search. */
export const CALLOUT_REACH = 180;
const STEP = 6;

/** Offsets of the search, nearest first; computed once. */
const OFFSETS: { dx: number; dy: number }[] = (() => {
  const out: { dx: number; dy: number; d: number }[] = [];
  const n = Math.floor(CALLOUT_REACH / STEP);
  for (let i = -n; i <= n; i++)
    for (let j = -n; j <= n; j++) {
      const d = Math.hypot(i * STEP, j * STEP);
      if (d <= CALLOUT_REACH) out.push({ dx: i * STEP, dy: j * STEP, d });
    }
  out.sort((a, b) => a.d - b.d || a.dy - b.dy || a.dx - b.dx);
  return out.map(({ dx, dy }) => ({ dx, dy }));
})();

/**
 * The top-left corner for a chip of `w`×`h` about point (`px`, `py`), kept `pad` inside `stage`,
 * or null when no free place is within reach.
 */
export function placeCallout(
  px: number,
  py: number,
  w: number,
  h: number,
  stage: { width: number; height: number },
  free: (box: Rect) => boolean,
  gap = 8,
  pad = 2,
): CalloutSpot | null {
  if (w > stage.width - 2 * pad || h > stage.height - 2 * pad) return null;
  const clampX = (x: number) => Math.min(Math.max(pad, x), stage.width - w - pad);
  const clampY = (y: number) => Math.min(Math.max(pad, y), stage.height - h - pad);
  const box: Rect = { x: 0, y: 0, w, h };
  const tryAt = (x: number, y: number) => {
    box.x = clampX(x);
    box.y = clampY(y);
    return free(box);
  };
  // Next to the point: above, below, right, left.
  const near = [
    { x: px - w / 2, y: py - gap - h },
    { x: px - w / 2, y: py + gap },
    { x: px + gap, y: py - h / 2 },
    { x: px - gap - w, y: py - h / 2 },
  ];
  for (const s of near) if (tryAt(s.x, s.y)) return { x: box.x, y: box.y, pointer: true };
  // The nearest free place, centred on the point and moved out from it.
  for (const o of OFFSETS)
    if (tryAt(px - w / 2 + o.dx, py - h / 2 + o.dy)) return { x: box.x, y: box.y, pointer: false };
  return null;
}

/** Whether two boxes share any area, `margin` px counting as touching. */
export function boxesTouch(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < b.x + b.w + margin &&
    b.x < a.x + a.w + margin &&
    a.y < b.y + b.h + margin &&
    b.y < a.y + a.h + margin
  );
}
