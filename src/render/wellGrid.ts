/**
 * The shape of the Tetris well: how many columns and rows of cells, split into lanes under per-key
 * ordering, and, when a lane holds more than its cells, how its oldest messages pack into grey rows
 * at the bottom where each cell stands for several messages (the "×N" rows).
 *
 * The well is planned for the room it has, so its blocks stay large enough to read as blocks: a
 * bounded queue gets one cell per slot while that fits at a readable size; anything larger, and an
 * unbounded queue, gets a well of readable cells whose newest messages are drawn one by one on top of
 * the packed rows.
 */

/** Cells drawn per lane at most (the snapshot reads this many from each end of a lane). */
export const MAX_CELLS = 200;
/** A single-lane well is never wider than Tetris's ten columns. */
export const MAX_COLS = 10;

export interface WellGrid {
  lanes: number;
  colsPerLane: number;
  cols: number;
  rows: number;
  cellsPerLane: number;
  /** The queue's capacity in messages; null when unbounded. */
  capacity: number | null;
  /** Whether every slot of a bounded queue has its own cell (cells past it are hatched). */
  fitsCapacity: boolean;
  /** The side of a cell the plan was made for, CSS px. */
  cell: number;
}

export interface WellGridInput {
  capacity: number | null;
  lanes: number;
  /** Room for the well, CSS px. */
  spaceW: number;
  spaceH: number;
  /** Phones: slightly smaller cells are still readable there. */
  compact?: boolean;
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

/**
 * Columns for a bounded well on a phone, where the well's column is narrow and tall: the board's
 * usual shape (chooseColumns) left its blocks small and the room above them empty (a 20-place well
 * 4 × 5 under a 120 px blank band at 360 px), so take fewer, larger columns when that gives cells a
 * tenth larger or more, and the well fills its height.
 */
function phoneColumns(
  capacity: number,
  spaceW: number,
  spaceH: number,
  min: number,
  max: number,
): number {
  const usual = chooseColumns(capacity);
  const cellFor = (c: number) => Math.min(max, spaceW / c, spaceH / Math.ceil(capacity / c));
  let best = usual;
  for (let c = 1; c < usual; c++)
    if (cellFor(c) >= min && cellFor(c) > cellFor(best) * (best === usual ? 1.1 : 1)) best = c;
  return best;
}

/** Smallest cell that still reads as a block with its mark, and the largest worth drawing. */
export function cellLimits(compact: boolean): { min: number; max: number } {
  return compact ? { min: 16, max: 30 } : { min: 18, max: 36 };
}

export function planWellGrid(input: WellGridInput): WellGrid {
  const { capacity } = input;
  const lanes = Math.max(1, Math.floor(input.lanes));
  const { min, max } = cellLimits(input.compact ?? false);
  const spaceW = Math.max(min, input.spaceW);
  const spaceH = Math.max(min, input.spaceH);
  const maxCols = Math.max(1, Math.floor(spaceW / min));
  const maxRows = Math.max(1, Math.floor(spaceH / min));
  const done = (colsPerLane: number, rows: number, fitsCapacity: boolean): WellGrid => {
    const cols = colsPerLane * lanes;
    const cell = Math.max(3, Math.floor(Math.min(max, spaceW / cols, spaceH / rows)));
    return {
      lanes,
      colsPerLane,
      cols,
      rows,
      cellsPerLane: colsPerLane * rows,
      capacity,
      fitsCapacity,
      cell,
    };
  };

  if (lanes > 1) {
    // Lanes fill independently: narrow columns each, as many rows as fit at the cell size.
    let colsPerLane = lanes === 2 ? 3 : lanes === 3 ? 2 : 1;
    while (colsPerLane > 1 && colsPerLane * lanes > maxCols) colsPerLane--;
    const cell = Math.max(3, Math.min(max, Math.floor(spaceW / (colsPerLane * lanes))));
    const rows = Math.max(3, Math.min(24, Math.floor(spaceH / cell)));
    return done(colsPerLane, rows, false);
  }
  if (capacity !== null) {
    // One cell per slot while that fits at a readable size.
    const cols =
      input.compact === true
        ? phoneColumns(capacity, spaceW, spaceH, min, max)
        : chooseColumns(capacity);
    const rows = Math.max(1, Math.ceil(capacity / cols));
    if (cols <= maxCols && rows <= maxRows && capacity <= MAX_CELLS) return done(cols, rows, true);
  }
  // A window of readable cells; a longer queue packs its oldest messages into ×N rows.
  const per = input.compact === true ? 22 : 28;
  const cols = Math.max(
    3,
    Math.min(capacity === null ? 8 : MAX_COLS, maxCols, Math.round(spaceW / per)),
  );
  const cell = Math.min(max, Math.floor(spaceW / cols));
  const rows = Math.max(3, Math.min(Math.floor(MAX_CELLS / cols), Math.floor(spaceH / cell)));
  return done(cols, rows, false);
}

export interface Cell {
  col: number;
  /** From the floor: row 0 is the bottom of the well. */
  row: number;
}

/** How a lane is drawn this frame: packed rows at the bottom, single blocks on top. */
export interface LanePile {
  /** Rows at the bottom given to packed messages (0: every message is a block of its own). */
  packedRows: number;
  /** Grey cells in those rows, each standing for `unit` messages (the last may hold fewer). */
  packedCells: number;
  /** Messages in the packed rows. */
  packed: number;
  /** The newest messages, drawn one by one above the packed rows. */
  single: number;
}

/** Rows of a lane that stay single blocks at least, so the Tetris picture never disappears. */
export function maxPackedRows(rows: number): number {
  return Math.max(1, rows - Math.max(1, Math.ceil(rows / 3)));
}

/**
 * Messages per packed cell, shared by every lane so their heights compare: a round number (1, 2, 5,
 * 10, …) that fits the fullest lane. It only grows during a run (`previous` is the largest used so
 * far, kept even while nothing is packed), and when it must grow it takes room for the queue to
 * double, so a growing queue changes it seldom and a queue hovering at a boundary never flips it
 * back and forth (readers saw ×2, ×5, ×10, ×20 in one minute); a single bounded queue's is the one
 * its capacity needs, from the first packing. 1 while nothing needs packing.
 */
export function packUnit(grid: WellGrid, counts: readonly number[], previous: number): number {
  const needed = unitNeeded(grid, counts);
  if (needed === 1) return 1;
  // A bounded queue's cells hold what its fullest takes from the start, so its scale is said once
  // (a reader met "now striped cell = ×50" while watching a queue of 1,000 fill).
  if (grid.lanes === 1 && grid.capacity !== null)
    return Math.max(previous, unitNeeded(grid, [grid.capacity]));
  if (previous >= needed) return previous;
  return niceCeil(Math.max(needed, unitNeeded(grid, counts, 2)));
}

/** The smallest round unit that packs every lane's `counts × factor` messages (1: none overflow). */
function unitNeeded(grid: WellGrid, counts: readonly number[], factor = 1): number {
  const sMax = maxPackedRows(grid.rows);
  const c = grid.colsPerLane;
  let needed = 1;
  for (const n of counts) {
    const count = n * factor;
    if (count <= c * grid.rows) continue;
    needed = Math.max(needed, niceCeil(1 + (count - c * grid.rows) / (c * sMax)), 2);
  }
  return needed;
}

/**
 * The pile of one lane holding `count` at `unit` per packed cell: as many of the newest as single
 * blocks as the cells left by the grey ones allow, so greys and blocks fill the lane's cells between
 * them with no empty cell between the two (readers took an empty row there for a gap in the queue).
 * The grey cells fill the bottom rows from the exit side; the blocks stand on them, column by column.
 */
export function planLanePile(grid: WellGrid, count: number, unit: number, out: LanePile): LanePile {
  const c = grid.colsPerLane;
  const cells = c * grid.rows;
  if (count <= cells) {
    out.packedRows = out.packedCells = out.packed = 0;
    out.single = count;
    return out;
  }
  const u = Math.max(2, unit);
  const maxCells = maxPackedRows(grid.rows) * c;
  // The fewest packed messages P with P - ceil(P / u) >= count - cells: then the singles and the
  // grey cells take exactly all the lane's cells.
  let packed = Math.ceil(((count - cells) * u) / (u - 1));
  let packedCells = Math.ceil(packed / u);
  if (packedCells > maxCells) {
    // A unit too small for this queue (it grows on the next frame): the grey rows hold the rest.
    packedCells = maxCells;
    packed = count - (cells - maxCells);
  }
  out.packed = packed;
  out.packedCells = packedCells;
  out.packedRows = Math.ceil(packedCells / c);
  out.single = count - packed;
  return out;
}

/** Grey cells in the column `within` places from a lane's exit side, for `packedCells` of them. */
export function packedInColumn(packedCells: number, colsPerLane: number, within: number): number {
  const full = Math.floor(packedCells / colsPerLane);
  return full + (within < packedCells - full * colsPerLane ? 1 : 0);
}

/** Whether two grids have the same shape (the same cells), whatever their cell size. */
export function sameShape(a: WellGrid, b: WellGrid): boolean {
  return (
    a.lanes === b.lanes &&
    a.colsPerLane === b.colsPerLane &&
    a.rows === b.rows &&
    a.capacity === b.capacity &&
    a.fitsCapacity === b.fitsCapacity
  );
}
