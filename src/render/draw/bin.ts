/**
 * The bin beside the well: how many messages were lost, by reason, each with its colour, mark and
 * line dash from the shared palette, so it matches the drops chart and its legend.
 */
import { DROP_REASONS } from '../../sim/types.ts';
import { formatCount } from '../format.ts';
import type { PreparedPalette, ReasonPaint } from '../paint.ts';
import type { StageScene } from '../scene.ts';
import type { StageTheme } from '../theme.ts';
import { fitText, panel, text, type Ctx2D } from './ctx.ts';
import { traceMark } from './marks.ts';

const NO_DASH: number[] = [];

export function drawBin(
  ctx: Ctx2D,
  scene: StageScene,
  theme: StageTheme,
  palette: PreparedPalette,
): void {
  const l = scene.layout;
  const b = l.bin;
  const f = l.fonts;
  const dropped = scene.snapshot.dropped;
  const any = dropped.total > 0;
  panel(ctx, b.x, b.y, b.w, b.h, theme.panel, any ? theme.danger : theme.panelEdge);
  const headY = b.y + f.bodyPx * 1.35;
  text(ctx, 'Dropped', b.x + 8, headY, f.bold, theme.fg, 'left', b.w * 0.55);
  text(
    ctx,
    formatCount(dropped.total),
    b.x + b.w - 8,
    headY,
    f.bold,
    any ? theme.danger : theme.muted,
    'right',
    b.w * 0.4,
  );
  if (!any) {
    text(
      ctx,
      'nothing lost yet',
      b.x + 8,
      headY + f.smallPx * 1.6,
      f.small,
      theme.muted,
      'left',
      b.w - 16,
    );
    return;
  }
  const rowH = Math.max(f.smallPx * 1.55, 14);
  const maxRows = Math.max(0, Math.floor((b.y + b.h - headY - 4) / rowH));
  let row = 0;
  let hidden = 0;
  for (let r = 0; r < DROP_REASONS.length; r++) {
    const reason = DROP_REASONS[r] as (typeof DROP_REASONS)[number];
    const n = dropped[reason];
    if (n <= 0) continue;
    if (row >= maxRows) {
      hidden++;
      continue;
    }
    const y = headY + 4 + row * rowH;
    const paint = palette.reasons[r] as ReasonPaint;
    const bump = scene.binBump[r] ?? 0;
    if (bump > 0) {
      ctx.globalAlpha = 0.25 * bump;
      ctx.fillStyle = paint.color;
      ctx.fillRect(b.x + 2, y, b.w - 4, rowH);
      ctx.globalAlpha = 1;
    }
    const cy = y + rowH / 2;
    const sw = rowH * 0.8;
    // Swatch: the reason's colour with its mark, then a sample of its line dash.
    ctx.fillStyle = paint.color;
    ctx.fillRect(b.x + 8, cy - sw / 2, sw, sw);
    ctx.beginPath();
    traceMark(ctx, paint.shape, b.x + 8 + sw / 2, cy, sw * 0.32);
    ctx.fillStyle = palette.reasonInkDark[r] ? theme.inkOnLight : theme.inkOnDark;
    ctx.fill('evenodd');
    const dashX = b.x + 12 + sw;
    const dashW = l.compact ? 0 : Math.min(16, b.w * 0.1);
    if (dashW > 0) {
      ctx.beginPath();
      ctx.moveTo(dashX, cy);
      ctx.lineTo(dashX + dashW, cy);
      ctx.setLineDash(paint.dash);
      ctx.lineWidth = 2;
      ctx.strokeStyle = paint.color;
      ctx.stroke();
      ctx.setLineDash(NO_DASH);
    }
    const countX = b.x + b.w - 8;
    const count = formatCount(n);
    text(ctx, count, countX, cy + f.smallPx * 0.36, f.bold, theme.fg, 'right', b.w * 0.3);
    // The reason's name gets all the room the count leaves, measured (a fixed share cut short
    // names that would have fitted beside a small count, and let a big count overlap them).
    ctx.font = f.bold;
    const countW = Math.min(ctx.measureText(count).width, b.w * 0.3);
    const labelX = dashX + dashW + (dashW > 0 ? 5 : 0);
    const labelW = countX - countW - f.smallPx * 0.6 - labelX;
    if (labelW > f.smallPx * 3) {
      const label = fitText(ctx, paint.label, f.small, labelW);
      text(ctx, label, labelX, cy + f.smallPx * 0.36, f.small, theme.muted, 'left');
    }
    row++;
  }
  if (hidden > 0)
    text(
      ctx,
      `+${hidden} more reasons`,
      b.x + 8,
      headY + 4 + row * rowH + f.smallPx,
      f.small,
      theme.muted,
      'left',
      b.w - 16,
    );
}
