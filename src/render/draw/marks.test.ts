import { describe, expect, it } from 'vitest';
import type { MarkShape } from '../paint.ts';
import { createFakeContext } from '../testing/fakeContext.ts';
import { traceMark } from './marks.ts';

const SHAPES: MarkShape[] = [
  'square',
  'circle',
  'triangle',
  'triangle-down',
  'diamond',
  'cross',
  'plus',
  'star',
  'hexagon',
  'bar',
  'ring',
];

describe('traceMark', () => {
  it('draws every shape as closed outlines within its radius', () => {
    for (const shape of SHAPES) {
      const ctx = createFakeContext();
      traceMark(ctx, shape, 50, 50, 10);
      expect(ctx.count('closePath'), shape).toBeGreaterThanOrEqual(1);
      for (const c of ctx.calls) {
        if (c.name !== 'moveTo' && c.name !== 'lineTo') continue;
        const [x, y] = c.args as [number, number];
        expect(Math.hypot(x - 50, y - 50), shape).toBeLessThanOrEqual(10 * Math.SQRT2 + 1e-9);
      }
    }
  });

  it('gives the ring a hole (two outlines, for even-odd filling)', () => {
    const ctx = createFakeContext();
    traceMark(ctx, 'ring', 0, 0, 10);
    expect(ctx.count('arc')).toBe(2);
  });
});
