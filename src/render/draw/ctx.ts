/**
 * The part of CanvasRenderingContext2D the stage uses. Drawing code takes this narrower type, so a
 * recording fake can stand in for it in tests.
 */
export type Ctx2D = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'setTransform'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'setLineDash'
  | 'lineDashOffset'
  | 'fillRect'
  | 'strokeRect'
  | 'beginPath'
  | 'closePath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'arcTo'
  | 'rect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'measureText'
>;

/** Adds a rounded rectangle to the current path. */
export function roundRectPath(
  ctx: Ctx2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.moveTo(x + rr, y);
  ctx.arcTo(x + w, y, x + w, y + h, rr);
  ctx.arcTo(x + w, y + h, x, y + h, rr);
  ctx.arcTo(x, y + h, x, y, rr);
  ctx.arcTo(x, y, x + w, y, rr);
  ctx.closePath();
}

/** A filled and outlined panel: the producer, a worker, the sink, the bin. */
export function panel(
  ctx: Ctx2D,
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  edge: string,
  edgeWidth = 1,
): void {
  ctx.beginPath();
  roundRectPath(ctx, x + 0.5, y + 0.5, w - 1, h - 1, Math.min(8, h / 4));
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = edgeWidth;
  ctx.strokeStyle = edge;
  ctx.stroke();
}

const fitted = new Map<string, string>();

/**
 * `s` shortened with an ellipsis to fit `maxWidth` in `font`. Measured once per (font, text, width)
 * and remembered, so labels that repeat every frame cost a map lookup.
 */
export function fitText(ctx: Ctx2D, s: string, font: string, maxWidth: number): string {
  const w = Math.floor(maxWidth);
  const key = `${font}|${w}|${s}`;
  const hit = fitted.get(key);
  if (hit !== undefined) return hit;
  ctx.font = font;
  let out = s;
  if (ctx.measureText(s).width > w) {
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(`${s.slice(0, mid)}…`).width <= w) lo = mid;
      else hi = mid - 1;
    }
    out = lo === 0 ? '' : `${s.slice(0, lo).trimEnd()}…`;
  }
  if (fitted.size > 500) fitted.clear();
  fitted.set(key, out);
  return out;
}

export function text(
  ctx: Ctx2D,
  s: string,
  x: number,
  y: number,
  font: string,
  color: string,
  align: CanvasTextAlign = 'left',
  maxWidth?: number,
): void {
  ctx.font = font;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  if (maxWidth === undefined) ctx.fillText(s, x, y);
  else ctx.fillText(s, x, y, Math.max(1, maxWidth));
}
