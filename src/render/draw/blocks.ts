/**
 * Blocks: the messages. Resting and moving blocks are drawn in batches, one path and one fill per
 * colour and one per ink for the marks, so a full well costs a couple of dozen fills, not hundreds.
 * Only the few that are fading or flashing are drawn one by one.
 */
import { DROP_REASONS } from '../../sim/types.ts';
import type { Pen } from '../labels.ts';
import { blockIndex, type BlockPaint, type PreparedPalette } from '../paint.ts';
import type { BlockSprite, StageScene } from '../scene.ts';
import type { StageTheme } from '../theme.ts';
import type { Ctx2D } from './ctx.ts';
import { traceMark } from './marks.ts';

const HIGHLIGHT = 'rgba(255,255,255,0.26)';
const SHADE = 'rgba(0,0,0,0.2)';

const INKS = [true, false] as const;

const plain = (s: BlockSprite) => s.alpha >= 1 && s.flash <= 0;

export function drawSprites(pen: Pen, scene: StageScene): void {
  const { ctx, theme, palette } = pen;
  const sprites = scene.sprites;
  if (sprites.length === 0) return;
  const colours = palette.blocks.length;
  for (let c = 0; c < colours; c++) {
    let any = false;
    for (const s of sprites) {
      if (!plain(s) || blockIndex(palette, s.style) !== c) continue;
      if (!any) ctx.beginPath();
      any = true;
      const h = s.size / 2;
      ctx.rect(s.x - h, s.y - h, s.size, s.size);
    }
    if (any) {
      ctx.fillStyle = (palette.blocks[c] as BlockPaint).color;
      ctx.fill();
    }
  }
  bevel(ctx, sprites);
  for (const darkInk of INKS) {
    let any = false;
    for (const s of sprites) {
      const i = blockIndex(palette, s.style);
      if (!plain(s) || palette.blockInkDark[i] !== darkInk || s.size < 7) continue;
      if (!any) ctx.beginPath();
      any = true;
      traceMark(ctx, (palette.blocks[i] as BlockPaint).shape, s.x, s.y, s.size * 0.3);
    }
    if (any) {
      ctx.fillStyle = darkInk ? theme.inkOnLight : theme.inkOnDark;
      ctx.fill('evenodd');
    }
  }
  for (const s of sprites) {
    if (plain(s)) continue;
    drawOne(ctx, theme, palette, s.x, s.y, s.size, s.style, -1, s.alpha);
    if (s.flash > 0) {
      // A conflation: the replacement lights up where the old value stood.
      const h = s.size / 2 + 2;
      ctx.globalAlpha = s.flash;
      ctx.lineWidth = 2;
      ctx.strokeStyle = theme.fg;
      ctx.strokeRect(s.x - h, s.y - h, h * 2, h * 2);
      ctx.fillStyle = 'rgba(255,255,255,0.55)';
      ctx.fillRect(s.x - h + 2, s.y - h + 2, h * 2 - 4, h * 2 - 4);
      ctx.globalAlpha = 1;
    }
  }
}

function bevel(ctx: Ctx2D, sprites: readonly BlockSprite[]): void {
  ctx.beginPath();
  for (const s of sprites) {
    if (!plain(s) || s.size < 6) continue;
    const h = s.size / 2;
    const e = Math.max(1, s.size * 0.14);
    ctx.rect(s.x - h, s.y - h, s.size, e);
    ctx.rect(s.x - h, s.y - h + e, e, s.size - e);
  }
  ctx.fillStyle = HIGHLIGHT;
  ctx.fill();
  ctx.beginPath();
  for (const s of sprites) {
    if (!plain(s) || s.size < 6) continue;
    const h = s.size / 2;
    const e = Math.max(1, s.size * 0.14);
    ctx.rect(s.x - h + e, s.y + h - e, s.size - e, e);
    ctx.rect(s.x + h - e, s.y - h + e, e, s.size - 2 * e);
  }
  ctx.fillStyle = SHADE;
  ctx.fill();
}

/** The outline of a lost block on its way out, px: in the Lost box's red. */
export const LOST_OUTLINE_PX = 2;

/**
 * One block, on its own: its key's (or priority's) colour and mark; a lost block on its way out takes
 * its drop reason's colour and mark instead, the same as the reason's swatch in the bin it flies to,
 * flat, and outlined in red (the danger colour of the Lost box's border), so it is never taken for a
 * message still on its way in (evictions in Drop the oldest take the blue of the first key).
 */
