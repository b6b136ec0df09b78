import { describe, expect, it } from 'vitest';
import { backingSize, MAX_DPR, MAX_PIXELS } from './canvasSize.ts';

describe('backingSize', () => {
  it('scales the backing store by the pixel ratio', () => {
    expect(backingSize(600, 300, 2)).toEqual({ width: 1200, height: 600, scale: 2 });
    expect(backingSize(600, 300, 1)).toEqual({ width: 600, height: 300, scale: 1 });
  });

  it('caps the ratio and the total pixels, and survives nonsense', () => {
    expect(backingSize(600, 300, 4).scale).toBe(MAX_DPR);
    const huge = backingSize(4000, 2000, 2);
    expect(huge.width * huge.height).toBeLessThanOrEqual(MAX_PIXELS * 1.01);
    expect(backingSize(600, 300, Number.NaN).scale).toBe(1);
  });
});
