/**
 * The parts of the stage a moment's chip must not cover, as the frame draws them: the producer, its
 * pipe to the well, its credit meter and retry tray, the bin, the well with its walls, the memory gauge, each consumer's
 * box and the "done" box. A chip over the well's top row would hide the very thing it calls out
 * (a full queue); over a worker's box, which worker it means.
 */
import type { StageScene } from './scene.ts';
import type { Rect } from './stageLayout.ts';

export interface Obstacle extends Rect {
  name: string;
}

/** The parts drawn in `scene`, in CSS px. */
export function stageObstacles(scene: StageScene): Obstacle[] {
  const l = scene.layout;
  const out: Obstacle[] = [];
  const add = (name: string, r: Rect) => {
    if (r.w > 0 && r.h > 0) out.push({ name, x: r.x, y: r.y, w: r.w, h: r.h });
  };
  add('producer', l.producer);
  // The producer's pipe to the well, with the blocks riding it (a chip lay over it at a crash).
  const c = l.conveyor;
  const ride = l.cell * 0.5 + 2;
  const top = Math.min(c.y0, c.y1) - l.cell / 2;
  add('conveyor', {
    x: c.x0,
    y: top,
    w: c.x1 + l.cell * 0.5 - c.x0,
    h: Math.max(c.y0, c.y1) + ride + Math.max(4, Math.min(9, l.cell * 0.3)) / 2 - top,
  });
  add('credit', l.credit);
  if (scene.numbers.retryWaiting > 0 || scene.tray.length > 0) add('retries', l.tray);
  add('bin', l.bin);
  // The walls stand a little above the rim and outside the well's cells (drawWellFront).
  const wall = Math.max(3, Math.min(6, l.cell * 0.18)) + 1;
  add('well', {
    x: l.well.x - wall,
    y: l.well.y - l.cell * 0.3,
    w: l.well.w + 2 * wall,
    h: l.well.h + l.cell * 0.3 + wall,
  });
  if (l.gauge.w > 0) {
    // A crash's overflow bursts through the gauge's top.
    const over = Math.min(l.cell * 0.8, 12);
    add('gauge', { x: l.gauge.x - 3, y: l.gauge.y - over, w: l.gauge.w + 6, h: l.gauge.h + over });
  }
  const rows = scene.workerRows;
  if (rows.mode === 'grid') add('consumers', l.workers);
  else
    for (let i = 0; i < scene.workers.length; i++)
      add(`worker ${i + 1}`, {
        x: l.workers.x,
        y: rows.top + i * rows.rowH + 2,
        w: l.workers.w,
        h: rows.rowH - 4,
      });
  add('done', l.sink);
  return out;
}
