import { describe, expect, it } from 'vitest';
import { chainFitsRow, chainHeightFor, planChain, panelGrid, panelLayout } from './chainLayout.ts';
import { computeStageLayout, gridForSpace, stageHeightFor, type Rect } from './stageLayout.ts';

const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x - 0.5 &&
  r.y >= outer.y - 0.5 &&
  r.x + r.w <= outer.x + outer.w + 0.5 &&
  r.y + r.h <= outer.y + outer.h + 0.5;
const apart = (a: Rect, b: Rect) =>
  a.x + a.w <= b.x + 0.5 ||
  b.x + b.w <= a.x + 0.5 ||
  a.y + a.h <= b.y + 0.5 ||
  b.y + b.h <= a.y + 0.5;

describe('chainHeightFor', () => {
  it('is the single stage’s height for one stage, at every width and text size', () => {
    for (const width of [320, 360, 700, 1280])
      for (const scale of [1, 1.25])
        expect(chainHeightFor(width, 1, scale)).toBe(stageHeightFor(width, scale));
  });

  it('adds a band per later stage only when the stages do not fit side by side', () => {
    expect(chainFitsRow(1280, 3)).toBe(true);
    expect(chainHeightFor(1280, 3)).toBe(stageHeightFor(1280));
    expect(chainFitsRow(700, 2)).toBe(true);
    expect(chainFitsRow(700, 3)).toBe(false);
    expect(chainHeightFor(700, 3)).toBeGreaterThan(chainHeightFor(700, 2));
    expect(chainFitsRow(360, 2)).toBe(false);
    expect(chainHeightFor(360, 3) - chainHeightFor(360, 2)).toBe(
      chainHeightFor(360, 2) - stageHeightFor(360),
    );
    // Larger text needs wider panels: a row that fits at normal size may not.
    expect(chainFitsRow(600, 2)).toBe(true);
    expect(chainFitsRow(600, 2, 1.25)).toBe(false);
  });

  it('holds three stages in a row in the page’s stage at 1280×800 (776 px wide)', () => {
    // In a column the chain ran 926 px tall there, and its knobs lay a screen below it.
    expect(chainFitsRow(776, 3)).toBe(true);
    expect(chainHeightFor(776, 3)).toBe(stageHeightFor(776));
  });
});

describe('planChain', () => {
  it('lays the stages in a row where they fit, in a column where not, each panel on the canvas', () => {
    for (const width of [320, 360, 500, 700, 960, 1280, 1440]) {
      for (const stages of [2, 3]) {
        for (const fontScale of [1, 1.25]) {
          const height = chainHeightFor(width, stages, fontScale);
          const plan = planChain(width, height, stages, { fontScale });
          const where = `${stages} stages at ${width} px ×${fontScale}`;
          expect(plan.direction, where).toBe(
            chainFitsRow(width, stages, fontScale) ? 'row' : 'column',
          );
          expect(plan.panels, where).toHaveLength(stages);
          const canvas = { x: 0, y: 0, w: width, h: height };
          plan.panels.forEach((p, i) => {
            expect(inside(p.rect, canvas), `${where}: panel ${i + 1}`).toBe(true);
            for (const q of plan.panels.slice(i + 1))
              expect(apart(p.rect, q.rect), `${where}: panels apart`).toBe(true);
          });
          // Left to right in a row, top to bottom in a column.
          for (let i = 1; i < stages; i++) {
            const a = plan.panels[i - 1]!.rect;
            const b = plan.panels[i]!.rect;
            if (plan.direction === 'row') expect(b.x).toBeGreaterThan(a.x + a.w);
            else expect(b.y).toBeGreaterThanOrEqual(a.y + a.h);
          }
        }
      }
    }
  });

  it('keeps each stage’s well, consumers and hand-off inside its own panel', () => {
    for (const width of [360, 700, 1280]) {
      for (const stages of [2, 3]) {
        const height = chainHeightFor(width, stages);
        const plan = planChain(width, height, stages);
        plan.panels.forEach((panel, k) => {
          const options = k === 0 ? { credit: true } : {};
          const l = panelLayout(panel, panelGrid(panel, 20, 1, options), options);
          const where = `stage ${k + 1} of ${stages} at ${width} px`;
          for (const part of [l.well, l.workers, l.sink])
            expect(inside(part, panel.rect), where).toBe(true);
          expect(apart(l.well, l.workers), where).toBe(true);
          expect(apart(l.workers, l.sink), where).toBe(true);
          // Only the first stage has a producer and a bin on the canvas.
          if (k === 0) expect(inside(l.producer, panel.rect), where).toBe(true);
          else expect(l.producer.x + l.producer.w, where).toBeLessThanOrEqual(panel.rect.x + 0.5);
        });
      }
    }
  });

  it('gives one stage the single stage’s own layout, unmoved', () => {
    const plan = planChain(700, stageHeightFor(700), 1);
    const panel = plan.panels[0]!;
    const grid = gridForSpace(700, stageHeightFor(700), 20, 1);
    expect(panelLayout(panel, grid)).toEqual(computeStageLayout(700, stageHeightFor(700), grid));
  });
});
