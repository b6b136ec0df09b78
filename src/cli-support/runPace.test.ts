import { describe, expect, it } from 'vitest';
import {
  formatLargeCount,
  formatSpan,
  progressLine,
  roundUpForLimit,
  shouldShowProgress,
  tooMuchWorkLine,
} from './runPace.ts';

describe('formatSpan', () => {
  it.each([
    [400, 'under a second'],
    [40_000, 'about 40 s'],
    [190_000, 'about 3 min'],
    [9.4 * 3_600_000, 'about 9.4 hours'],
    [30 * 3_600_000, 'about 30 hours'],
    [11 * 86_400_000, 'about 11 days'],
  ])('%d ms reads "%s"', (ms, words) => {
    expect(formatSpan(ms)).toBe(words);
  });
});

describe('formatLargeCount', () => {
  it.each([
    [45_000, '45,000'],
    [3_200_000, '3.2 million'],
    [500_000_000, '500 million'],
    [86_400_000_000, '86 billion'],
    [2e9, '2 billion'],
  ])('%d reads "%s"', (n, words) => {
    expect(formatLargeCount(n)).toBe(words);
  });
});

describe('roundUpForLimit', () => {
  it('rounds up to two significant digits, so the suggestion lets the run through', () => {
    expect(roundUpForLimit(86_400_123_456)).toBe(87_000_000_000);
    expect(roundUpForLimit(520_000_001)).toBe(530_000_000);
    expect(roundUpForLimit(7)).toBe(7);
    for (const n of [1, 99, 101, 12_345, 9.99e9])
      expect(roundUpForLimit(n)).toBeGreaterThanOrEqual(n);
  });
});

describe('tooMuchWorkLine', () => {
  it('says how long the run would take, the limit, and the flag that allows it', () => {
    expect(tooMuchWorkLine(8.64e10, 5e8, 0.0001)).toBe(
      '--max-events: this run would take about 2.4 hours here (about 86 billion events, over the limit of 500 million); pass --max-events 87000000000 to run it anyway, or a shorter --duration',
    );
  });
});

describe('progressLine', () => {
  it('draws a bar, the share done and the time left', () => {
    expect(progressLine(0.5, 40_000, 10)).toBe('[#####.....] 50%  about 40 s left');
    expect(progressLine(0, 3_600_000, 4)).toBe('[....] 0%  about 60 min left');
    expect(progressLine(1.2, 0, 4)).toBe('[####] 100%  under a second left');
  });
});

describe('shouldShowProgress', () => {
  const pace = (elapsedMs: number, remainingMs: number) => ({ elapsedMs, remainingMs });
  it('shows a bar only on a terminal, for a run of more than a few seconds, after the first second', () => {
    expect(shouldShowProgress(true, pace(1200, 30_000))).toBe(true);
    expect(shouldShowProgress(false, pace(1200, 30_000))).toBe(false);
    expect(shouldShowProgress(true, pace(1200, 1000))).toBe(false);
    expect(shouldShowProgress(true, pace(300, 30_000))).toBe(false);
  });
});
