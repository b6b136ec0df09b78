/**
 * Moments called out on the stage: a few words on a dark chip next to where it happened, with a
 * short pointer. Drawn last, in the place nearest its point that covers no word, no part of the
 * stage (obstacles.ts), no banner and nothing the page laid over the stage (the tour's name tag),
 * and stays on the canvas; when there is none, the words are only read to screen readers.
 */
import { boxesTouch, placeCallout } from '../calloutPlace.ts';
import { label, measure, type Pen } from '../labels.ts';
import { stageObstacles } from '../obstacles.ts';
import type { CalloutView, StageScene } from '../scene.ts';
import type { Rect } from '../stageLayout.ts';
import { roundRectPath } from './ctx.ts';

/** A moment chip's pointer, px, and how far the chip and the pointer's tip keep from any part. */
const POINTER = 6;
export const CALLOUT_CLEAR = 4;

/**
 * Whether a chip at box `b` stands clear: of every word and banner drawn, and of every part by a
 * few pixels (so its pointer's tip stops short of the part it points at: a reader saw "Queue full:
 * producer blocked" sit on the Producer box's bottom edge, its pointer touching the border).
 */
function clearOf(pen: Pen, obstacles: readonly Rect[]) {
  return (b: Rect) =>
    !pen.labels.overlaps(b.x, b.y, b.w, b.h) &&
    !pen.labels.touchesBanner(b.x, b.y, b.w, b.h) &&
    !obstacles.some((o) => boxesTouch(b, o, CALLOUT_CLEAR));
}

/**
 * A chip's short pointer towards its point (px, py), from the chip's nearest edge, filled in the
 * current fill style; returns its tip, or undefined where the chip has none (beside its point).
 */
function drawPointer(
  ctx: Pen['ctx'],
  chip: Rect,
  point: { x: number; y: number },
  pointer: boolean,
): { x: number; y: number } | undefined {
  const { x, y, w, h } = chip;
  const px = Math.min(Math.max(point.x, x + h / 2), x + w - h / 2);
  const py = point.y < y ? y : point.y > y + h ? y + h : Number.NaN;
  if (!pointer || Number.isNaN(py)) return undefined;
  const dir = py === y ? -1 : 1;
  ctx.beginPath();
  ctx.moveTo(px - 5, py);
  ctx.lineTo(px + 5, py);
  ctx.lineTo(px, py + dir * POINTER);
  ctx.closePath();
  ctx.fill();
  return { x: px, y: py + dir * POINTER };
}

/**
 * Where the followed message ended, by the Done box or the Lost bin: a chip outlined in the page's
 * text colour as its ring was, placed as a moment's chip is (clear of every word and part) and kept
 * until the reader follows another or stops. Drawn before the moments', so theirs step round it.
 */
export function drawFollowEnd(pen: Pen, scene: StageScene): void {
  const end = scene.followEnd;
  if (end === null) return;
  const { ctx, theme } = pen;
  const l = scene.layout;
  const f = l.fonts;
  const h = f.smallPx + 10;
  const free = clearOf(pen, stageObstacles(scene));
  for (const text of end.text) {
    const w = measure(ctx, f.smallBold, text) + 16;
    const spot = placeCallout(end.x, end.y, w, h, l, free, POINTER + CALLOUT_CLEAR);
    if (spot === null) continue;
    const { x, y } = spot;
    ctx.beginPath();
    roundRectPath(ctx, x + 1, y + 1, w - 2, h - 2, (h - 2) / 2);
    ctx.fillStyle = theme.bg;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = theme.fg;
    ctx.stroke();
    ctx.fillStyle = theme.fg;
    const tip = drawPointer(ctx, { x, y, w, h }, end, spot.pointer);
    pen.labels.addBanner({
      kind: 'callout',
      text,
      x,
      y,
      w,
      h,
      on: null,
      ...(tip === undefined ? {} : { tip }),
    });
    label(pen, text, x + w / 2, y + h / 2 + f.smallPx * 0.36, f.smallBold, theme.fg, 'center');
    return;
  }
}

export function drawCallouts(pen: Pen, scene: StageScene): void {
  if (scene.callouts.length === 0) return;
  const obstacles = stageObstacles(scene);
  for (const c of scene.callouts) drawCallout(pen, scene, c, obstacles);
}

function drawCallout(pen: Pen, scene: StageScene, c: CalloutView, obstacles: Rect[]): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const f = l.fonts;
  const w = measure(ctx, f.smallBold, c.text) + 14;
  const h = f.smallPx + 10;
  // Next to its point by more than its pointer's length, clear of every part by a few pixels.
  const spot = placeCallout(c.x, c.y, w, h, l, clearOf(pen, obstacles), POINTER + CALLOUT_CLEAR);
  if (spot === null) return;
  const { x, y } = spot;
  ctx.globalAlpha = c.alpha;
  ctx.beginPath();
  roundRectPath(ctx, x, y, w, h, h / 2);
  ctx.fillStyle = theme.fg;
  ctx.fill();
  // A short pointer towards the point, in the chip's colour.
  const tip = drawPointer(ctx, { x, y, w, h }, c, spot.pointer);
  pen.labels.addBanner({
    kind: 'callout',
    text: c.text,
    x,
    y,
    w,
    h,
    on: null,
    ...(tip === undefined ? {} : { tip }),
  });
  label(pen, c.text, x + w / 2, y + h / 2 + f.smallPx * 0.36, f.smallBold, theme.bg, 'center');
  ctx.globalAlpha = 1;
}
