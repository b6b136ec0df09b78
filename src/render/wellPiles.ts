/**
 * Which cell of the well each waiting block occupies: in queue order, along one fixed path through
 * the lane's cells. The head of the queue (next to leave) always sits in the same cell, the bottom
 * cell on the exit side; the rest follow it row by row from the bottom, each row the other way from
 * the one under it (a snake), so the queue reads as one line folded into the well and a departure
 * moves every block one cell along it, never across the well. Since the blocks take the first cells
 * of the path, no cell under a block is ever empty.
 *
 * (It used to be Tetris piles, where a block kept its cell and only its column fell: readers saw the
 * "next" mark wander from the bottom right to the middle of the well and holes left mid-well.)
 *
 * Cells past the queue's capacity (the hatched ones in a part-filled top row: the end of the same
 * snake) are never used. A lane whose oldest messages are packed into ×N cells has raised floors:
 * the grey cells take the first cells of the path, and the single blocks follow on from them.
 */
import { packedInColumn, type Cell, type WellGrid } from './wellGrid.ts';

const EMPTY = -1;

export class WellPiles {
  private grid: WellGrid | null = null;
  /** Per column: cells at the bottom taken by packed messages. */
  private floors = new Int32Array(0);
  /** Per lane: the cells free for single blocks, in queue order (col * rows + row). */
  private paths: Int32Array[] = [];
  /** Per lane: the ids placed, in queue order (the head first). */
  private placed: number[][] = [];
  /** Where each placed message is: col * rows + row. */
  private readonly where = new Map<number, number>();
  /** Each placed message's place along its lane's path (0: the head's cell). */
  private readonly places = new Map<number, number>();
  /** Per lane: bumped whenever its path changes, so a place along an old path is not taken for one along the new. */
  private versions: number[] = [];
  private version = 0;

  /** Forgets every placement. */
  reset(grid: WellGrid): void {
    this.grid = grid;
    this.floors = new Int32Array(grid.cols);
    this.where.clear();
    this.places.clear();
    this.paths = [];
    this.placed = [];
    this.versions = [];
    for (let l = 0; l < grid.lanes; l++) {
      this.placed.push([]);
      this.paths.push(this.pathOf(l));
      this.versions.push(++this.version);
    }
  }

  get currentGrid(): WellGrid | null {
    return this.grid;
  }

  /** The lane's free cells in queue order: from the exit side's bottom cell, row by row, as a snake. */
  private pathOf(lane: number): Int32Array {
    const g = this.grid as WellGrid;
    const c0 = lane * g.colsPerLane;
    const out: number[] = [];
    // Past the capacity along the single lane's snake (the hatched cells): no room.
    const usable = g.lanes === 1 && g.capacity !== null && g.fitsCapacity ? g.capacity : Infinity;
    for (let row = 0; row < g.rows; row++) {
      for (let within = 0; within < g.colsPerLane; within++) {
        if (row * g.colsPerLane + within >= usable) break;
        // Even rows run from the exit side (the right), odd rows back, as the hatched cells are drawn.
        const col = row % 2 === 0 ? c0 + g.colsPerLane - 1 - within : c0 + within;
        if (row < (this.floors[col] as number)) continue;
        out.push(col * g.rows + row);
      }
    }
    return Int32Array.from(out);
  }

  /** Raises or lowers a lane's floor to `rows` packed rows in every column. */
  setFloor(lane: number, rows: number): void {
    const g = this.grid;
    if (g === null || lane >= g.lanes) return;
    let changed = false;
    for (let c = lane * g.colsPerLane; c < (lane + 1) * g.colsPerLane; c++) {
      if (this.floors[c] !== rows) changed = true;
      this.floors[c] = rows;
    }
    if (changed) this.newPath(lane);
  }

