/**
 * "Large text" (the Display menu) reaches the stage as a font scale: every word the canvas writes
 * grows with it, and the layout that keeps words apart still fits them on a phone and a desktop.
 */
import { describe, expect, it } from 'vitest';
import { drawStage } from './drawStage.ts';
import { LabelLog, type DrawnLabel } from './labels.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';
import { LARGE_TEXT_SCALE } from './stageConfig.ts';

const FRAME = 1000 / 60;

function labelsAfter(preset: string, width: number, fontScale: number): DrawnLabel[] {
  const height = stageHeightFor(width, fontScale);
  const h = harness(preset, width, height, fontScale);
  let scene = h.step(FRAME, 4);
  for (let i = 0; i < 420; i++) scene = h.step(FRAME, 4);
  const labels = new LabelLog();
  drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
  return labels.list();
}

/** What is wrong with a frame's words: cut short, off the canvas, or on top of each other. */
function faults(labels: DrawnLabel[], width: number, height: number): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => {
    if (a.shortened) out.push(`shortened: ${a.text}`);
    if (a.x < 0 || a.y < 0 || a.x + a.w > width + 0.5 || a.y + a.h > height + 0.5)
      out.push(`off the canvas: ${a.text}`);
    for (const b of labels.slice(i + 1)) {
      const overlap =
        a.x < b.x + b.w - 0.5 &&
        b.x < a.x + a.w - 0.5 &&
        a.y < b.y + b.h - 0.5 &&
        b.y < a.y + a.h - 0.5;
      if (overlap) out.push(`overlap: ${a.text} / ${b.text}`);
    }
  });
  return out;
}

const PRESETS = ['drop-oldest', 'no-backpressure', 'credit-window', 'kafka', 'reject-with-retries'];

describe('Large text on the stage', () => {
  it('writes every word larger than normal text does, at 360 and 1280 px', () => {
    for (const width of [360, 1280]) {
      const normal = labelsAfter('drop-oldest', width, 1);
      const large = labelsAfter('drop-oldest', width, LARGE_TEXT_SCALE);
      const smallest = (ls: DrawnLabel[]) => Math.min(...ls.map((l) => l.px));
      const largest = (ls: DrawnLabel[]) => Math.max(...ls.map((l) => l.px));
      expect(smallest(large), `at ${width} px`).toBeGreaterThan(smallest(normal));
      expect(largest(large), `at ${width} px`).toBeGreaterThan(largest(normal));
      // The same word, where both frames wrote it, is larger.
      for (const word of ['Producer', 'Consumers', 'Done']) {
        const a = normal.find((l) => l.text === word);
        const b = large.find((l) => l.text === word);
        expect(a && b && b.px > a.px, `${word} at ${width} px`).toBe(true);
      }
    }
  });

  it('still fits every word, uncut and apart, on a phone and a desktop', () => {
    for (const width of [360, 1280]) {
      const height = stageHeightFor(width, LARGE_TEXT_SCALE);
      for (const preset of PRESETS) {
        const labels = labelsAfter(preset, width, LARGE_TEXT_SCALE);
        expect(faults(labels, width, height), `${preset} at ${width} px`).toEqual([]);
      }
    }
  }, 120_000);
});
