import { describe, expect, it } from 'vitest';
import { asSentence, capitalize } from './sentence.ts';

describe('capitalize', () => {
  it('puts only the first letter in capitals', () => {
    expect(capitalize('stage 3 (database)')).toBe('Stage 3 (database)');
    expect(capitalize('')).toBe('');
  });
});

describe('asSentence', () => {
  it('capitalises and ends with a full stop', () => {
    expect(asSentence('tried 2 settings; passed 1')).toBe('Tried 2 settings; passed 1.');
  });
  it('keeps an ending the text already has', () => {
    expect(asSentence('is it full?')).toBe('Is it full?');
    expect(asSentence('done.')).toBe('Done.');
    expect(asSentence('now!')).toBe('Now!');
  });
});
