import { describe, expect, it } from 'vitest';
import { closeNames, didYouMean, editDistance } from './closeNames.ts';

describe('editDistance', () => {
  it('counts single-character edits', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('drop-oldest', 'drop-odlest')).toBe(2);
  });
});

describe('closeNames', () => {
  const presets = ['drop-oldest', 'drop-youngest', 'reject', 'block', 'kafka', 'go-channel'];

  it('finds typos and fragments, best first', () => {
    expect(closeNames('drop-odlest', presets)).toEqual(['drop-oldest']);
    expect(closeNames('oldest', presets)).toEqual(['drop-oldest']);
    expect(closeNames('drop', presets)).toEqual(['drop-oldest', 'drop-youngest']);
    expect(closeNames('KAFKA', presets)).toEqual(['kafka']);
  });

  it('suggests nothing for a name far from all of them', () => {
    expect(closeNames('zebra-crossing', presets)).toEqual([]);
    expect(didYouMean('zebra-crossing', presets)).toBe('');
  });

  it('phrases one or several suggestions', () => {
    expect(didYouMean('blok', presets)).toBe(' (did you mean block?)');
    expect(didYouMean('drop', presets)).toBe(' (did you mean drop-oldest or drop-youngest?)');
  });
});
