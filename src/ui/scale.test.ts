import { describe, expect, it } from 'vitest';
import { positionOf, STEPS, valueAt, type Range } from './scale.ts';

const log: Range = { min: 1, max: 10_000, scale: 'log' };
const linear: Range = { min: 0, max: 500, scale: 'linear', integer: true };

describe('valueAt and positionOf', () => {
  it('hit both ends exactly', () => {
    expect(valueAt(0, log)).toBe(1);
    expect(valueAt(STEPS, log)).toBe(10_000);
    expect(valueAt(STEPS, linear)).toBe(500);
  });

  it('are inverse up to rounding', () => {
    for (const value of [1, 7, 70, 130, 999, 10_000]) {
      const back = valueAt(positionOf(value, log), log);
      expect(Math.abs(back / value - 1)).toBeLessThan(0.05);
    }
  });

  it('clamp values outside the slider', () => {
    expect(positionOf(1e6, log)).toBe(STEPS);
    expect(positionOf(-5, linear)).toBe(0);
  });

  it('round whole-number knobs', () => {
    expect(Number.isInteger(valueAt(77, linear))).toBe(true);
  });
});
