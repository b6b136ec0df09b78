/**
 * The shape of the Tetris well: how many columns and rows of cells, split into lanes under per-key
 * ordering, and, when a lane holds more than its cells, how its oldest messages pack into grey rows
 * at the bottom where each cell stands for several messages (the "×N" rows).
 *
 * The well is planned for the room it has, so its blocks stay large enough to read as blocks: a
 * bounded queue gets one cell per slot while that fits at a readable size; anything larger, and an
 * unbounded queue, gets a well of readable cells whose newest messages are drawn one by one on top of
 * the packed rows. Where the queue has a limit (its capacity, or the memory that holds it), the
 * well's height stands for it: the pile grows with the queue and reaches the top at the limit.
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
  /**
   * A single lane too long for its cells but with a limit (its capacity, or the messages its memory
   * holds): the well's height stands for that limit. Packed cells of `unit` messages each, under at
   * most `singles` single blocks, fill it to the top as the limit is reached, so a longer queue
   * always looks fuller. Null otherwise (a queue that fits, several lanes, or no limit at all).
   */
  scale: WellScale | null;
}

export interface WellScale {
  /** Messages that fill the well: the capacity, or the messages the memory budget holds. */
  fullAt: number;
  /** Messages per packed cell, a round number, the same from the first packing. */
  unit: number;
  /** The newest messages drawn one by one, on top of the packed cells. */
  singles: number;
}

export interface WellGridInput {
  capacity: number | null;
  lanes: number;
  /** Room for the well, CSS px. */
  spaceW: number;
  spaceH: number;
  /** Phones: slightly smaller cells are still readable there. */
  compact?: boolean;
  /**
   * With no capacity, the messages that fill the memory budget (its bytes over a message's mean
   * size); null without a budget.
   */
  memoryRoom?: number | null;
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

/** The round numbers a packed cell may hold: 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, … */
export function roundUnitAtLeast(x: number): number {
  if (!(x > 1)) return 1;
  for (let scale = 1; ; scale *= 10)
    for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8]) {
      const u = m * scale;
      if (Number.isInteger(u) && u >= x - 1e-9) return u;
    }
}

/**
 * How a single lane of `cols` × `rows` cells shows a queue whose limit is `fullAt` messages, so the
 * well is full just as the limit is reached: at least a row of single blocks on top (the newest, to
 * watch arrive), a round unit for the packed cells under them, and as many single blocks as that
 * unit leaves room for (the fewest cells of packed messages reach the top at `fullAt`).
 */
export function planWellScale(cols: number, rows: number, fullAt: number): WellScale | null {
  const cells = cols * rows;
  if (rows < 2 || !(fullAt > cells)) return null;
  const least = cols;
  const unit = Math.max(2, roundUnitAtLeast((fullAt - least) / (cells - least)));
  // The most singles with which the cells still hold fullAt, singles + unit × (cells - singles):
  // fewer than the cells, since fullAt is more.
  const singles = Math.max(least, Math.floor((unit * cells - fullAt) / (unit - 1)));
  return { fullAt, unit, singles };
}

export function planWellGrid(input: WellGridInput): WellGrid {
  const { capacity } = input;
  const memoryRoom = input.memoryRoom ?? null;
  const fullAt =
    capacity !== null
      ? memoryRoom !== null
        ? Math.min(capacity, memoryRoom)
        : capacity
      : memoryRoom !== null
        ? memoryRoom
        : null;
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
      scale:
        lanes === 1 && !fitsCapacity && fullAt !== null
          ? planWellScale(colsPerLane, rows, fullAt)
          : null,
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
 * Messages per packed cell, shared by every lane so their heights compare. A single lane scaled to
 * its limit (WellGrid.scale) packs at its scale's unit from the first packing, as its caption says
 * once. Otherwise a round number (1, 2, 5, 10, …) that fits the fullest lane. It only grows during a run (`previous` is the largest used so
 * far, kept even while nothing is packed), and when it must grow it takes room for the queue to
 * double, so a growing queue changes it seldom and a queue hovering at a boundary never flips it
 * back and forth (readers saw ×2, ×5, ×10, ×20 in one minute); a single bounded queue's is the one
 * its capacity needs, from the first packing. 1 while nothing needs packing.
 */
export function packUnit(grid: WellGrid, counts: readonly number[], previous: number): number {
  const needed = unitNeeded(grid, counts);
  const scale = grid.scale;
  if (scale !== null) {
    // The well's height stands for its limit: its scale's unit from the first packing, and past
    // the limit (a memory's room is reckoned from the mean size) the full well's, as below.
    const count = counts[0] ?? 0;
    if (count <= scale.singles) return 1;
    const cells = grid.colsPerLane * grid.rows;
    if (count <= cells + (scale.unit - 1) * maxPackedCells(grid)) return scale.unit;
    return Math.max(previous, niceCeil(Math.max(needed, unitNeeded(grid, counts, 2))));
  }
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
  const most = maxPackedCells(grid);
  const c = grid.colsPerLane;
  let needed = 1;
  for (const n of counts) {
    const count = n * factor;
    if (count <= c * grid.rows) continue;
    needed = Math.max(needed, niceCeil(1 + (count - c * grid.rows) / most), 2);
  }
  return needed;
}

/**
 * Packed cells a lane may have at most. A well scaled to a memory's room may hold a few more than it
 * reckoned (the room is reckoned from the messages' mean size): full, its single blocks give up
 * their cells to packed ones, down to the newest alone, before its unit must grow.
 */
function maxPackedCells(grid: WellGrid): number {
  const cells = grid.colsPerLane * grid.rows;
  return grid.scale !== null ? cells - 1 : maxPackedRows(grid.rows) * grid.colsPerLane;
}

/**
 * The pile of one lane holding `count` at `unit` per packed cell. A well scaled to its limit: its
 * scale's single blocks on as few packed cells as hold the rest, so the pile rises a cell for each
 * `unit` more and reaches the top at the limit (readers saw a well always full, of finer and finer
 * stripes, while the wait grew from 0.3 s to 10 s). Otherwise, and past the limit: as many of the
 * newest as single blocks as the cells left by the grey ones allow, so greys and blocks fill the
 * lane's cells. Either way no empty cell lies between the two (readers took an empty row there for a
 * gap in the queue): the grey cells fill the bottom rows from the exit side; the blocks stand on them.
 */
export function planLanePile(grid: WellGrid, count: number, unit: number, out: LanePile): LanePile {
  const c = grid.colsPerLane;
  const cells = c * grid.rows;
  const scale = grid.scale;
  if (scale !== null && unit === scale.unit && count > scale.singles) {
    // Scaled to the limit: the newest as single blocks on top of the rest, packed, so each packed
    // cell's worth more fills the well a cell higher, up to the top at the limit.
    const packed = count - scale.singles;
    const packedCells = Math.ceil(packed / unit);
    if (scale.singles + packedCells <= cells) {
      out.packed = packed;
      out.packedCells = packedCells;
      out.packedRows = Math.ceil(packedCells / c);
      out.single = scale.singles;
      return out;
    }
  }
  if (count <= cells) {
    out.packedRows = out.packedCells = out.packed = 0;
    out.single = count;
    return out;
  }
  const u = Math.max(2, unit);
  const maxCells = maxPackedCells(grid);
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
    a.fitsCapacity === b.fitsCapacity &&
    a.scale?.fullAt === b.scale?.fullAt &&
    a.scale?.unit === b.scale?.unit &&
    a.scale?.singles === b.scale?.singles
  );
}
