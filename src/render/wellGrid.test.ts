import { describe, expect, it } from 'vitest';
import {
  cellLimits,
  chooseColumns,
  maxPackedRows,
  niceCeil,
  packUnit,
  planLanePile,
  planWellGrid,
  type LanePile,
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
  const desk = { spaceW: 200, spaceH: 280 };
  const phone = { spaceW: 80, spaceH: 220, compact: true };

  it('gives a bounded queue one cell per slot while that fits at a readable size', () => {
    const g = planWellGrid({ capacity: 20, lanes: 1, ...desk });
    expect(g).toMatchObject({ cols: 4, rows: 5, capacity: 20, fitsCapacity: true });
    expect(g.cell).toBeGreaterThanOrEqual(cellLimits(false).min);
    // A hundred slots fit a desktop's well, not a phone's.
    expect(planWellGrid({ capacity: 100, lanes: 1, ...desk }).fitsCapacity).toBe(true);
    expect(planWellGrid({ capacity: 100, lanes: 1, ...phone }).fitsCapacity).toBe(false);
  });

  it('fills a phone’s tall, narrow well with larger blocks instead of leaving a band above it', () => {
    // The 20-place well of the Payments exercise and blog figure 2, in the room a 360 px phone gives.
    for (const capacity of [20, 30]) {
      const g = planWellGrid({ capacity, lanes: 1, ...phone });
      expect(g.fitsCapacity, `${capacity}`).toBe(true);
      expect(g.cols * g.rows).toBeGreaterThanOrEqual(capacity);
      expect(g.cols * g.cell).toBeLessThanOrEqual(phone.spaceW);
      expect(
        g.rows * g.cell,
        `${capacity}: ${g.cols} × ${g.rows} at ${g.cell} px`,
      ).toBeGreaterThanOrEqual(0.75 * phone.spaceH);
    }
    // A desktop keeps the board's usual shape.
    expect(planWellGrid({ capacity: 20, lanes: 1, ...desk })).toMatchObject({ cols: 4, rows: 5 });
  });

  it('shows a queue too long to draw cell by cell in a window of readable cells', () => {
    for (const space of [desk, phone]) {
      for (const capacity of [5000, null]) {
        const g = planWellGrid({ capacity, lanes: 1, ...space });
        expect(g.fitsCapacity, `${capacity}`).toBe(false);
        expect(g.cell).toBeGreaterThanOrEqual(cellLimits(space === phone).min);
        expect(g.cols * g.cell).toBeLessThanOrEqual(space.spaceW);
        expect(g.rows * g.cell).toBeLessThanOrEqual(space.spaceH);
        expect(g.cols).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('never draws the default scenario’s unbounded queue as confetti', () => {
    // The widths the stage has in the playground at 360 px and in its 1280 px layout.
    for (const space of [phone, desk]) {
      const g = planWellGrid({ capacity: null, lanes: 1, ...space });
      expect(g.cell).toBeGreaterThanOrEqual(18);
      expect(g.cellsPerLane).toBeGreaterThanOrEqual(24);
    }
  });

  it('splits the well into lanes under per-key ordering, narrowing them on a phone', () => {
    const three = planWellGrid({ capacity: null, lanes: 3, ...desk });
    expect(three).toMatchObject({ lanes: 3, colsPerLane: 2, cols: 6 });
    expect(planWellGrid({ capacity: null, lanes: 3, ...phone }).colsPerLane).toBe(1);
    const many = planWellGrid({ capacity: null, lanes: 40, ...desk });
    expect(many.cols).toBe(40);
    expect(many.cols * many.cell).toBeLessThanOrEqual(desk.spaceW);
  });
});

describe('packing a long lane', () => {
  const grid = planWellGrid({ capacity: null, lanes: 1, spaceW: 200, spaceH: 280 });
  const cap = grid.cellsPerLane;
  const pile = (): LanePile => ({ packedRows: 0, packedCells: 0, packed: 0, single: 0 });

  it('packs nothing while everything fits as single blocks', () => {
    expect(packUnit(grid, [cap], 1)).toBe(1);
    expect(planLanePile(grid, cap, 1, 0, pile())).toMatchObject({ packedRows: 0, single: cap });
  });

  it('packs the oldest into grey rows, keeping the newest as blocks on top, for any length', () => {
    for (const count of [cap + 1, cap * 3, 12_345, 1_000_000]) {
      const unit = packUnit(grid, [count], 1);
      expect([1, 2, 5]).toContain(unit / 10 ** Math.floor(Math.log10(unit)));
      const p = planLanePile(grid, count, unit, 0, pile());
      expect(p.single + p.packed).toBe(count);
      expect(p.packedRows).toBeGreaterThan(0);
      expect(p.packedRows).toBeLessThanOrEqual(maxPackedRows(grid.rows));
      // The newest rows stay single blocks: the Tetris picture is never lost.
      expect(p.single).toBe((grid.rows - p.packedRows) * grid.colsPerLane);
      expect(p.packedCells * unit).toBeGreaterThanOrEqual(p.packed);
      expect(p.packedCells).toBeLessThanOrEqual(p.packedRows * grid.colsPerLane);
    }
  });

  it('keeps its packed rows and its unit while the queue hovers at a boundary', () => {
    const unit = packUnit(grid, [cap + 10], 1);
    const first = planLanePile(grid, cap + 10, unit, 0, pile());
    // One row fewer would do for a slightly shorter queue; it keeps the rows it has.
    let rows = first.packedRows;
    for (const count of [cap + 9, cap + 11, cap + 8, cap + 12, cap + 2]) {
      rows = planLanePile(grid, count, unit, rows, pile()).packedRows;
      expect(rows).toBe(first.packedRows);
    }
    expect(packUnit(grid, [cap + 2], unit)).toBe(unit);
    // A queue far shorter lets go of a large unit.
    expect(packUnit(grid, [cap * 40], 1)).toBeGreaterThan(packUnit(grid, [cap * 3], 1));
    expect(packUnit(grid, [cap * 3], packUnit(grid, [cap * 40], 1))).toBe(
      packUnit(grid, [cap * 3], 1),
    );
  });

  it('shares one unit across lanes, so their heights compare', () => {
    const lanes = planWellGrid({ capacity: null, lanes: 3, spaceW: 200, spaceH: 280 });
    const unit = packUnit(lanes, [10, lanes.cellsPerLane * 4, lanes.cellsPerLane * 2], 1);
    expect(unit).toBe(packUnit(lanes, [lanes.cellsPerLane * 4], 1));
  });
});
