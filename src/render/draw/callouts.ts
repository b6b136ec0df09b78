/**
 * Moments called out on the stage: a few words on a dark chip next to where it happened, with a
 * short pointer. Drawn last, in the first place around its point that covers no other word on the
 * stage and stays on the canvas; when there is none, the words are only read to screen readers.
 */
import { label, measure, type Pen } from '../labels.ts';
import type { CalloutView, StageScene } from '../scene.ts';
import { roundRectPath } from './ctx.ts';

interface Spot {
  x: number;
  y: number;
}

export function drawCallouts(pen: Pen, scene: StageScene): void {
  for (const c of scene.callouts) drawCallout(pen, scene, c);
}

function drawCallout(pen: Pen, scene: StageScene, c: CalloutView): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const f = l.fonts;
  const tw = measure(ctx, f.smallBold, c.text);
  const w = tw + 14;
  const h = f.smallPx + 10;
  const gap = 8;
  // Wider than the stage: said to screen readers only.
  if (w > l.width - 4) return;
  // Candidate top-left corners: above, below, then beside the point.
  const spots: Spot[] = [
    { x: c.x - w / 2, y: c.y - gap - h },
    { x: c.x - w / 2, y: c.y + gap },
    { x: c.x + gap, y: c.y - h / 2 },
    { x: c.x - gap - w, y: c.y - h / 2 },
    { x: c.x - w / 2, y: c.y - gap - 2 * h },
    { x: c.x - w / 2, y: c.y + gap + h },
  ];
  const pad = 2;
  for (const s of spots) {
    const x = Math.min(Math.max(pad, s.x), l.width - w - pad);
    const y = Math.min(Math.max(pad, s.y), l.height - h - pad);
    if (pen.labels.overlaps(x, y, w, h)) continue;
    ctx.globalAlpha = c.alpha;
    ctx.beginPath();
    roundRectPath(ctx, x, y, w, h, h / 2);
    ctx.fillStyle = theme.fg;
    ctx.fill();
    // A short pointer towards the point, from the chip's nearest edge.
    const px = Math.min(Math.max(c.x, x + h / 2), x + w - h / 2);
    const py = c.y < y ? y : c.y > y + h ? y + h : Number.NaN;
    if (!Number.isNaN(py)) {
      const dir = py === y ? -1 : 1;
      ctx.beginPath();
      ctx.moveTo(px - 5, py);
      ctx.lineTo(px + 5, py);
      ctx.lineTo(px, py + dir * 6);
      ctx.closePath();
      ctx.fill();
    }
    label(pen, c.text, x + w / 2, y + h / 2 + f.smallPx * 0.36, f.smallBold, theme.bg, 'center');
    ctx.globalAlpha = 1;
    return;
  }
}
