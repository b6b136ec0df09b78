import { describe, expect, it } from 'vitest';
import {
  cellLimits,
  chooseColumns,
  maxPackedRows,
  niceCeil,
  packUnit,
  packedInColumn,
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
    expect(planLanePile(grid, cap, 1, pile())).toMatchObject({ packedRows: 0, single: cap });
  });

  it('packs the oldest into grey cells, the newest as blocks standing right on them, for any length', () => {
    for (const count of [cap + 1, cap + 7, cap * 3, 12_345, 1_000_000]) {
      const unit = packUnit(grid, [count], 1);
      expect([1, 2, 5]).toContain(unit / 10 ** Math.floor(Math.log10(unit)));
      const p = planLanePile(grid, count, unit, pile());
      expect(p.single + p.packed).toBe(count);
      expect(p.packedRows).toBeGreaterThan(0);
      expect(p.packedRows).toBeLessThanOrEqual(maxPackedRows(grid.rows));
      // Greys and blocks take every cell between them: no empty cell between the two.
      expect(p.single + p.packedCells).toBe(cap);
      // The newest rows stay single blocks: the Tetris picture is never lost.
      expect(p.single).toBeGreaterThanOrEqual((grid.rows - p.packedRows) * grid.colsPerLane);
      expect(p.packedCells * unit).toBeGreaterThanOrEqual(p.packed);
      expect((p.packedCells - 1) * unit).toBeLessThan(p.packed);
      expect(p.packedCells).toBeLessThanOrEqual(p.packedRows * grid.colsPerLane);
    }
  });

  it('counts the grey cells of each column from the exit side', () => {
    const c = grid.colsPerLane;
    const cells = c + 3;
    const perColumn = Array.from({ length: c }, (_, k) => packedInColumn(cells, c, k));
    expect(perColumn.reduce((a, b) => a + b, 0)).toBe(cells);
    expect(perColumn.slice(0, 3)).toEqual([2, 2, 2]);
    expect(perColumn.slice(3)).toEqual(Array(c - 3).fill(1));
  });

  it('only grows its unit during a run, with room for the queue to double', () => {
    const grown: number[] = [];
    let unit = 1;
    // A queue growing steadily, as the default scenario's does, then draining and growing again.
    const counts = [
      ...Array.from({ length: 200 }, (_, i) => cap + i * 25),
      ...Array.from({ length: 200 }, (_, i) => cap + (200 - i) * 25),
      cap - 5,
      cap * 2,
    ];
    for (const count of counts) {
      const next = packUnit(grid, [count], unit);
      if (next === 1) continue;
      expect(next).toBeGreaterThanOrEqual(unit);
      if (next > unit) grown.push(next);
      unit = next;
    }
    // Growing seventy-fold, it changed scale four times (it took every step, ×2, ×5, ×10, ×20, …, seven).
    expect(grown.length).toBeLessThanOrEqual(4);
    // Draining and filling again, it kept the scale it had.
    expect(packUnit(grid, [cap * 2], unit)).toBe(unit);
    expect(packUnit(grid, [cap], unit)).toBe(1);
  });

  it('gives a bounded queue one scale from its first packing to its fullest', () => {
    // A reader watched a queue of 1,000 fill and met "now striped cell = ×50" as it grew.
    const bounded = planWellGrid({ capacity: 1000, lanes: 1, spaceW: 200, spaceH: 280 });
    expect(bounded.fitsCapacity).toBe(false);
    const units = new Set<number>();
    let unit = 1;
    for (let count = bounded.cellsPerLane + 1; count <= 1000; count += 7) {
      unit = packUnit(bounded, [count], unit);
      units.add(unit);
      const p = planLanePile(bounded, count, unit, pile());
      expect(p.single + p.packed).toBe(count);
    }
    expect([...units]).toHaveLength(1);
    // The full queue fits the well at that scale, a row of single blocks on top at least, and
    // fills it to the top: the well's height stands for the capacity.
    const full = planLanePile(bounded, 1000, unit, pile());
    expect(full.packedCells * unit).toBeGreaterThanOrEqual(full.packed);
    expect(full.single).toBeGreaterThanOrEqual(bounded.colsPerLane);
    expect(full.single + full.packedCells).toBe(bounded.cellsPerLane);
  });

  it('fills a well scaled to its limit a cell higher for each cell’s worth more, to the top at the limit', () => {
    // Readers saw a well always full, of finer and finer stripes, while the wait grew tenfold.
    for (const [spaceW, spaceH, compact] of [
      [200, 280, false],
      [130, 200, true],
      [240, 600, false],
    ] as const)
      for (const [capacity, memoryRoom] of [
        [null, 196],
        [null, 782],
        [1000, null],
        [5000, 300],
      ] as const) {
        const g = planWellGrid({ capacity, memoryRoom, lanes: 1, spaceW, spaceH, compact });
        const s = g.scale;
        expect(s, `${capacity} ${memoryRoom}`).not.toBeNull();
        if (s === null) continue;
        expect(s.fullAt).toBe(Math.min(capacity ?? Infinity, memoryRoom ?? Infinity));
        expect(s.singles).toBeGreaterThanOrEqual(g.colsPerLane);
        let unit = 1;
        let last = 0;
        for (let count = 1; count <= s.fullAt; count++) {
          unit = packUnit(g, [count], unit);
          const p = planLanePile(g, count, unit, pile());
          expect(p.single + p.packed).toBe(count);
          const filled = p.single + p.packedCells;
          // Never emptier for more, and a cell higher for each `unit` more.
          expect(filled).toBeGreaterThanOrEqual(last);
          expect(filled).toBe(
            Math.min(count, s.singles) + Math.ceil(Math.max(0, count - s.singles) / s.unit),
          );
          last = filled;
        }
        // One scale all the way, and full (within a cell) at the limit.
        expect(unit).toBe(s.unit);
        expect(last).toBeGreaterThanOrEqual(g.cellsPerLane - 1);
        expect(last).toBeLessThanOrEqual(g.cellsPerLane);
        // A memory's room is reckoned: a few more still fit at that scale, the well full.
        const over = Math.round(s.fullAt * 1.05);
        expect(packUnit(g, [over], unit)).toBe(s.unit);
        const p = planLanePile(g, over, s.unit, pile());
        expect(p.single + p.packedCells).toBe(g.cellsPerLane);
        expect(p.single).toBeGreaterThanOrEqual(1);
      }
  });

  it('shares one unit across lanes, so their heights compare', () => {
    const lanes = planWellGrid({ capacity: null, lanes: 3, spaceW: 200, spaceH: 280 });
    const unit = packUnit(lanes, [10, lanes.cellsPerLane * 4, lanes.cellsPerLane * 2], 1);
    expect(unit).toBe(packUnit(lanes, [lanes.cellsPerLane * 4], 1));
  });
});
