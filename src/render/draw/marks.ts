/**
 * Shape marks, so a block's key, priority or drop reason never rests on colour alone. Every mark is a
 * closed, fillable outline (the ring relies on even-odd filling), so all marks of one ink go into a
 * single path and a single fill per frame.
 */
import type { MarkShape } from '../paint.ts';
import type { Ctx2D } from './ctx.ts';

const T = 0.32;
const PLUS = new Float64Array([
  -T,
  -1,
  T,
  -1,
  T,
  -T,
  1,
  -T,
  1,
  T,
  T,
  T,
  T,
  1,
  -T,
  1,
  -T,
  T,
  -1,
  T,
  -1,
  -T,
  -T,
  -T,
]);

function polygon(ctx: Ctx2D, cx: number, cy: number, r: number, sides: number, rot: number): void {
  for (let i = 0; i < sides; i++) {
    const a = rot + (i * 2 * Math.PI) / sides;
    const x = cx + r * Math.cos(a);
    const y = cy + r * Math.sin(a);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
}

/** Adds the outline of `shape`, centred on (cx, cy) with radius r, to the current path. */
export function traceMark(ctx: Ctx2D, shape: MarkShape, cx: number, cy: number, r: number): void {
  switch (shape) {
    case 'square': {
      const s = r * 0.8;
      ctx.moveTo(cx - s, cy - s);
      ctx.lineTo(cx + s, cy - s);
      ctx.lineTo(cx + s, cy + s);
      ctx.lineTo(cx - s, cy + s);
      ctx.closePath();
      break;
    }
    case 'circle':
      ctx.moveTo(cx + r * 0.85, cy);
      ctx.arc(cx, cy, r * 0.85, 0, Math.PI * 2);
      ctx.closePath();
      break;
    case 'ring':
      ctx.moveTo(cx + r * 0.9, cy);
      ctx.arc(cx, cy, r * 0.9, 0, Math.PI * 2);
      ctx.closePath();
      ctx.moveTo(cx + r * 0.45, cy);
      ctx.arc(cx, cy, r * 0.45, 0, Math.PI * 2);
      ctx.closePath();
      break;
    case 'triangle':
      polygon(ctx, cx, cy + r * 0.15, r, 3, -Math.PI / 2);
      break;
    case 'triangle-down':
      polygon(ctx, cx, cy - r * 0.15, r, 3, Math.PI / 2);
      break;
    case 'diamond':
      polygon(ctx, cx, cy, r, 4, 0);
      break;
    case 'hexagon':
      polygon(ctx, cx, cy, r * 0.92, 6, 0);
      break;
    case 'pentagon':
      polygon(ctx, cx, cy + r * 0.08, r * 0.95, 5, -Math.PI / 2);
      break;
    case 'hourglass':
      ctx.moveTo(cx - r * 0.8, cy - r);
      ctx.lineTo(cx + r * 0.8, cy - r);
      ctx.lineTo(cx, cy);
      ctx.lineTo(cx + r * 0.8, cy + r);
      ctx.lineTo(cx - r * 0.8, cy + r);
      ctx.lineTo(cx, cy);
      ctx.closePath();
      break;
    case 'bolt':
      // A lightning bolt: a crash.
      ctx.moveTo(cx + r * 0.3, cy - r);
      ctx.lineTo(cx - r * 0.6, cy + r * 0.15);
      ctx.lineTo(cx - r * 0.02, cy + r * 0.15);
      ctx.lineTo(cx - r * 0.3, cy + r);
      ctx.lineTo(cx + r * 0.6, cy - r * 0.15);
      ctx.lineTo(cx + r * 0.02, cy - r * 0.15);
      ctx.closePath();
      break;
    case 'star':
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r : r * 0.45;
        const x = cx + rr * Math.cos(a);
        const y = cy + rr * Math.sin(a);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
      break;
    case 'bar': {
      const h = r * 0.35;
      ctx.moveTo(cx - r, cy - h);
      ctx.lineTo(cx + r, cy - h);
      ctx.lineTo(cx + r, cy + h);
      ctx.lineTo(cx - r, cy + h);
      ctx.closePath();
      break;
    }
    case 'plus':
    case 'cross': {
      // A twelve-point outline of a plus (unit coordinates, scaled by r); the cross is it turned 45°.
      const rot = shape === 'cross' ? Math.PI / 4 : 0;
      const c = Math.cos(rot) * r;
      const s = Math.sin(rot) * r;
      for (let i = 0; i < PLUS.length; i += 2) {
        const px = PLUS[i] as number;
        const py = PLUS[i + 1] as number;
        const x = cx + px * c - py * s;
        const y = cy + px * s + py * c;
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
      break;
    }
  }
}
