import { describe, expect, it } from 'vitest';
import {
  cellCenterX,
  cellCenterY,
  COMPACT_BELOW,
  computeStageLayout,
  gridForSpace,
  MIN_TEXT_PX,
  planWorkerRows,
  stageHeightFor,
  TAG_ROOM,
  TRAY_ROOM,
  trayBlockSize,
  workerSlotX,
  workerSlotY,
  type Rect,
} from './stageLayout.ts';
import { trayRingRadius } from './draw/producer.ts';
import { traySlots, traySlotX, traySlotY } from './retryTray.ts';

const inside = (r: Rect, w: number, h: number) =>
  r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 0.5 && r.y + r.h <= h + 0.5;
const apart = (a: Rect, b: Rect) =>
  a.x + a.w <= b.x + 0.5 ||
  b.x + b.w <= a.x + 0.5 ||
  a.y + a.h <= b.y + 0.5 ||
  b.y + b.h <= a.y + 0.5;

describe('stageHeightFor', () => {
  it('reads on a phone and stays short on a desktop', () => {
    expect(stageHeightFor(320)).toBeGreaterThanOrEqual(320);
    expect(stageHeightFor(1200)).toBeLessThanOrEqual(500);
    expect(stageHeightFor(1200)).toBeGreaterThan(stageHeightFor(600));
    expect(stageHeightFor(600, 1.2)).toBeGreaterThan(stageHeightFor(600));
  });
});

describe('computeStageLayout', () => {
  const shapes: [number | null, number][] = [
    [20, 1],
    [null, 1],
    [null, 3],
    [1, 1],
    [100, 1],
  ];

  it('keeps every part on the canvas and apart from the others, from 320 to 1440 px', () => {
    for (const width of [320, 360, 500, 700, 960, 1200, 1440]) {
      const height = stageHeightFor(width);
      for (const [capacity, lanes] of shapes) {
        for (const credit of [false, true]) {
          for (const memory of [false, true]) {
            const o = { credit, memory };
            const l = computeStageLayout(
              width,
              height,
              gridForSpace(width, height, capacity, lanes, o),
              o,
            );
            const parts = [l.producer, l.bin, l.well, l.workers, l.sink, l.gauge, l.tray];
            for (const r of parts) expect(inside(r, width, height), `${width}px`).toBe(true);
            expect(apart(l.producer, l.well)).toBe(true);
            expect(apart(l.bin, l.well)).toBe(true);
            expect(apart(l.well, l.workers)).toBe(true);
            expect(apart(l.workers, l.sink)).toBe(true);
            expect(apart(l.producer, l.bin)).toBe(true);
            expect(apart(l.tray, l.bin)).toBe(true);
            if (memory) expect(apart(l.gauge, l.workers)).toBe(true);
            expect(l.compact).toBe(width < COMPACT_BELOW);
            // The caption under the well stays on the canvas.
            expect(l.captionY2 + l.fonts.smallPx * 0.3).toBeLessThanOrEqual(height);
          }
        }
      }
    }
  });

  it('gives the retry tray a place of its own, room for a ring round it, its blocks inside it', () => {
    // A phone's stage as a reader saw it (336 × 260) and the heights the page gives each width.
    const sizes = [
      [336, 260],
      ...[320, 360, 500, 700, 960, 1200, 1440].map((w) => [w, stageHeightFor(w)]),
    ];
    for (const [width, height] of sizes as [number, number][])
      for (const credit of [false, true]) {
        const o = { credit, memory: true };
        const l = computeStageLayout(width, height, gridForSpace(width, height, 20, 1, o), o);
        const over = credit ? l.credit : l.producer;
        const where = `${width} × ${height}${credit ? ', credit' : ''}`;
        // The tour's ring round it (3 px border, 2 px halo, 2 px clear) between it and each box.
        expect(l.tray.y - (over.y + over.h), `${where}: room over the tray`).toBeGreaterThanOrEqual(
          TRAY_ROOM,
        );
        expect(l.bin.y - (l.tray.y + l.tray.h), `${where}: room under it`).toBeGreaterThanOrEqual(
          TRAY_ROOM - 0.01,
        );
        // Each block it can show, backoff ring and all (its line 2 px), inside it.
        const size = trayBlockSize(l);
        const r = trayRingRadius(size) + 1;
        for (let i = 0; i < traySlots(l); i++) {
          const block = { x: traySlotX(l, i) - r, y: traySlotY(l) - r, w: 2 * r, h: 2 * r };
          expect(
            block.x >= l.tray.x - 0.5 &&
              block.y >= l.tray.y - 0.5 &&
              block.x + block.w <= l.tray.x + l.tray.w + 0.5 &&
              block.y + block.h <= l.tray.y + l.tray.h + 0.5,
            `${where}: block ${i} inside the tray`,
          ).toBe(true);
        }
      }
  });

  it('holds the producer, the mouth and the boxes still on a desktop, whatever the queue holds', () => {
    // The tour's steps go from no limit to 20 to 100: at 1440 × 900 (a 936 × 425 stage) the
    // producer, the conveyor and the mouth went down 75 px and back up between them.
    for (const [width, height] of [
      [936, 425],
      [776, 328],
      [1200, stageHeightFor(1200)],
    ] as [number, number][])
      for (const memory of [false, true]) {
        const o = { memory };
        const at = (capacity: number | null) =>
          computeStageLayout(width, height, gridForSpace(width, height, capacity, 1, o), o);
        const first = at(null);
        for (const capacity of [20, 100, 5]) {
          const l = at(capacity);
          const where = `${width} × ${height}, a limit of ${capacity}`;
          expect(l.producer, `${where}: the producer`).toEqual(first.producer);
          expect(l.well.y, `${where}: the well's rim`).toBe(first.well.y);
          expect(l.bin, `${where}: the lost box`).toEqual(first.bin);
          expect(l.sink, `${where}: done`).toEqual(first.sink);
          // The mouth and the conveyor level with it: over the rim by half a cell, a few px more for
          // larger cells.
          expect(Math.abs(l.mouthY - first.mouthY), `${where}: the mouth`).toBeLessThanOrEqual(8);
          expect(
            Math.abs(l.conveyor.y0 - first.conveyor.y0),
            `${where}: the conveyor`,
          ).toBeLessThanOrEqual(8);
        }
      }
  });

  it('leaves room over the retry tray for the tour tag on a desktop, off the producer', () => {
    for (const width of [776, 936, 1200]) {
      const height = width === 776 ? 328 : stageHeightFor(width);
      const l = computeStageLayout(width, height, gridForSpace(width, height, 20, 1));
      // The ring's outer edge 8 px over the tray, and a 22 px tag over that.
      expect(l.tray.y - (l.producer.y + l.producer.h), `${width}`).toBeGreaterThanOrEqual(
        TRAY_ROOM + TAG_ROOM - 0.01,
      );
    }
  });

  it('writes nothing smaller than 12 px, at any width or text size', () => {
    for (const width of [240, 360, 700, 1440])
      for (const fontScale of [1, 1.2]) {
        const l = computeStageLayout(width, 400, gridForSpace(width, 400, 20, 1), { fontScale });
        for (const f of [l.fonts.small, l.fonts.smallBold, l.fonts.body, l.fonts.bold, l.fonts.big])
          expect(f.px).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      }
  });

  it('makes the well exactly its cells, with the conveyor ending over its mouth', () => {
    const grid = gridForSpace(900, 420, 20, 1);
    const l = computeStageLayout(900, 420, grid);
    expect(l.well.w).toBe(l.cell * grid.cols);
    expect(l.well.h).toBe(l.cell * grid.rows);
    expect(l.mouthY).toBeLessThan(l.well.y);
    expect(l.conveyor.x1).toBeGreaterThan(l.well.x);
    expect(l.conveyor.x0).toBe(l.producer.x + l.producer.w);
    expect(cellCenterX(l, 0)).toBe(l.well.x + l.cell / 2);
    expect(cellCenterY(l, 0)).toBe(l.well.y + l.well.h - l.cell / 2);
  });

  it('runs the wire from the workers up, across and down to the producer', () => {
    const l = computeStageLayout(900, 420, gridForSpace(900, 420, 20, 1));
    expect(l.wire[6]).toBe(l.producer.x + l.producer.w / 2);
    expect(l.wire[7]).toBe(l.producer.y);
    expect(l.wire[3]).toBeLessThan(l.producer.y);
  });
});

