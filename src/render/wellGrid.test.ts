import { describe, expect, it } from 'vitest';
import {
  chooseColumns,
  MAX_CELLS,
  MAX_TOTAL_CELLS,
  niceCeil,
  planWellGrid,
  slotCell,
  stackUnit,
  UNBOUNDED_CELLS,
} from './wellGrid.ts';

describe('niceCeil', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0.5, 1, 1.1, 2, 3, 6, 11, 49, 51, 999].map(niceCeil)).toEqual([
      1, 1, 2, 2, 5, 10, 20, 50, 100, 1000,
    ]);
  });
});

describe('chooseColumns', () => {
  it('makes wells taller than wide, preferring columns that divide the capacity', () => {
    expect(chooseColumns(20)).toBe(4);
    expect(chooseColumns(50)).toBe(5);
    expect(chooseColumns(200)).toBe(10);
    expect(chooseColumns(1)).toBe(1);
    for (const n of [7, 16, 32, 64, 100, 137]) {
      const cols = chooseColumns(n);
      expect(cols).toBeGreaterThanOrEqual(1);
      expect(cols).toBeLessThanOrEqual(10);
      expect(Math.ceil(n / cols)).toBeGreaterThanOrEqual(cols - 1);
    }
  });
});

describe('planWellGrid', () => {
  it('gives a bounded queue one cell per slot while it fits', () => {
    const g = planWellGrid({ capacity: 20, lanes: 1, budgetMessages: null });
    expect(g).toMatchObject({ cols: 4, rows: 5, unit: 1, capacity: 20, cellsPerLane: 20 });
  });

  it('lets a cell stand for several messages when the capacity is larger than the well', () => {
    const g = planWellGrid({ capacity: 5000, lanes: 1, budgetMessages: null });
    expect(g.unit).toBe(50);
    expect(g.cols * g.rows).toBeLessThanOrEqual(MAX_CELLS);
  });

  it('sizes an unbounded queue by its memory budget, or a default', () => {
    expect(
      planWellGrid({ capacity: null, lanes: 1, budgetMessages: 60 }).cellsPerLane,
    ).toBeGreaterThanOrEqual(60);
    const open = planWellGrid({ capacity: null, lanes: 1, budgetMessages: null });
    expect(open.cols * open.rows).toBeGreaterThanOrEqual(UNBOUNDED_CELLS);
  });

  it('splits the well into lanes under per-key ordering, within a total cell budget', () => {
    const three = planWellGrid({ capacity: null, lanes: 3, budgetMessages: null });
    expect(three).toMatchObject({ lanes: 3, colsPerLane: 2, cols: 6 });
    const many = planWellGrid({ capacity: null, lanes: 100, budgetMessages: null });
    expect(many.cols).toBe(100);
    expect(many.cols * many.rows).toBeLessThanOrEqual(MAX_TOTAL_CELLS);
  });
});

describe('slotCell', () => {
  it('snakes up from the bottom right, one cell at a time', () => {
    const g = planWellGrid({ capacity: 12, lanes: 1, budgetMessages: null });
    const cell = { col: 0, row: 0 };
    const cells = Array.from({ length: 8 }, (_, i) => ({ ...slotCell(g, 0, i, cell) }));
    expect(g.cols).toBe(3);
    expect(cells).toEqual([
      { col: 2, row: 0 },
      { col: 1, row: 0 },
      { col: 0, row: 0 },
      { col: 0, row: 1 },
      { col: 1, row: 1 },
      { col: 2, row: 1 },
      { col: 2, row: 2 },
      { col: 1, row: 2 },
    ]);
  });

  it('keeps each lane within its own columns', () => {
    const g = planWellGrid({ capacity: null, lanes: 2, budgetMessages: null });
    const cell = { col: 0, row: 0 };
    for (let i = 0; i < 20; i++) {
      expect(slotCell(g, 1, i, cell).col).toBeGreaterThanOrEqual(g.colsPerLane);
    }
  });
});

describe('stackUnit', () => {
  it('is the grid unit while a lane fits, and a round number that fits it beyond', () => {
    const g = planWellGrid({ capacity: null, lanes: 1, budgetMessages: null });
    expect(stackUnit(g, g.cellsPerLane)).toBe(1);
    const unit = stackUnit(g, 12_345);
    expect(unit * g.cellsPerLane).toBeGreaterThanOrEqual(12_345);
    expect([1, 2, 5]).toContain(unit / 10 ** Math.floor(Math.log10(unit)));
  });
});
