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

describe('on a phone’s narrow stage', () => {
  /**
   * A reader at 360 px saw lost blocks leaving the well drawn over its left column and the Lost
   * box's edge (Drop the oldest), and blocks going to the retry tray run into the well, their rings
   * over each other (Reject with retries).
   */
  it.each(['drop-oldest', 'reject-with-retries'])(
    '%s: nothing flying down the gap beside the well is drawn past its wall, and the tray’s rings keep to their slots',
    async (preset) => {
      const { gapEdge } = await import('./draw/blocks.ts');
      const h = harness(preset, 336, stageHeightFor(336));
      const faults = new Set<string>();
      let beside = 0;
      let rings = 0;
      for (let i = 0; i < 10 * 60; i++) {
        const scene = h.step(FRAME, 1);
        const l = scene.layout;
        const edge = gapEdge(scene);
        const ctx = createFakeContext();
        drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE);
        for (const f of scene.flights) {
          if (f.alpha <= 0 || f.y <= l.well.y || f.x >= l.well.x + l.cell / 2) continue;
          const reach = f.size / 2 + (f.reason >= 0 ? 3.5 : 0);
          if (f.x + reach <= edge) continue;
          beside++;
          const hh = f.size / 2;
          const at = ctx.calls.findIndex(
            (c) => c.name === 'fillRect' && c.args[0] === f.x - hh && c.args[1] === f.y - hh,
          );
          if (at < 0) continue;
          // Cut off at the gap's edge: a clip to the left of it, still in force.
          let clipped = false;
          for (let k = at - 1; k >= 0; k--) {
            const c = ctx.calls[k] as Call;
            if (c.name === 'restore') break;
            if (c.name !== 'clip') continue;
            const r = ctx.calls[k - 1] as Call;
            clipped = r.name === 'rect' && Number(r.args[0]) + Number(r.args[2]) <= edge + 0.5;
            break;
          }
          if (!clipped) faults.add(`frame ${i}: block ${f.id} at x ${f.x.toFixed(0)} past ${edge}`);
        }
        // The tray's rings: each within half the distance to the next slot.
        const tray = scene.tray;
        for (let k = 1; k < tray.length; k++) {
          const a = tray[k - 1]!;
          const b = tray[k]!;
          const pitch = Math.abs(a.x - b.x);
          for (const v of [a, b]) {
            const arc = ctx.calls.find(
              (c) => c.name === 'arc' && c.args[0] === v.x && c.args[1] === v.y,
            );
            if (arc === undefined) continue;
            rings++;
            // The ring's 2 px line, outside edge.
            if (Number(arc.args[2]) + 1 > pitch / 2 + 0.01)
              faults.add(`ring of radius ${Number(arc.args[2])} in a slot ${pitch} px wide`);
          }
        }
      }
      expect([...faults].slice(0, 5)).toEqual([]);
      expect(beside).toBeGreaterThan(5);
      if (preset === 'reject-with-retries') expect(rings).toBeGreaterThan(5);
    },
  );
});
