import { describe, expect, it } from 'vitest';
import { countsOf, rowDurations, weightedMeans, windowStarts } from './rateWindow.ts';

const f64 = (values: readonly number[]) => Float64Array.from(values);
/** Times of `n` rows every `every` ms, the first at `every`. */
const times = (n: number, every = 100) => f64(Array.from({ length: n }, (_, i) => (i + 1) * every));

describe('rowDurations', () => {
  it('is the time since the row before; the first row covers the run so far', () => {
    expect(Array.from(rowDurations(f64([100, 200, 350]), true))).toEqual([100, 100, 150]);
  });

  it('takes the next interval for a first row whose predecessor was overwritten', () => {
    expect(Array.from(rowDurations(f64([5000, 5100, 5200]), false))).toEqual([100, 100, 100]);
  });

  it('is empty for an empty series', () => {
    expect(rowDurations(f64([]), true)).toHaveLength(0);
  });
});

describe('windowStarts', () => {
  const t = times(30);
  const d = rowDurations(t, true);

  it('reaches back exactly one window of whole rows', () => {
    // Row 19 ends at 2000 ms; a 1 s window holds rows 10–19 (900–2000 ms began at 1000 ms or later).
    expect(windowStarts(t, d, [19], [1000])).toEqual([10]);
    expect(windowStarts(t, d, [29], [500])).toEqual([25]);
  });

  it('holds what there is at the start of a run', () => {
    expect(windowStarts(t, d, [0, 4, 9], [1000, 1000, 1000])).toEqual([0, 0, 0]);
  });

  it('is at least the row itself when the window is shorter than a row', () => {
    expect(windowStarts(t, d, [5, 20], [10, 10])).toEqual([5, 20]);
  });

  it('steps back for a longer window after a shorter one', () => {
    expect(windowStarts(t, d, [19, 20], [100, 1000])).toEqual([19, 11]);
  });
});

describe('weightedMeans', () => {
  it('averages a Poisson-like swing to its rate: the count in the window over the window', () => {
    // 100 ms rows alternating 30/s and 110/s: 3 and 11 messages, 70 a second.
    const rates = f64(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 30 : 110)));
    const t = times(40);
    const d = rowDurations(t, true);
    const ends = [19, 29, 39];
    const means = weightedMeans(rates, d, windowStarts(t, d, ends, [1000, 1000, 1000]), ends);
    expect(Array.from(means)).toEqual([70, 70, 70]);
  });

  it('weighs rows by the time they cover', () => {
    // 10/s for 100 ms then 40/s for 300 ms: 13 messages in 400 ms is 32.5/s, not the mean 25/s.
    const means = weightedMeans(f64([10, 40]), f64([100, 300]), [0], [1]);
    expect(means[0]).toBeCloseTo(32.5, 12);
  });

  it('skips NaN and weightless rows, and is NaN when nothing counts', () => {
    const values = f64([100, Number.NaN, 300, 999]);
    const weights = f64([1, 5, 3, 0]);
    const means = weightedMeans(values, weights, [0, 1, 3], [3, 1, 3]);
    expect(means[0]).toBeCloseTo(250, 12);
    expect(means[1]).toBeNaN();
    expect(means[2]).toBeNaN();
  });
});

describe('countsOf', () => {
  it('turns rates per second into counts over each row, NaN as none', () => {
    expect(Array.from(countsOf(f64([70, Number.NaN, 20]), f64([100, 100, 50])))).toEqual([7, 0, 1]);
  });
});
