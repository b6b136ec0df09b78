/**
 * The out-of-memory moment, as a first-time reader met it: the gauge read "restarting / of 1 MB",
 * the "Out of memory: all waiting lost" chip lay over the producer's pipe, and at 1280 px the red
 * banner ran past the well to the gauge. Driven through the animator and drawStage, frame by frame.
 */
import { describe, expect, it } from 'vitest';
import { boxesTouch } from './calloutPlace.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog, type DrawnBanner, type DrawnLabel } from './labels.ts';
import type { StageScene } from './scene.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;
/** The stage's width inside a 360 px phone, a 1280 px and a 1440 px desktop. */
const WIDTHS = [336, 780, 880];

interface Seen {
  scene: StageScene;
  labels: DrawnLabel[];
  banners: DrawnBanner[];
}

/** Every frame drawn while the crashed consumer restarts in No backpressure. */
function crashFrames(width: number): Seen[] {
  const h = harness('no-backpressure', width, stageHeightFor(width));
  const out: Seen[] = [];
  const log = new LabelLog();
  for (let i = 0; i < 60 * 16; i++) {
    const scene = h.step(FRAME, 4);
    if (!scene.numbers.crashed) {
      if (out.length > 0) break;
      continue;
    }
    drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, log);
    out.push({ scene, labels: log.list(), banners: log.banners() });
  }
  return out;
}

/** The pipe from the producer to the well, and the blocks riding on it. */
function pipe(scene: StageScene) {
  const l = scene.layout;
  const c = l.conveyor;
  return {
    x: c.x0,
    y: Math.min(c.y0, c.y1) - l.cell / 2,
    w: c.x1 - c.x0,
    h: Math.abs(c.y1 - c.y0) + l.cell + 6,
  };
}

describe('the out-of-memory moment', () => {
  for (const width of WIDTHS) {
    it(`says "restarting" alone at the gauge, keeps its chip off the pipe and its banner within the well, at ${width} px`, () => {
      const frames = crashFrames(width);
      expect(frames.length).toBeGreaterThan(10);
      let chips = 0;
      for (const { scene, labels, banners } of frames) {
        const words = labels.map((l) => l.text);
        expect(words.filter((t) => /restarting/.test(t) && /of |MB|KB| B\b/.test(t))).toEqual([]);
        expect(words.some((t) => /^of .*(MB|KB)/.test(t))).toBe(false);
        const l = scene.layout;
        const wall = Math.max(3, Math.min(6, l.cell * 0.18));
        for (const b of banners) {
          if (b.kind === 'banner') {
            expect(b.x).toBeGreaterThanOrEqual(l.well.x - wall - 0.5);
            expect(b.x + b.w).toBeLessThanOrEqual(l.well.x + l.well.w + wall + 0.5);
          }
          if (b.kind === 'callout') {
            chips++;
            expect(boxesTouch(b, pipe(scene)), `${b.text} over the pipe`).toBe(false);
          }
        }
      }
      expect(chips).toBeGreaterThan(0);
    });
  }
});

describe('the out-of-memory tag', () => {
  it('goes when the consumer restarts, not over a well that refills', () => {
    // A reader at 5× saw "Out of memory: all waiting lost" over a refilled well (123 waiting).
    const h = harness('no-backpressure', 880, stageHeightFor(880));
    let crashed = 0;
    let after = 0;
    let restarted = false;
    for (let i = 0; i < 60 * 20 && after < 60; i++) {
      const scene = h.step(FRAME, 5);
      const tag = scene.callouts.some((c) => c.kind === 'oom');
      if (scene.numbers.crashed) {
        if (tag) crashed++;
        continue;
      }
      if (crashed === 0) continue;
      restarted = true;
      after++;
      expect(tag, `${scene.numbers.waiting} waiting`).toBe(false);
    }
    // It did show while the consumer was down.
    expect(crashed).toBeGreaterThan(5);
    expect(restarted).toBe(true);
  });
});
