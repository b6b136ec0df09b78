import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../game/rules.ts';
import { contrastRatio, inkOn, laneStyle } from './laneStyle.ts';

describe('laneStyle', () => {
  it('gives every lane its own colour, shape and keys', () => {
    const lanes = Array.from({ length: DEFAULT_RULES.lanes }, (_, i) => laneStyle(i));
    expect(new Set(lanes.map((l) => l.color)).size).toBe(lanes.length);
    expect(new Set(lanes.map((l) => l.shape)).size).toBe(lanes.length);
    expect(new Set(lanes.map((l) => l.keys[0])).size).toBe(lanes.length);
  });

  it('writes on each block in an ink that passes WCAG AA for text (4.5:1)', () => {
    for (let lane = 0; lane < DEFAULT_RULES.lanes; lane++) {
      const { color, ink } = laneStyle(lane);
      expect(contrastRatio(color, ink)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('inkOn', () => {
  it('picks white on dark colours and black on light ones', () => {
    expect(inkOn('#000000')).toBe('#ffffff');
    expect(inkOn('#ffffff')).toBe('#000000');
    expect(() => inkOn('blue')).toThrow(/#rrggbb/);
  });
});
