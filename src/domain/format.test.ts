import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatMs,
  formatNumber,
  formatPercent,
  formatShare,
  formatWithUnit,
  round,
  spokenWithUnit,
} from './format.ts';

describe('round', () => {
  it('keeps significant digits', () => {
    expect(round(73.4829, 2)).toBe(73);
    expect(round(0.012345, 2)).toBe(0.012);
  });
});

describe('formatters', () => {
  it('format numbers, times, bytes and shares readably', () => {
    expect(formatNumber(12345.678, 6)).toBe('12,345.7');
    // Counts (six digits asked) keep every whole unit: 4,018,131 is not 4,018,130.
    expect(formatNumber(4_018_131, 6)).toBe('4,018,131');
    expect(formatNumber(4_018_131.4, 6)).toBe('4,018,131');
    // Fewer digits asked (rates, times): rounded as asked.
    expect(formatNumber(12_345, 3)).toBe('12,300');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatMs(20)).toBe('20 ms');
    expect(formatMs(2500)).toBe('2.5 s');
    expect(formatBytes(1_000_000)).toBe('1 MB');
    expect(formatPercent(0.056)).toBe('5.6%');
    expect(formatPercent(0.5)).toBe('50%');
  });

  it('never rounds a share of a count to nothing, or to everything, when that is not so', () => {
    // The reader's case: 1 message lost of 3,961 read "0.0%".
    expect(formatShare(1 / 3961)).toBe('<0.1%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.0012)).toBe('0.1%');
    expect(formatShare(0.056)).toBe('5.6%');
    expect(formatShare(0.5)).toBe('50%');
    expect(formatShare(3960 / 3961)).toBe('>99.9%');
    expect(formatShare(0.996)).toBe('99.6%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(Number.NaN)).toBe('—');
  });

  it('uses the singular for exactly one', () => {
    expect(formatWithUnit(1, 'workers')).toBe('1 worker');
    expect(formatWithUnit(3, 'workers')).toBe('3 workers');
    expect(formatWithUnit(1, 'messages/s')).toBe('1 message/s');
    expect(formatWithUnit(2, 'messages/s')).toBe('2 messages/s');
  });

  it('spells units out for screen readers', () => {
    expect(spokenWithUnit(70, 'messages/s')).toBe('70 messages per second');
    expect(spokenWithUnit(20, 'ms')).toBe('20 milliseconds');
    expect(spokenWithUnit(1, 'messages/s')).toBe('1 message per second');
  });
});
