import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../sim/types.ts';
import { createMover, pathEndX, pathEndY, placeMover } from './mover.ts';
import {
  dropRoute,
  planArrival,
  planBackoff,
  planDeliver,
  planDirect,
  planDrop,
  planFall,
  planHandOver,
} from './routes.ts';
import { computeStageLayout, gridForSpace } from './stageLayout.ts';

const l = computeStageLayout(900, 420, gridForSpace(900, 420, 20, 1));
/** A landing spot in the bin. */
const to = { x: l.bin.x + 20, y: l.bin.y + 40 };

describe('dropRoute', () => {
  it('shows each strategy as what it does', () => {
    expect(dropRoute('rejected', false)).toBe('bounce');
    expect(dropRoute('evicted-oldest', true)).toBe('out-bottom');
    expect(dropRoute('evicted-youngest', true)).toBe('out-top');
    expect(dropRoute('flushed', true)).toBe('flush');
    expect(dropRoute('conflated', true)).toBe('replaced');
    expect(dropRoute('oom', true)).toBe('crash');
    expect(dropRoute('expired', true)).toBe('from-slot');
    expect(dropRoute('priority', true)).toBe('lifted');
    expect(dropRoute('rate-limited', false)).toBe('gate');
  });

  it('gives every reason that empties a waiting slot a way out of its own', () => {
    const own = [
      'evicted-oldest',
      'evicted-youngest',
      'flushed',
      'priority',
      'expired',
      'oom',
    ] as const;
    expect(new Set(own.map((r) => dropRoute(r, true))).size).toBe(own.length);
    expect(dropRoute('conflated', true)).toBe('replaced');
  });

  it('bounces anything that never got in, and stops a rate-limited one at the gate', () => {
    const atTheGate = ['rate-limited', 'circuit-open'];
    for (const r of DROP_REASONS)
      if (r !== 'conflated' && !atTheGate.includes(r)) expect(dropRoute(r, false)).toBe('bounce');
  });

  it('stops a request an open circuit breaker failed at the gate: it was never sent', () => {
    expect(dropRoute('circuit-open', false)).toBe('gate');
  });
});

describe('journeys', () => {
  it('brings a newcomer along the conveyor to the mouth over its column, not down between the walls', () => {
    const m = createMover(l.exitX, l.exitY);
    const tx = l.well.x + l.cell * 2.5;
    const ty = l.well.y + l.well.h - l.cell / 2;
    const ms = planArrival(m, l, tx, ty, 0);
    expect(m.pts[2]).toBe(l.conveyor.x1);
    // It ends over the mouth, clear of the rim: the step into its cell is a jump (stageAnimator.ts).
    expect([pathEndX(m), pathEndY(m)]).toEqual([tx, l.mouthY]);
    expect(m.n).toBe(3);
    expect(l.mouthY + (l.cell - 2) / 2).toBeLessThan(l.well.y);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThanOrEqual(700);
  });

  it('hands a block over along the link, its bends in turn, to the mouth over its cell or to a consumer', () => {
    // A link out of a box on the left, down, and along the mouth's height into the well.
    const link = new Float64Array([
      10,
      50,
      40,
      50,
      40,
      l.mouthY,
      l.well.x + l.well.w / 2,
      l.mouthY,
    ]);
    const tx = l.well.x + l.cell * 1.5;
    const ty = l.well.y + l.well.h - l.cell / 2;
    const m = createMover(500, 500);
    const ms = planHandOver(m, l, link, tx, ty, 0, false);
    expect([...m.pts.subarray(0, 2 * m.n)]).toEqual([10, 50, 40, 50, 40, l.mouthY, tx, l.mouthY]);
    expect(ms).toBeGreaterThanOrEqual(320);
    const w = createMover();
    planHandOver(w, l, link, l.workers.x + 10, l.workers.y + 10, 0, true);
    expect([w.pts[6], w.pts[7]]).toEqual([l.well.x + l.well.w, l.mouthY]);
    expect([pathEndX(w), pathEndY(w)]).toEqual([l.workers.x + 10, l.workers.y + 10]);
  });

  it('sends a message straight to an idle worker over the top of the well', () => {
    const m = createMover(l.exitX, l.exitY);
    planDirect(m, l, l.workers.x + 10, l.workers.y + 10, 0);
    expect(m.pts[4]).toBe(l.well.x + l.well.w);
    expect(m.pts[5]).toBe(l.mouthY);
  });

  it('pushes the oldest out through the floor and into the bin', () => {
    const m = createMover();
    placeMover(m, l.well.x + l.well.w - l.cell / 2, l.well.y + l.well.h - l.cell / 2);
    planDrop(m, l, 'out-bottom', 0, 1, to.x, to.y);
    expect(m.pts[3]).toBeGreaterThan(l.well.y + l.well.h);
    expect([pathEndX(m), pathEndY(m)]).toEqual([to.x, to.y]);
  });

  it('bounces a rejected message off the mouth into the bin', () => {
    const m = createMover(l.exitX, l.exitY);
    planDrop(m, l, 'bounce', 0, 1, to.x, to.y);
    expect(m.pts[2]).toBe(l.conveyor.x1);
    expect([pathEndX(m), pathEndY(m)]).toEqual([to.x, to.y]);
  });

  it('takes each way out first: up over the rim, through the left wall, or lifted first', () => {
    const start = () => {
      const m = createMover();
      placeMover(m, l.well.x + l.cell * 1.5, l.well.y + l.well.h - l.cell * 1.5);
      return m;
    };
    const top = start();
    planDrop(top, l, 'out-top', 0, 1, to.x, to.y);
    expect(top.pts[3]).toBeLessThan(l.well.y);
    const side = start();
    planDrop(side, l, 'from-slot', 0, 1, to.x, to.y);
    expect(side.pts[2]).toBeLessThan(l.well.x);
    expect(side.pts[3]).toBe(side.pts[1]);
    const lifted = start();
    planDrop(lifted, l, 'lifted', 0, 1, to.x, to.y);
    expect(lifted.pts[3]).toBeLessThan(lifted.pts[1] as number);
    expect(lifted.pts[2]).toBe(lifted.pts[0]);
    for (const m of [top, side, lifted]) expect([pathEndX(m), pathEndY(m)]).toEqual([to.x, to.y]);
  });

  it('sends a retry back to the tray, and a delivery into the sink', () => {
    const m = createMover(l.exitX, l.exitY);
    planBackoff(m, l, l.tray.x + 5, l.tray.y + 5, 0);
    expect([pathEndX(m), pathEndY(m)]).toEqual([l.tray.x + 5, l.tray.y + 5]);
    placeMover(m, l.workers.x, l.workers.y);
    planDeliver(m, l, 0, Number.NaN, 0);
    expect(pathEndX(m)).toBeGreaterThanOrEqual(l.sink.x);
  });

  it('drops a newcomer from inside the rim, quicker as the flow speeds up', () => {
    const m = createMover();
    const floorCell = l.well.y + l.well.h - l.cell / 2;
    const slow = planFall(m, l, l.well.x, floorCell, 0, 1);
    const fast = planFall(m, l, l.well.x, floorCell, 0, 0.25);
    expect(fast).toBeLessThan(slow);
    // Its block's top edge is under the rim from the start: never a crowd over the rim.
    expect(m.pts[1] as number).toBeGreaterThanOrEqual(l.well.y + (l.cell - 2) / 2);
    expect(m.pts[3]).toBe(floorCell);
  });
});
