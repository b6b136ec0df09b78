import { describe, expect, it } from 'vitest';
import {
  computeStageLayout,
  gridForSpace,
  planWorkerRows,
  stageHeightFor,
  type Rect,
} from './stageLayout.ts';
import { regionsOf } from './stageRegions.ts';

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.w <= outer.x + outer.w + 1 &&
  inner.y + inner.h <= outer.y + outer.h + 1;

function layoutFor(width: number, options: { credit?: boolean; memory?: boolean }) {
  const height = stageHeightFor(width);
  return computeStageLayout(width, height, gridForSpace(width, height, 20, 1, options), options);
}

describe('regionsOf', () => {
  it('names every part a callout may point at, on the canvas, at phone and desktop widths', () => {
    for (const width of [360, 700, 1280]) {
      const layout = layoutFor(width, { credit: true, memory: true });
      const { regions, width: w, height: h } = regionsOf(layout);
      const canvas = { x: 0, y: 0, w, h };
      expect(Object.keys(regions).sort()).toEqual(
        [
          'bin',
          'consumers',
          'credit',
          'done',
          'gauge',
          'light',
          'producer',
          'retries',
          'well',
        ].sort(),
      );
      for (const [name, box] of Object.entries(regions)) {
        expect(inside(box, canvas), `${name} at ${width} px`).toBe(true);
        expect(box.w * box.h, `${name} at ${width} px`).toBeGreaterThan(0);
      }
      // The light is inside the producer's box; the well is the well.
      expect(inside(regions.light!, regions.producer!)).toBe(true);
      expect(regions.well).toEqual(layout.well);
    }
  });

  it('leaves out the parts a stage does not draw', () => {
    const { regions } = regionsOf(layoutFor(1280, {}));
    expect(regions.gauge).toBeUndefined();
    expect(regions.credit).toBeUndefined();
  });

  it('gives the gauge its bar, and its read-outs as its band: over it on a desktop, under the well on a phone', () => {
    const wide = layoutFor(1280, { memory: true });
    const w = regionsOf(wide);
    expect(w.regions.gauge).toEqual(wide.gauge);
    expect(w.bands!.gauge![0]!.y + w.bands!.gauge![0]!.h).toBeLessThanOrEqual(wide.gauge.y + 1);
    const phone = layoutFor(360, { memory: true });
    const p = regionsOf(phone);
    expect(p.bands!.gauge![0]!.y).toBeGreaterThan(phone.captionY2);
  });

  it('with the workers drawn, boxes the consumers as drawn, not the whole column', () => {
    const layout = layoutFor(1280, {});
    const one = regionsOf(layout, planWorkerRows(layout, 1)).regions.consumers!;
    const three = regionsOf(layout, planWorkerRows(layout, 3)).regions.consumers!;
    expect(one.h).toBeLessThan(layout.workers.h / 2);
    expect(three.h).toBeGreaterThan(one.h);
    expect(inside(three, layout.workers)).toBe(true);
  });
});
