import { describe, expect, it } from 'vitest';
import { planWellGrid } from './wellGrid.ts';
import { WellPiles } from './wellPiles.ts';

const ids = (...n: number[]) => n.map((id) => ({ id }));
const grid = (capacity: number | null, lanes = 1) =>
  planWellGrid({ capacity, lanes, spaceW: 300, spaceH: 300 });

function cells(piles: WellPiles, list: number[]) {
  const out = { col: 0, row: 0 };
  return list.map((id) => (piles.cellOf(id, out) ? `${out.col},${out.row}` : 'none'));
}

describe('WellPiles', () => {
  it('fills an undisturbed well row by row from the bottom', () => {
    const g = grid(12);
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(0, ids(1, 2, 3, 4), 4);
    expect(cells(piles, [1, 2, 3, 4])).toEqual(['2,0', '1,0', '0,0', '0,1']);
  });

  it('keeps the head in one cell: when it leaves, every block moves one place along the queue', () => {
    const g = grid(12);
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(0, ids(1, 2, 3, 4, 5, 6, 7), 7);
    const before = cells(piles, [1, 2, 3, 4, 5, 6, 7]);
    piles.update(0, ids(2, 3, 4, 5, 6, 7), 6);
    // Each block takes the cell of the one ahead of it; the head's cell is the same, bottom right.
    expect(cells(piles, [2, 3, 4, 5, 6, 7])).toEqual(before.slice(0, 6));
    expect(cells(piles, [2])).toEqual([`${g.cols - 1},0`]);
    // Two leave at once (the head and one in the middle): still no gap along the queue.
    piles.update(0, ids(3, 5, 6, 7), 4);
    expect(cells(piles, [3, 5, 6, 7])).toEqual(before.slice(0, 4));
  });

  it('puts a newcomer in the cell right behind the newest, whatever left before it', () => {
    const g = grid(12);
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(0, ids(1, 2, 3, 4, 5, 6), 6);
    const order = cells(piles, [1, 2, 3, 4, 5, 6]);
    piles.update(0, ids(2, 3, 4, 5, 6, 9), 6);
    expect(cells(piles, [9])).toEqual([order[5]]);
  });

  it('never uses cells past the capacity', () => {
    const g = grid(10);
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

  it('raises a packed lane’s floor: its blocks follow on from the floor, in their order', () => {
    const g = grid(null);
    const piles = new WellPiles();
    piles.reset(g);
    const all = Array.from({ length: g.cols + 2 }, (_, i) => i);
    piles.update(0, ids(...all), all.length);
    const before = cells(piles, all);
    piles.setFloor(0, 2);
    piles.update(0, ids(...all), all.length);
    expect(piles.floorOf(0)).toBe(2);
    // Everything moved up two rows (an even number: the snake runs the same way), nothing sideways.
    expect(cells(piles, all)).toEqual(
      before.map((c) => {
        const [col, row] = c.split(',').map(Number);
        return `${col},${(row as number) + 2}`;
      }),
    );
    // The floor comes down again, and the blocks with it.
    piles.setFloor(0, 0);
    piles.update(0, ids(...all), all.length);
    expect(cells(piles, all)).toEqual(before);
  });

  it('stands each column’s blocks right on its grey cells, filled from the exit side', () => {
    const g = grid(null);
    const piles = new WellPiles();
    piles.reset(g);
    const all = Array.from({ length: g.cols }, (_, i) => i);
    piles.update(0, ids(...all), all.length);
    // A row and two cells of grey: the two columns at the exit side stand two cells up.
    piles.setPacked(0, g.cols + 2);
    piles.update(0, ids(...all), all.length);
    const rows = new Map<number, number[]>();
    for (const c of cells(piles, all)) {
      const [col, row] = c.split(',').map(Number) as [number, number];
      rows.set(col, [...(rows.get(col) ?? []), row]);
    }
    for (const [col, used] of rows) {
      const floor = col >= g.cols - 2 ? 2 : 1;
      expect(Math.min(...used), `column ${col}`).toBe(floor);
    }
    expect(piles.floorOf(0)).toBe(2);
  });

  it('reads the newest blocks from the back of a list', () => {
    const g = grid(null);
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(0, ids(1, 2, 3, 4, 5), 2, 3);
    expect(cells(piles, [1, 2, 3, 4, 5]).filter((c) => c !== 'none')).toHaveLength(2);
    expect(cells(piles, [4, 5])).not.toContain('none');
  });

  it('forgets everything on reset', () => {
    const g = grid(null, 2);
    const piles = new WellPiles();
    piles.reset(g);
    piles.update(1, ids(3), 1);
    expect(cells(piles, [3])).toEqual([`${g.colsPerLane * 2 - 1},0`]);
    piles.reset(g);
    expect(cells(piles, [3])).toEqual(['none']);
  });
});
