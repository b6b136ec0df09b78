import { describe, expect, it } from 'vitest';
import { drawStage } from './drawStage.ts';
import type { StageScene } from './scene.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { DARK_THEME, LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;

function sceneAfter(preset: string, frames: number, speed = 1, reduced = false): StageScene {
  const h = harness(preset);
  let s = h.step(FRAME, speed, reduced);
  for (let i = 0; i < frames; i++) s = h.step(FRAME, speed, reduced);
  return s;
}

function draw(scene: StageScene, theme = LIGHT_THEME) {
  const ctx = createFakeContext();
  drawStage(ctx, scene, theme, TEST_PALETTE);
  return ctx;
}

describe('drawStage', () => {
  it('draws every part of the stage with its words', () => {
    const ctx = draw(sceneAfter('drop-oldest', 300));
    const texts = ctx.texts().join(' | ');
    for (const word of ['Producer', 'Consumers', 'Done', 'Dropped', 'waiting', 'limit 20']) {
      expect(texts).toContain(word);
    }
    // The reason's label, shortened to fit the bin.
    expect(texts).toMatch(/Reason evicted-\S*/);
  });

  it('never uses shadows or filters, which are slow on canvas', () => {
    const ctx = draw(sceneAfter('no-backpressure', 300));
    expect(ctx.written.has('shadowBlur')).toBe(false);
    expect(ctx.written.has('filter')).toBe(false);
  });

  it('fills a full well in a few batched fills, not one per block', () => {
    const scene = sceneAfter('block', 600);
    expect(scene.sprites.length).toBeGreaterThanOrEqual(15);
    const ctx = draw(scene);
    const rects = ctx.count('rect');
    expect(rects).toBeGreaterThanOrEqual(scene.sprites.length);
    // Panels, lamps, belts and the like take a fixed number of fills; blocks add one per colour.
    expect(ctx.count('fill')).toBeLessThan(60);
  });

  it('shows the memory gauge and the crash banner when the process dies', () => {
    const h = harness('no-backpressure');
    let s = h.step(FRAME);
    for (let i = 0; i < 60 * 14 && !s.snapshot.crashed; i++) s = h.step(FRAME);
    expect(s.snapshot.crashed).toBe(true);
    const texts = draw(s).texts();
    expect(texts).toContain('OUT OF MEMORY');
    expect(texts.some((t) => t.includes('over'))).toBe(true);
  });

  it('draws the wire only when there is feedback, with its delay', () => {
    expect(
      draw(sceneAfter('drop-oldest', 10))
        .texts()
        .some((t) => t.includes('delay')),
    ).toBe(false);
    expect(
      draw(sceneAfter('credit-window', 60))
        .texts()
        .some((t) => t.includes('credits return · 50 ms delay')),
    ).toBe(true);
    expect(
      draw(sceneAfter('credit-window', 60))
        .texts()
        .some((t) => t.startsWith('Credits ')),
    ).toBe(true);
  });

  it('still draws, without moving stripes, under reduced motion and in the dark', () => {
    const scene = sceneAfter('drop-oldest', 120, 1, true);
    const ctx = draw(scene, DARK_THEME);
    const offsets = ctx.calls.filter((c) => c.name === 'set:lineDashOffset').map((c) => c.args[0]);
    expect(offsets.every((o) => o === 0)).toBe(true);
    expect(ctx.calls[0]).toEqual({ name: 'set:fillStyle', args: [DARK_THEME.bg] });
  });

  it('draws a huge queue in aggregate, with a count and the messages per cell', () => {
    const texts = draw(sceneAfter('kafka', 600, 4)).texts();
    expect(texts.some((t) => t.startsWith('each cell ≈'))).toBe(true);
  });
});
