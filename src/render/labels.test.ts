import { describe, expect, it } from 'vitest';
import { label, LabelLog, labelBox, type Pen } from './labels.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const font = { css: '12px sans-serif', px: 12 };

function pen(): Pen & { ctx: ReturnType<typeof createFakeContext> } {
  return {
    ctx: createFakeContext(),
    theme: LIGHT_THEME,
    palette: TEST_PALETTE,
    labels: new LabelLog(),
  };
}

describe('label', () => {
  it('draws the longest wording that fits, whole, and records its box', () => {
    const p = pen();
    // The fake measures 0.58 em a character: 12 px text is about 7 px a character.
    const w = label(p, ['Worker 1 · busy', 'W1 · busy'], 10, 50, font, '#000', 'left', 80);
    expect(p.ctx.texts()).toEqual(['W1 · busy']);
    const [drawn] = p.labels.list();
    expect(drawn).toMatchObject({ text: 'W1 · busy', x: 10, px: 12, shortened: false });
    expect(drawn?.w).toBeCloseTo(w, 1);
    expect(drawn?.y).toBeLessThan(50);
    expect((drawn?.y ?? 0) + (drawn?.h ?? 0)).toBeGreaterThan(50);
  });

  it('cuts the shortest wording with an ellipsis only when nothing fits, and says so', () => {
    const p = pen();
    label(p, ['Lost in out-of-memory crash', 'Out of memory'], 0, 20, font, '#000', 'left', 40);
    const [drawn] = p.labels.list();
    expect(drawn?.text).toMatch(/…$/);
    expect(drawn?.shortened).toBe(true);
  });

  it('draws nothing for an empty wording, the way to leave a label out where it cannot fit', () => {
    const p = pen();
    expect(label(p, ['a long label here', ''], 0, 20, font, '#000', 'left', 20)).toBe(0);
    expect(p.labels.count).toBe(0);
    expect(p.ctx.count('fillText')).toBe(0);
  });

  it('places the box by the alignment', () => {
    expect(labelBox(100, 50, 40, 12, 'center').x).toBe(80);
    expect(labelBox(100, 50, 40, 12, 'right').x).toBe(60);
    expect(labelBox(100, 50, 40, 12, 'left').x).toBe(100);
  });
});

describe('LabelLog', () => {
  it('tells whether a box would touch a label already drawn', () => {
    const log = new LabelLog();
    log.begin();
    log.add('a', 10, 10, 30, 12, 12, false);
    expect(log.overlaps(20, 15, 10, 10)).toBe(true);
    expect(log.overlaps(60, 10, 10, 10)).toBe(false);
    log.begin();
    expect(log.overlaps(20, 15, 10, 10)).toBe(false);
    expect(log.list()).toEqual([]);
  });
});

describe('LabelLog: what the page lays over the stage', () => {
  it('keeps the page’s box from frame to frame, and reports the words but not the chips', () => {
    const log = new LabelLog();
    expect(log.reserved).toBe(false);
    log.reserve({ text: 'The queue', x: 10, y: 10, w: 80, h: 20 });
    log.begin();
    expect(log.reserved).toBe(true);
    expect(log.touchesBanner(50, 15, 10, 10)).toBe(true);
    log.add('Producer', 5.2, 40.6, 50, 12, 12, false);
    log.addBanner({ kind: 'callout', text: 'Retry wave', x: 100, y: 100, w: 90, h: 22, on: null });
    log.add('Retry wave', 105, 104, 80, 12, 12, false);
    expect(log.wordBoxes()).toEqual([{ x: 5, y: 40, w: 51, h: 13 }]);
    // A banner that stays put (the crash's) is a word box whole, its red ends too.
    log.addBanner({ kind: 'banner', text: 'Crashed', x: 20.5, y: 60, w: 170, h: 40, on: 'well' });
    expect(log.wordBoxes()).toContainEqual({ x: 20, y: 60, w: 171, h: 40 });
    expect(log.banners().map((b) => b.kind)).toEqual(['page', 'callout', 'banner']);
    log.reserve(null);
    log.begin();
    expect(log.reserved).toBe(false);
    expect(log.touchesBanner(50, 15, 10, 10)).toBe(false);
  });
});
