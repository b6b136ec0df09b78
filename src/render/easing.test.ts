import { describe, expect, it } from 'vitest';
import { clamp01, easeInOutCubic, easeOutCubic, fadeSince, lerp } from './easing.ts';

describe('easing', () => {
  it('clamps progress and starts and ends where it should', () => {
    expect(clamp01(-1)).toBe(0);
    expect(clamp01(2)).toBe(1);
    for (const ease of [easeInOutCubic, easeOutCubic]) {
      expect(ease(0)).toBe(0);
      expect(ease(1)).toBe(1);
      expect(ease(-5)).toBe(0);
      expect(ease(5)).toBe(1);
    }
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5);
    expect(easeOutCubic(0.5)).toBeGreaterThan(0.5);
    expect(lerp(10, 20, 0.25)).toBe(12.5);
  });

  it('fades from 1 to 0 over the duration, and is 0 outside it', () => {
    expect(fadeSince(100, 100, 50)).toBe(1);
    expect(fadeSince(125, 100, 50)).toBeCloseTo(0.5);
    expect(fadeSince(150, 100, 50)).toBe(0);
    expect(fadeSince(90, 100, 50)).toBe(0);
    expect(fadeSince(0, -Infinity, 50)).toBe(0);
  });
});
