/**
 * Which cell of the well each waiting block occupies, Tetris-style: a block keeps its cell while it
 * waits; when one leaves, only the blocks above it in its column fall one cell; a newcomer lands on
 * the lowest column (ties broken so an undisturbed well fills row by row). So at 50 departures a
 * second the well settles calmly instead of every block shuffling along one place each time.
 *
 * Cells past the queue's capacity (the hatched ones in a part-filled top row) are never used. A lane
 * whose oldest messages are packed into ×N cells has raised floors: each column's blocks pile on the
 * grey cells under them.
 */
import { packedInColumn, type Cell, type WellGrid } from './wellGrid.ts';

const EMPTY = -1;

export class WellPiles {
  private grid: WellGrid | null = null;
  /** Message id per cell, column-major (col * rows + row), EMPTY when free. */
  private cells = new Float64Array(0);
  private heights = new Int32Array(0);
  private maxHeights = new Int32Array(0);
  /** Per column: cells at the bottom taken by packed messages. */
  private floors = new Int32Array(0);
  private readonly where = new Map<number, number>();
  private readonly present = new Set<number>();

  /** Forgets every placement; the next update places blocks afresh, front first. */
  reset(grid: WellGrid): void {
    this.grid = grid;
    const n = grid.cols * grid.rows;
    this.cells = new Float64Array(n).fill(EMPTY);
    this.heights = new Int32Array(grid.cols);
    this.maxHeights = new Int32Array(grid.cols).fill(grid.rows);
    this.floors = new Int32Array(grid.cols);
    this.where.clear();
    if (grid.lanes === 1 && grid.capacity !== null && grid.fitsCapacity) {
      // The last cells along the snake fill order are past the capacity: lower those columns.
      const usable = grid.capacity;
      for (let i = Math.max(0, usable); i < n; i++) {
        const row = Math.floor(i / grid.cols);
        const within = i - row * grid.cols;
        const col = row % 2 === 0 ? grid.cols - 1 - within : within;
        this.maxHeights[col] = Math.min(this.maxHeights[col] as number, row);
      }
    }
  }

  get currentGrid(): WellGrid | null {
    return this.grid;
  }

  /**
   * Raises or lowers a lane's floor to `rows` packed rows in every column. Blocks keep their order in
   * each column and move with the floor; any that no longer fit under the top leave the pile (the
   * next update places what the snapshot still shows).
   */
  setFloor(lane: number, rows: number): void {
    const g = this.grid;
    if (g === null || lane >= g.lanes) return;
    for (let c = lane * g.colsPerLane; c < (lane + 1) * g.colsPerLane; c++)
      this.setColumnFloor(c, rows);
  }

  /**
   * Gives a lane `packedCells` grey cells, filled row by row from its exit side (as they are drawn),
   * so each column's blocks stand right on the grey cells under them, with no empty cell between.
   */
  setPacked(lane: number, packedCells: number): void {
    const g = this.grid;
    if (g === null || lane >= g.lanes) return;
    const last = (lane + 1) * g.colsPerLane - 1;
    for (let k = 0; k < g.colsPerLane; k++)
      this.setColumnFloor(last - k, packedInColumn(packedCells, g.colsPerLane, k));
  }

  private setColumnFloor(c: number, rows: number): void {
    const g = this.grid as WellGrid;
    if (this.floors[c] === rows) return;
    this.floors[c] = rows;
    const room = Math.max(0, g.rows - rows);
    const h = this.heights[c] as number;
    for (let r = room; r < h; r++) this.where.delete(this.cells[c * g.rows + r] as number);
    if (h > room) {
      this.cells.fill(EMPTY, c * g.rows + room, c * g.rows + h);
      this.heights[c] = room;
    }
    // Only a lane without hatched cells ever packs, so its columns may use all the room left.
    this.maxHeights[c] = room;
  }

  /** The packed rows under a lane's blocks (the most under any of its columns). */
  floorOf(lane: number): number {
    const g = this.grid;
    if (g === null) return 0;
    let most = 0;
    for (let c = lane * g.colsPerLane; c < (lane + 1) * g.colsPerLane; c++)
      most = Math.max(most, this.floors[c] ?? 0);
    return most;
  }

  /** Makes `lane` hold exactly `count` of `blocks` from index `from` (oldest first). */
  update(lane: number, blocks: readonly { id: number }[], count: number, from = 0): void {
    const g = this.grid;
    if (g === null) return;
    const present = this.present;
    present.clear();
    for (let i = from; i < from + count; i++) present.add((blocks[i] as { id: number }).id);
    const c0 = lane * g.colsPerLane;
    const c1 = c0 + g.colsPerLane;
    // Gravity: whatever left makes the blocks above it fall.
    for (let c = c0; c < c1; c++) {
      const base = c * g.rows;
      const h = this.heights[c] as number;
      let write = 0;
      for (let r = 0; r < h; r++) {
        const id = this.cells[base + r] as number;
        if (present.has(id)) {
          this.cells[base + write] = id;
          this.where.set(id, base + write);
          write++;
        } else if (this.where.get(id) === base + r) {
          this.where.delete(id);
        }
      }
      this.cells.fill(EMPTY, base + write, base + h);
      this.heights[c] = write;
    }
    // Newcomers, oldest first, each onto the lowest column with room.
    for (let i = from; i < from + count; i++) {
      const id = (blocks[i] as { id: number }).id;
      const at = this.where.get(id);
      if (at !== undefined) {
        const col = Math.floor(at / g.rows);
        if (col >= c0 && col < c1) continue;
      }
      const col = this.lowestColumn(c0, c1);
      if (col < 0) continue;
      const row = this.heights[col] as number;
      this.cells[col * g.rows + row] = id;
      this.where.set(id, col * g.rows + row);
      this.heights[col] = row + 1;
    }
  }

  private lowestColumn(c0: number, c1: number): number {
    let best = -1;
    let bestH = Infinity;
    for (let k = 0; k < c1 - c0; k++) {
      // Even rows fill right to left, odd rows left to right, as the snake order does.
      const c = c0 + k;
      const own = this.heights[c] as number;
      if (own >= (this.maxHeights[c] as number)) continue;
      // Heights from the well's floor: a column standing on more grey cells is higher.
      const h = own + (this.floors[c] as number);
      const rank = h % 2 === 0 ? c1 - 1 - c : c - c0;
      const score = h * 1000 + rank;
      if (score < bestH) {
        bestH = score;
        best = c;
      }
    }
    return best;
  }

  /** A message replaced by a newer one of its key: the newcomer keeps its cell, as its block does. */
  rename(oldId: number, newId: number): void {
    const at = this.where.get(oldId);
    if (at === undefined || this.where.has(newId)) return;
    this.where.delete(oldId);
    this.where.set(newId, at);
    this.cells[at] = newId;
  }

  /** Blocks placed in column `col`, from the bottom up. */
  heightOf(col: number): number {
    return this.heights[col] ?? 0;
  }

  /** The message in column `col`, `row` cells above its lane's packed rows (-1 when empty). */
  idAt(col: number, row: number): number {
    const g = this.grid;
    if (g === null || row < 0 || row >= (this.heights[col] ?? 0)) return EMPTY;
    return this.cells[col * g.rows + row] as number;
  }

  /** The cell of a placed block (rows counted from the well's floor); false if it has none. */
  cellOf(id: number, out: Cell): boolean {
    const g = this.grid;
    const at = this.where.get(id);
    if (g === null || at === undefined) return false;
    out.col = Math.floor(at / g.rows);
    out.row = at - out.col * g.rows + (this.floors[out.col] as number);
    return true;
  }
}
