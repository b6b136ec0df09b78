/**
 * Blocks on their way keep off the boxes they pass: lost blocks go into the bin behind its box (never
 * over its title or border) and reach it down the gap between the producer's column and the well,
 * retries go to the tray and come back the same way, never across the producer's box, and a block
 * going into a worker's slot passes under its box's edge. Readers saw retrying and dropped blocks over
 * "Dropped" and its border, on the producer's box, and over the edge of a chain's worker box.
 */
import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../sim/types.ts';
import { drawStage } from './drawStage.ts';
import type { Call } from './testing/fakeContext.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import type { BlockSprite, StageScene } from './scene.ts';
import { stageHeightFor, type Rect } from './stageLayout.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;
/** An alpha no other drawing uses, to find the test's block among the calls. */
const MARK_ALPHA = 0.8125;

interface Moving extends BlockSprite {
  place: 'well' | 'worker' | 'held';
  arriving: boolean;
  dur: number;
}

function overlap(x: number, y: number, size: number, r: Rect): number {
  const h = size / 2;
  const w = Math.min(x + h, r.x + r.w) - Math.max(x - h, r.x);
  const v = Math.min(y + h, r.y + r.h) - Math.max(y - h, r.y);
  return w > 0 && v > 0 ? Math.min(w, v) : 0;
}

describe('blocks on their way, frame by frame', () => {
  const cases: [string, number][] = [
    ['reject-with-retries', 336],
    ['reject-with-retries', 880],
    ['retry-waves-no-jitter', 880],
    ['drop-youngest', 880],
    ['drop-lowest-priority', 336],
    ['drop-lowest-priority', 880],
  ];
  it.each(cases)('%s at %d px: none crosses the producer’s box', (preset, width) => {
    const h = harness(preset, width, stageHeightFor(width));
    const faults: string[] = [];
    let flown = 0;
    for (let i = 0; i < 8 * 60 && faults.length < 4; i++) {
      const scene = h.step(FRAME, 1);
      const box = scene.layout.producer;
      const moving = [
        ...scene.flights,
        ...(scene.sprites as Moving[]).filter((s) => s.place === 'well' && s.arriving),
      ];
      for (const f of moving) {
        flown++;
        // A pixel of anti-aliasing aside.
        if (overlap(f.x, f.y, f.size, box) > 1)
          faults.push(`frame ${i}: block ${f.id} at (${f.x.toFixed(0)}, ${f.y.toFixed(0)})`);
      }
    }
    expect(faults).toEqual([]);
    expect(flown).toBeGreaterThan(100);
  });
});

describe('drawn under the boxes they go into', () => {
  /** A full stage of the reject preset, a few seconds in, with losses in its bin. */
  function busyScene(): StageScene {
    const h = harness('reject-with-retries', 880, stageHeightFor(880));
    let scene = h.step(FRAME, 1);
    for (let i = 0; i < 240; i++) scene = h.step(FRAME, 1);
    return scene;
  }

  /** Index of the first call after `from` that fills or strokes a path begun at (x, y). */
  function pathAfter(calls: Call[], from: number, x: number, y: number, paint: 'fill' | 'stroke') {
    let begun = -1;
    for (let i = from + 1; i < calls.length; i++) {
      const c = calls[i] as Call;
      if (c.name === 'moveTo' && Math.abs((c.args[0] as number) - x) < 0.01 && c.args[1] === y)
        begun = i;
      if (begun >= 0 && c.name === paint) return i;
    }
    return -1;
  }

  it('a lost block on the bin’s title and border is drawn before the bin’s box', () => {
    const scene = busyScene();
    const b = scene.layout.bin;
    scene.flights.push({
      id: 999_999,
      x: b.x + 30,
      y: b.y,
      size: 16,
      style: 0,
      reason: DROP_REASONS.indexOf('gave-up'),
      alpha: MARK_ALPHA,
    });
    const ctx = createFakeContext();
    drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE);
    const at = ctx.calls.findIndex((c) => c.name === 'set:globalAlpha' && c.args[0] === MARK_ALPHA);
    expect(at).toBeGreaterThanOrEqual(0);
    const r = Math.min(8, (b.h - 1) / 4);
    expect(pathAfter(ctx.calls, at, b.x + 0.5 + r, b.y + 0.5, 'fill')).toBeGreaterThan(at);
  });

  it('a block on its way into a worker’s slot is drawn before the worker box’s edge', () => {
    const scene = busyScene();
    const w = scene.layout.workers;
    const rows = scene.workerRows;
    const top = rows.top + 2;
    scene.sprites.push({
      id: 999_998,
      x: w.x,
      y: top + rows.rowH / 2,
      size: 16,
      style: 0,
      alpha: MARK_ALPHA,
      flash: 0,
    });
    const ctx = createFakeContext();
    drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE);
    const at = ctx.calls.findIndex((c) => c.name === 'set:globalAlpha' && c.args[0] === MARK_ALPHA);
    expect(at).toBeGreaterThanOrEqual(0);
    const r = Math.min(8, (rows.rowH - 4 - 1) / 4);
    expect(pathAfter(ctx.calls, at, w.x + 0.5 + r, top + 0.5, 'stroke')).toBeGreaterThan(at);
  });
});