export function drawOne(
  ctx: Ctx2D,
  theme: StageTheme,
  palette: PreparedPalette,
  x: number,
  y: number,
  size: number,
  style: number,
  reason: number,
  alpha: number,
): void {
  if (alpha <= 0) return;
  const h = size / 2;
  ctx.globalAlpha = alpha;
  const r = reason >= 0 ? palette.reasons[reason] : undefined;
  if (r !== undefined) {
    ctx.fillStyle = r.color;
    ctx.fillRect(x - h, y - h, size, size);
    // A halo of the page's colour, then the red line just inside it, over the block's edge.
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = theme.bg;
    ctx.strokeRect(
      x - h - LOST_OUTLINE_PX - 0.75,
      y - h - LOST_OUTLINE_PX - 0.75,
      size + 2 * LOST_OUTLINE_PX + 1.5,
      size + 2 * LOST_OUTLINE_PX + 1.5,
    );
    ctx.lineWidth = LOST_OUTLINE_PX;
    ctx.strokeStyle = theme.danger;
    ctx.strokeRect(
      x - h - LOST_OUTLINE_PX / 2,
      y - h - LOST_OUTLINE_PX / 2,
      size + LOST_OUTLINE_PX,
      size + LOST_OUTLINE_PX,
    );
    if (size >= 7) {
      ctx.beginPath();
      traceMark(ctx, r.shape, x, y, size * 0.32);
      ctx.fillStyle = palette.reasonInkDark[reason] ? theme.inkOnLight : theme.inkOnDark;
      ctx.fill('evenodd');
    }
    ctx.globalAlpha = 1;
    return;
  }
  const i = blockIndex(palette, style);
  const paint = palette.blocks[i] as BlockPaint;
  ctx.fillStyle = paint.color;
  ctx.fillRect(x - h, y - h, size, size);
  if (size >= 7) {
    ctx.beginPath();
    traceMark(ctx, paint.shape, x, y, size * 0.3);
    ctx.fillStyle = palette.blockInkDark[i] ? theme.inkOnLight : theme.inkOnDark;
    ctx.fill('evenodd');
  }
  ctx.globalAlpha = 1;
}

/**
 * Blocks on their way out. Deliveries (`lost` false) are drawn under the workers and the sink, so
 * they pass into a worker and come out the other side; lost ones are drawn over everything.
 */
/** Whether a block on its way (a lost one, or another) covers any of the box this frame. */
export function flightOver(
  scene: StageScene,
  lost: boolean,
  x: number,
  y: number,
  w: number,
  h: number,
): boolean {
  for (const f of scene.flights) {
    if (f.reason >= 0 !== lost || f.alpha <= 0) continue;
    const half = f.size / 2;
    if (f.x + half > x && f.x - half < x + w && f.y + half > y && f.y - half < y + h) return true;
  }
  return false;
}

export function drawFlights(pen: Pen, scene: StageScene, lost: boolean): void {
  const { ctx, theme, palette } = pen;
  const edge = gapEdge(scene);
  for (const f of scene.flights) {
    if (f.reason >= 0 !== lost || f.reason === REPLACED) continue;
    if (!besideWell(scene, f, edge)) {
      drawOne(ctx, theme, palette, f.x, f.y, f.size, f.style, f.reason, f.alpha);
      continue;
    }
    // Where the gap beside the well is narrower than the block (a phone), what reaches past the
    // gap is cut off: lost blocks and retries going down it were drawn over the well's left column
    // and its wall.
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, edge, scene.layout.height);
    ctx.clip();
    drawOne(ctx, theme, palette, f.x, f.y, f.size, f.style, f.reason, f.alpha);
    ctx.restore();
  }
}

/** The left edge of the well's left wall, less a pixel: nothing flying down the gap passes it. */
export function gapEdge(scene: StageScene): number {
  const l = scene.layout;
  return l.well.x - Math.max(3, Math.min(6, l.cell * 0.18)) - 1;
}

/**
 * Whether a block on its way is beside the well, in the gap on its left (below the rim, its centre
 * left of the middle of the well's first column), and reaches past the gap's edge, halo included.
 */
export function besideWell(
  scene: StageScene,
  f: { x: number; y: number; size: number; reason: number },
  edge: number,
): boolean {
  const l = scene.layout;
  const reach = f.size / 2 + (f.reason >= 0 ? LOST_OUTLINE_PX + 1.5 : 0);
  return f.y > l.well.y && f.x < l.well.x + l.cell / 2 && f.x + reach > edge;
}

const REPLACED = DROP_REASONS.indexOf('conflated');

/**
 * Values replaced by a newer one of their key, fading as they rise off their cell: under the blocks
 * at rest, so they never cover a live block (in Keep the latest per key a fading replaced block lay
 * over the newest one).
 */
export function drawReplaced(pen: Pen, scene: StageScene): void {
  const { ctx, theme, palette } = pen;
  for (const f of scene.flights)
    if (f.reason === REPLACED)
      drawOne(ctx, theme, palette, f.x, f.y, f.size, f.style, f.reason, f.alpha);
}

/**
 * The followed message: a thick round ring in the page's text colour with a halo of its background,
 * so it stands out on any block and over any part of the stage, wherever the message goes; in the
 * packed rows, its own block inside the ring. Round, where the well's own marks ("next", "newest")
 * are square outlines of a cell: a reader took the followed block's square ring for one of them.
 */
export function drawFollow(pen: Pen, scene: StageScene): void {
  const f = scene.follow;
  if (f === null || !f.visible) return;
  const { ctx, theme, palette } = pen;
  // Among the packed grey cells it has no block: its own is drawn on its cell, over the grey.
  if (f.packedStyle >= 0) drawOne(ctx, theme, palette, f.x, f.y, f.size, f.packedStyle, -1, 1);
  const r = followRingRadius(f.size);
  for (const [width, colour] of [
    [6, theme.bg],
    [3, theme.fg],
  ] as const) {
    ctx.beginPath();
    ctx.arc(f.x, f.y, r, 0, Math.PI * 2);
    ctx.lineWidth = width;
    ctx.strokeStyle = colour;
    ctx.stroke();
  }
}

/** The followed ring's radius for a block of `size`: clear of its corners (half the diagonal). */
export function followRingRadius(size: number): number {
  return size * 0.72 + 3;
}
