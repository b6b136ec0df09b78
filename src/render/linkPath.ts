/**
 * The way a pipeline's link runs, from a stage's hand-off box (in the place a single stage keeps its
 * "done" sink) into the next stage's well: drawn by draw/link.ts, and travelled by every block handed
 * over (routes.ts, planHandOver), so a block moves along the very line the reader sees.
 */
import type { ChainDirection } from './chainLayout.ts';
import type { StageLayout } from './stageLayout.ts';

/** Points on a link: four, as x, y pairs. */
export const LINK_POINTS = 4;

/**
 * Writes the link's four points into `out` (x0, y0, …, x3, y3): out of the box's side (a row) or its
 * foot (a column), across the gap, and into the middle of the next well's mouth.
 */
export function linkPath(
  from: StageLayout,
  to: StageLayout,
  direction: ChainDirection,
  out: Float64Array,
): Float64Array {
  const s = from.sink;
  const endX = to.well.x + to.well.w / 2;
  const endY = to.mouthY;
  if (direction === 'row') {
    const x0 = s.x + s.w;
    const y0 = s.y + s.h / 2;
    const midX = (x0 + to.well.x) / 2;
    put(out, x0, y0, midX, y0, midX, endY, endX, endY);
  } else {
    const x0 = s.x + s.w / 2;
    const y0 = s.y + s.h;
    const midY = to.wellArea.y - to.pad - to.fonts.bodyPx * 2.2;
    put(out, x0, y0, x0, midY, endX, midY, endX, endY);
  }
  return out;
}

// Written one by one: drawn every frame, so no array is made for it.
function put(
  out: Float64Array,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x3: number,
  y3: number,
): void {
  out[0] = x0;
  out[1] = y0;
  out[2] = x1;
  out[3] = y1;
  out[4] = x2;
  out[5] = y2;
  out[6] = x3;
  out[7] = y3;
}
