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
  | 'clip'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
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
