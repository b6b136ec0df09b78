/**
 * The shape of the Tetris well: how many columns and rows of cells, split into lanes under per-key
 * ordering, and how many messages one cell stands for when there are more than can be drawn.
 */

/** Cells drawn per lane at most; beyond it the lane is drawn in aggregate. */
export const MAX_CELLS = 200;
/** A single-lane well is never wider than Tetris's ten columns. */
export const MAX_COLS = 10;
/** Cells shown for an unbounded queue with no memory budget to size it by. */
export const UNBOUNDED_CELLS = 160;
/** Cells across all lanes at most, so the number of blocks drawn per frame stays bounded. */
export const MAX_TOTAL_CELLS = 600;

export interface WellGrid {
  lanes: number;
  colsPerLane: number;
  cols: number;
  rows: number;
  cellsPerLane: number;
  /** The queue's capacity in messages; null when unbounded. */
  capacity: number | null;
  /** Messages one cell stands for when the capacity is larger than the well (1 otherwise). */
  unit: number;
}

export interface WellGridInput {
  capacity: number | null;
  lanes: number;
  /** For an unbounded queue: how many messages fit the memory budget, if there is one. */
  budgetMessages: number | null;
}

/** The smallest of 1, 2, 5, 10, 20, 50, … that is at least `x`. */
export function niceCeil(x: number): number {
  if (!(x > 1)) return 1;
  let scale = 10 ** Math.floor(Math.log10(x));
  for (;;) {
    for (const m of [1, 2, 5]) if (m * scale >= x - 1e-9) return m * scale;
    scale *= 10;
  }
}

/**
 * Columns for a single-lane well of `cells`: taller than wide, like a Tetris board,
 * preferring a count that divides the cells so the capacity line runs straight across.
 */
export function chooseColumns(cells: number): number {
  const n = Math.max(1, Math.round(cells));
  const target = Math.min(MAX_COLS, Math.max(1, Math.sqrt(n / 1.5)));
  let best = Math.round(target);
  let bestScore = Infinity;
  for (
    let c = Math.max(1, Math.floor(target) - 3);
    c <= Math.min(MAX_COLS, Math.ceil(target) + 3);
    c++
  ) {
    const score = Math.abs(c - target) + (n % c === 0 ? 0 : 3);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

export function planWellGrid({ capacity, lanes, budgetMessages }: WellGridInput): WellGrid {
  const laneCount = Math.max(1, Math.floor(lanes));
  const wanted =
    capacity !== null
      ? Math.max(1, capacity)
      : budgetMessages !== null
        ? Math.min(MAX_CELLS, Math.max(20, Math.ceil(budgetMessages)))
        : UNBOUNDED_CELLS;
  const unit = capacity !== null && capacity > MAX_CELLS ? niceCeil(capacity / MAX_CELLS) : 1;
  const cells = Math.min(MAX_CELLS, Math.ceil(wanted / unit));
  if (laneCount === 1) {
    const cols = chooseColumns(cells);
    const rows = Math.max(1, Math.ceil(cells / cols));
    return { lanes: 1, colsPerLane: cols, cols, rows, cellsPerLane: cols * rows, capacity, unit };
  }
  // Lanes fill independently, so each gets narrow columns and the well stays readable as lanes.
  const colsPerLane = laneCount === 2 ? 3 : laneCount === 3 ? 2 : 1;
  const cols = laneCount * colsPerLane;
  const rows = Math.max(
    1,
    Math.min(20, Math.floor(MAX_TOTAL_CELLS / cols), Math.max(4, Math.ceil(cells / cols))),
  );
  return {
    lanes: laneCount,
    colsPerLane,
    cols,
    rows,
    cellsPerLane: colsPerLane * rows,
    capacity,
    unit,
  };
}

export interface Cell {
  col: number;
  /** From the floor: row 0 is the bottom of the well. */
  row: number;
}

/**
 * The cell of the `index`-th message of a lane (0 = the front). The lane snakes up from the bottom
 * right, alternating direction each row, so when the front leaves every block moves one cell along
 * the snake, never across the well.
 */
export function slotCell(grid: WellGrid, lane: number, index: number, out: Cell): Cell {
  const cpl = grid.colsPerLane;
  const row = Math.floor(index / cpl);
  const within = index - row * cpl;
  out.row = row;
  out.col = lane * cpl + (row % 2 === 0 ? cpl - 1 - within : within);
  return out;
}

/**
 * Messages per cell for a lane holding `count`: the grid's unit while everything fits, else a round
 * number large enough that it does (so the unit changes rarely as the pile grows).
 */
export function stackUnit(grid: WellGrid, count: number): number {
  if (count <= grid.cellsPerLane * grid.unit) return grid.unit;
  return niceCeil(count / grid.cellsPerLane);
}
