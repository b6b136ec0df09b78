import { describe, expect, it } from 'vitest';
import {
  formatRate,
  packedKeyWords,
  stopTag,
  stoppedAtTimesLines,
  stoppedAtTimesWords,
  stoppedWords,
} from './stageWords.ts';

describe('stage words', () => {
  it('writes a rate one way wherever it is shown', () => {
    // The Done box said "3.0/s" on a phone and "0/s" on a laptop; the card under it "2.96/s".
    expect(formatRate(3)).toBe('3/s');
    expect(formatRate(2.96)).toBe('3/s');
    expect(formatRate(2.54)).toBe('2.5/s');
    expect(formatRate(0)).toBe('0/s');
    expect(formatRate(Number.NaN)).toBe('0/s');
    expect(formatRate(44.2)).toBe('44/s');
    expect(formatRate(1234)).toBe('1,234/s');
    expect(formatRate(123_456)).toBe('123k/s');
  });

  it('keeps the state’s own word in every form, and no second colon after "Producer:"', () => {
    for (const kind of ['blocked', 'no-credit'] as const) {
      const word = kind === 'blocked' ? 'blocked' : 'no credit';
      for (const w of [...stoppedWords(kind), ...stoppedAtTimesWords(kind, '41%')]) {
        expect(w.startsWith(word), w).toBe(true);
        expect(w).not.toContain(':');
      }
      // On two lines, the word first and the share with its span after: never either alone.
      for (const [first, second] of stoppedAtTimesLines(kind, '41%')) {
        expect(first).toBe(word);
        expect(second).toMatch(/^41%( of |$)/);
      }
      expect(stopTag(kind, true).toLowerCase()).toContain(word);
      expect(stopTag(kind, false).toLowerCase()).toContain(word);
    }
  });
});

describe('packedKeyWords', () => {
  it('says what the striped cell pictured before it holds, in messages, and when the scale is new', () => {
    // "Up to": the cell being filled holds fewer (try 15).
    expect(packedKeyWords('20')).toEqual(['holds up to 20', 'up to 20', 'holds 20', '20 each']);
    expect(packedKeyWords('20', true)[0]).toBe('now holds up to 20');
  });
});
