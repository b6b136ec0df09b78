import { describe, expect, it } from 'vitest';
import { SERIES_COLUMNS, SeriesRing } from '../sim/series.ts';
import { seriesToCsv } from './seriesCsv.ts';

/** A ring with `rows` samples where every column holds `row * 10 + columnIndex`. */
function ring(capacity: number, rows: number): SeriesRing {
  const r = new SeriesRing(capacity);
  for (let row = 0; row < rows; row++) {
    const slot = r.beginRow();
    SERIES_COLUMNS.forEach((_, c) => r.set(slot, c, row * 10 + c));
  }
  return r;
}

describe('seriesToCsv', () => {
  it('writes a header of every column, then rows oldest first', () => {
    const lines = seriesToCsv(ring(5, 3)).trimEnd().split('\n');
    expect(lines[0]).toBe(SERIES_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]?.split(',').slice(0, 3)).toEqual(['0', '1', '2']);
    expect(lines[3]?.split(',')[0]).toBe('20');
    expect(lines[1]?.split(',')).toHaveLength(SERIES_COLUMNS.length);
  });

  it('keeps only what the ring still holds after it wrapped', () => {
    const lines = seriesToCsv(ring(2, 5)).trimEnd().split('\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['t', '30', '40']);
  });

  it('is just the header for an empty series, and leaves missing values empty', () => {
    expect(seriesToCsv(ring(3, 0))).toBe(`${SERIES_COLUMNS.join(',')}\n`);
    const r = new SeriesRing(3);
    const slot = r.beginRow();
    r.set(slot, 1, Number.NaN);
    r.set(slot, 2, 0.1 + 0.2);
    expect(seriesToCsv(r).split('\n')[1]?.split(',').slice(0, 3)).toEqual([
      '0',
      '',
      '0.30000000000000004',
    ]);
  });
});
