import { describe, expect, it } from 'vitest';
import { parseWeights } from './parseWeights.ts';

describe('parseWeights', () => {
  it('reads numbers separated by commas, colons or spaces', () => {
    expect(parseWeights('6, 3, 1')).toEqual([6, 3, 1]);
    expect(parseWeights('6:3:1')).toEqual([6, 3, 1]);
    expect(parseWeights(' 2  0.5 ')).toEqual([2, 0.5]);
  });

  it('refuses anything that is not a list of numbers', () => {
    expect(parseWeights('')).toBeNull();
    expect(parseWeights('six, three')).toBeNull();
    expect(parseWeights('1, Infinity')).toBeNull();
  });
});
