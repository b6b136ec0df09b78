import { describe, expect, it } from 'vitest';
import { planWellGrid } from './wellGrid.ts';
import { WellPiles } from './wellPiles.ts';

const ids = (...n: number[]) => n.map((id) => ({ id }));

function cells(piles: WellPiles, list: number[]) {
  const out = { col: 0, row: 0 };
  return list.map((id) => (piles.cellOf(id, out) ? `${out.col},${out.row}` : 'none'));
}

describe('WellPiles', () => {
  it('fills an undisturbed well row by row from the bottom', () => {
    const g = planWellGrid({ capacity: 12, lanes: 1, budgetMessages: null });
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(0, ids(1, 2, 3, 4), 4);
    expect(cells(piles, [1, 2, 3, 4])).toEqual(['2,0', '1,0', '0,0', '0,1']);
  });

  it('lets only the column above a departed block fall, by one cell', () => {
    const g = planWellGrid({ capacity: 12, lanes: 1, budgetMessages: null });
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(0, ids(1, 2, 3, 4, 5, 6, 7), 7);
    // 1 was at the bottom of column 2, under 6 and 7.
    piles.update(0, ids(2, 3, 4, 5, 6, 7), 6);
    expect(cells(piles, [2, 3, 4, 5, 6, 7])).toEqual(['1,0', '0,0', '0,1', '1,1', '2,0', '2,1']);
  });

  it('puts a newcomer on the lowest column', () => {
    const g = planWellGrid({ capacity: 12, lanes: 1, budgetMessages: null });
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(0, ids(1, 2, 3, 4, 5, 6), 6);
    piles.update(0, ids(2, 3, 4, 5, 6, 9), 6);
    expect(cells(piles, [9])).toEqual(['2,1']);
  });

  it('never uses cells past the capacity', () => {
    const g = planWellGrid({ capacity: 10, lanes: 1, budgetMessages: null });
    const piles = new WellPiles();
    piles.reset(g);
    const all = Array.from({ length: 10 }, (_, i) => i);
    piles.update(0, ids(...all), 10);
    const used = new Set(cells(piles, all));
    expect(used.size).toBe(10);
    expect(used.has('none')).toBe(false);
    // The part-filled top row is filled along the snake, so the hatched cells stay empty.
    const topRow = [...used].filter((c) => c.endsWith(`,${g.rows - 1}`)).length;
    expect(topRow).toBe(10 - g.cols * (g.rows - 1));
  });

  it('forgets a lane drawn in aggregate, and everything on reset', () => {
    const g = planWellGrid({ capacity: null, lanes: 2, budgetMessages: null });
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(0, ids(1, 2), 2);
    piles.update(1, ids(3), 1);
    piles.clearLane(0);
    expect(cells(piles, [1, 2, 3])).toEqual(['none', 'none', `${g.colsPerLane * 2 - 1},0`]);
    piles.reset(g);
    expect(cells(piles, [3])).toEqual(['none']);
  });
});
