/** Positions along a polyline stored flat as x0, y0, x1, y1, … (the feedback wire). */

export interface Point {
  x: number;
  y: number;
}

/** Total length of the polyline, px. */
export function polylineLength(pts: Float64Array): number {
  let total = 0;
  for (let i = 2; i + 1 < pts.length; i += 2) {
    total += Math.hypot(
      (pts[i] as number) - (pts[i - 2] as number),
      (pts[i + 1] as number) - (pts[i - 1] as number),
    );
  }
  return total;
}

/** Writes the point a fraction `t` (0–1) of the way along into `out`. */
export function pointOnPolyline(pts: Float64Array, t: number, out: Point): Point {
  const n = pts.length >> 1;
  if (n === 0) return out;
  let target = polylineLength(pts) * Math.min(1, Math.max(0, t));
  for (let i = 1; i < n; i++) {
    const ax = pts[2 * i - 2] as number;
    const ay = pts[2 * i - 1] as number;
    const bx = pts[2 * i] as number;
    const by = pts[2 * i + 1] as number;
    const len = Math.hypot(bx - ax, by - ay);
    if (target <= len || i === n - 1) {
      const f = len > 0 ? Math.min(1, target / len) : 0;
      out.x = ax + (bx - ax) * f;
      out.y = ay + (by - ay) * f;
      return out;
    }
    target -= len;
  }
  out.x = pts[0] as number;
  out.y = pts[1] as number;
  return out;
}