describe('planWorkerRows', () => {
  const l = computeStageLayout(900, 420, gridForSpace(900, 420, 20, 1));

  it('gives a few workers a row each, centred, inside the column', () => {
    const rows = planWorkerRows(l, 3);
    expect(rows.mode).toBe('rows');
    expect(rows.top).toBeGreaterThanOrEqual(l.workers.y);
    expect(rows.top + rows.rowH * 3).toBeLessThanOrEqual(l.workers.y + l.workers.h + 0.01);
    expect(workerSlotY(l, rows, 1) - workerSlotY(l, rows, 0)).toBeCloseTo(rows.rowH);
  });

  it('turns many workers into a grid of tiles that fits', () => {
    const rows = planWorkerRows(l, 100);
    expect(rows.mode).toBe('grid');
    for (const i of [0, 99]) {
      expect(workerSlotX(l, rows, i)).toBeLessThanOrEqual(l.workers.x + l.workers.w);
      expect(workerSlotY(l, rows, i)).toBeLessThanOrEqual(l.workers.y + l.workers.h);
    }
  });
});

describe('the placeholder the page reserves for the stage', () => {
  it('matches stageHeightFor: clamp(340px, 200px + 24% of the width, 500px)', () => {
    for (const width of [300, 360, 583, 700, 1000, 1300, 1600])
      expect(stageHeightFor(width)).toBe(
        Math.round(Math.min(500, Math.max(340, 200 + 0.24 * width))),
      );
  });
});