  /**
   * Gives a lane `packedCells` grey cells, filled row by row from its exit side (as they are drawn);
   * its single blocks take the cells after them along the path, so they stand right on the greys.
   */
  setPacked(lane: number, packedCells: number): void {
    const g = this.grid;
    if (g === null || lane >= g.lanes) return;
    const last = (lane + 1) * g.colsPerLane - 1;
    let changed = false;
    for (let k = 0; k < g.colsPerLane; k++) {
      const rows = packedInColumn(packedCells, g.colsPerLane, k);
      if (this.floors[last - k] !== rows) changed = true;
      this.floors[last - k] = rows;
    }
    if (changed) this.newPath(lane);
  }

  /** The lane's floor moved: its path starts elsewhere, and the next update places its blocks on it. */
  private newPath(lane: number): void {
    this.paths[lane] = this.pathOf(lane);
    this.versions[lane] = ++this.version;
    const placed = this.placed[lane] as number[];
    for (const id of placed) {
      this.where.delete(id);
      this.places.delete(id);
    }
    placed.length = 0;
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

  /**
   * Makes `lane` hold exactly `count` of `blocks` from index `from` (oldest first), each in the cell
   * of its place in the queue; blocks past the lane's free cells are not placed.
   */
  update(lane: number, blocks: readonly { id: number }[], count: number, from = 0): void {
    const g = this.grid;
    if (g === null || lane >= g.lanes) return;
    const placed = this.placed[lane] as number[];
    const path = this.paths[lane] as Int32Array;
    for (const id of placed) {
      this.where.delete(id);
      this.places.delete(id);
    }
    placed.length = 0;
    const n = Math.min(count, path.length);
    for (let k = 0; k < n; k++) {
      const id = (blocks[from + k] as { id: number }).id;
      placed.push(id);
      this.where.set(id, path[k] as number);
      this.places.set(id, k);
    }
  }

  /** A message replaced by a newer one of its key: the newcomer keeps its cell, as its block does. */
  rename(oldId: number, newId: number): void {
    const at = this.where.get(oldId);
    if (at === undefined || this.where.has(newId)) return;
    this.where.delete(oldId);
    this.where.set(newId, at);
    const k = this.places.get(oldId);
    this.places.delete(oldId);
    if (k !== undefined) this.places.set(newId, k);
    for (const placed of this.placed) {
      const i = placed.indexOf(oldId);
      if (i >= 0) placed[i] = newId;
    }
  }

  /** Blocks placed in `lane`. */
  countOf(lane: number): number {
    return this.placed[lane]?.length ?? 0;
  }

  /** The message `k` places behind the lane's first single block (-1 when none). */
  idAtPlace(lane: number, k: number): number {
    return this.placed[lane]?.[k] ?? EMPTY;
  }

  /** The cell where a lane's first single block stands: right after its grey cells. */
  firstCell(lane: number, out: Cell): boolean {
    const g = this.grid;
    const at = this.paths[lane]?.[0];
    if (g === null || at === undefined) return false;
    out.col = Math.floor(at / g.rows);
    out.row = at - out.col * g.rows;
    return true;
  }

  /** The cell of a placed block (rows counted from the well's floor); false if it has none. */
  cellOf(id: number, out: Cell): boolean {
    const g = this.grid;
    const at = this.where.get(id);
    if (g === null || at === undefined) return false;
    out.col = Math.floor(at / g.rows);
    out.row = at - out.col * g.rows;
    return true;
  }

  /** A placed block's place along its lane's path (0: the head's cell), or -1. */
  placeOf(id: number): number {
    return this.places.get(id) ?? EMPTY;
  }

  /** Changes whenever the lane's path does (a new well, a floor of grey cells raised or lowered). */
  pathVersion(lane: number): number {
    return this.versions[lane] ?? -1;
  }

  /** Cells along the lane's path. */
  pathSize(lane: number): number {
    return this.paths[lane]?.length ?? 0;
  }

  /** The cell at place `k` along the lane's path; false past its end. */
  pathCell(lane: number, k: number, out: Cell): boolean {
    const g = this.grid;
    const at = this.paths[lane]?.[k];
    if (g === null || at === undefined) return false;
    out.col = Math.floor(at / g.rows);
    out.row = at - out.col * g.rows;
    return true;
  }
}
