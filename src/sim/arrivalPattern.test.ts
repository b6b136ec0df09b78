import { describe, expect, it } from 'vitest';
import { rateSegmentAt, type RateSegment } from './arrivalPattern.ts';
import type { Pattern } from './scenario.ts';

const at = (pattern: Pattern, t: number): RateSegment =>
  rateSegmentAt(pattern, t, { ratePerSec: 0, end: 0 });

describe('the sine pattern', () => {
  const pattern: Pattern = {
    kind: 'sine',
    meanRatePerSec: 100,
    amplitudePerSec: 80,
    periodMs: 6400,
  };

  it('holds the sine of each segment’s middle for a 64th of a period, period after period', () => {
    for (let period = 0; period < 3; period++) {
      for (let k = 0; k < 64; k++) {
        const start = period * 6400 + k * 100;
        const segment = at(pattern, start + 37);
        const expected = 100 + 80 * Math.sin((2 * Math.PI * (k + 0.5)) / 64);
        expect(segment.ratePerSec).toBeCloseTo(expected, 10);
        expect(segment.end).toBe(start + 100);
      }
    }
  });

  it('is symmetric: a half period on, the rate mirrors about the mean', () => {
    for (let k = 0; k < 32; k++) {
      const up = at(pattern, k * 100 + 1).ratePerSec - 100;
      const down = at(pattern, (k + 32) * 100 + 1).ratePerSec - 100;
      expect(up + down).toBeCloseTo(0, 10);
    }
  });

  it('never asks for a negative rate', () => {
    const deep: Pattern = { ...pattern, amplitudePerSec: 300 } as Pattern;
    for (let t = 0; t < 6400; t += 50) expect(at(deep, t).ratePerSec).toBeGreaterThanOrEqual(0);
  });
});
