/**
 * The packed cells' "×N" chips, drawn again on top: the followed message's ring (blocks.ts) goes
 * round a packed cell under the count beside it, not through it. The chips are kept on the frame's
 * pen where the well draws them first (well.ts).
 */
import type { Pen } from '../labels.ts';
import { panel } from './ctx.ts';

/**
 * Draws again, over what came after them, the "×N" chips that the box (x, y, w, h) reaches: the
 * followed message's ring round a packed cell, so the ring goes under the count beside it instead of
 * through it. Not logged again (the words were, where they were first drawn).
 */
export function drawChipsOver(
  pen: Pen,
  x: number,
  y: number,
  w: number,
  h: number,
  /** A box no chip is drawn over (the followed block): one that reaches it stays under. */
  keepClear?: { x: number; y: number; w: number; h: number },
): void {
  const { ctx, theme } = pen;
  for (const c of pen.chips ?? []) {
    if (c.x >= x + w || x >= c.x + c.w || c.y >= y + h || y >= c.y + c.h) continue;
    const k = keepClear;
    if (k !== undefined && c.x < k.x + k.w && k.x < c.x + c.w && c.y < k.y + k.h && k.y < c.y + c.h)
      continue;
    panel(ctx, c.x, c.y, c.w, c.h, theme.bg, theme.panelEdge);
    ctx.font = c.font;
    ctx.fillStyle = theme.fg;
    ctx.textAlign = 'center';
    ctx.fillText(c.text, c.tx, c.ty);
  }
}
