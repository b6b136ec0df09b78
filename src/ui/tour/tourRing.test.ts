/**
 * The tour's rings on the stage each step shows, at the stage's sizes on a 1440×900 and a 1280×800
 * window and a 360×740 phone: painted as the page paints it (every half second of the step's first
 * four), each ring holds its part and runs through no word, and takes in no other part's word.
 */
import { describe, expect, it } from 'vitest';
import { LabelLog } from '../../render/labels.ts';
import type { Rect } from '../../render/stageLayout.ts';
import { regionsOf, type StageRegions } from '../../render/stageRegions.ts';
import { harness } from '../../render/testing/harness.ts';
import { paintedFrames } from '../../render/testing/paintedFrames.ts';
import type { StrategyId } from '../../domain/strategies.ts';
import {
  APART_OUTLINE,
  drawnRing,
  OUTLINE,
  outlined,
  partRing,
  touches,
  type Side,
} from './tourRing.ts';
import { storyScenario, TOUR_STEPS } from './tourSteps.ts';

/** The stage's size (CSS px) on each window, as the page lays it out. */
const STAGES = [
  { window: 1440, width: 936, height: 425 },
  { window: 1280, width: 776, height: 328 },
  { window: 360, width: 336, height: 340 },
  // A 360 × 740 phone's stage as a reader saw it, 260 px tall (its rings ran over the boxes).
  { window: 360, width: 336, height: 260 },
];

/** The strategy each step shows (its setUp puts the story in place with it). */
const SHOWS: Record<string, StrategyId> = {
  outpaces: 'none',
  fills: 'none',
  memory: 'none',
  'push-back': 'block',
  drop: 'drop-oldest',
  retry: 'drop-incoming',
  consumers: 'add-consumers',
  'your-turn': 'none',
};

const inside = (a: Rect, b: Rect) =>
  a.x >= b.x - 0.01 &&
  a.y >= b.y - 0.01 &&
  a.x + a.w <= b.x + b.w + 0.01 &&
  a.y + a.h <= b.y + b.h + 0.01;
const grow = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  w: r.w + 2 * by,
  h: r.h + 2 * by,
});

interface Painted {
  at: number;
  regions: StageRegions;
  words: { text: string; box: Rect }[];
}

/** The stage of `strategy` painted every half second for four seconds. */
function paint(strategy: StrategyId, width: number, height: number): Painted[] {
  const h = harness(storyScenario(strategy).scenario, width, height);
  const labels = new LabelLog();
  const out: Painted[] = [];
  for (const { i, scene } of paintedFrames(h, labels, 1, 240)) {
    if (i % 30 !== 0) continue;
    const boxes = labels.wordBoxes();
    const texts = labels.list();
    // wordBoxes leaves out the chips' words, as the page's data-words does: match by box.
    const words = boxes.map((box) => ({
      box,
      text:
        texts.find(
          (l) => Math.abs(Math.floor(l.x) - box.x) < 1 && Math.abs(Math.floor(l.y) - box.y) < 1,
        )?.text ?? '?',
    }));
    out.push({ at: i / 60, regions: regionsOf(scene.layout, scene.workerRows), words });
  }
  return out;
}

describe('the tour’s ring round each step’s part', () => {
  for (const stage of STAGES)
    it(`holds its part and crosses no word, box or mark, every step, on a ${stage.window} × ${stage.height} px stage`, () => {
      const painted = new Map<StrategyId, Painted[]>();
      for (const step of TOUR_STEPS) {
        const strategy = SHOWS[step.id]!;
        if (!painted.has(strategy))
          painted.set(strategy, paint(strategy, stage.width, stage.height));
        for (const frame of painted.get(strategy)!) {
          const where = `${step.id} at ${stage.window} px, ${frame.at} s`;
          const made = partRing(
            step.target,
            frame.regions,
            frame.words.map((w) => w.box),
          );
          expect(made, where).not.toBeNull();
          const { ring, apart, open } = made!;
          const part = frame.regions.regions[step.target]!;
          // The light is rung with its card (the producer's box), whose words say what it shows.
          const home = step.target === 'light' ? frame.regions.regions.producer! : part;
          const near = frame.regions.bands?.[step.target] ?? [];
          const ownBy = (b: Rect) => [home, ...near].some((o) => touches(b, o));
          // Within its border at least (which may lie on the part's own edge, clear of words).
          expect(inside(part, drawnRing(ring, open)), `${where}: the ring holds its part`).toBe(
            true,
          );
          // The ring's border and halo (none on a side left open); the thin ring round words apart
          // has a border only.
          const drawn: [Rect, number, Side[]][] = [[ring, OUTLINE, open]];
          if (apart !== null) drawn.push([apart, APART_OUTLINE, []]);
          // Nor another part's box or marks, halo and all (a phone's rings ran over the producer's
          // and the lost box's edges, and over the well's pointers); its own part's marks it holds.
          const others = Object.entries(frame.regions.regions).filter(
            ([name, box]) =>
              name !== step.target &&
              box !== undefined &&
              !inside(box, home) &&
              !inside(home, box) &&
              !touches(box, home),
          );
          for (const [r, outline, sides] of drawn)
            for (const [name, box] of others)
              expect(
                touches(box!, outlined(r, outline, sides)),
                `${where}: a ring over ${name}`,
              ).toBe(false);
          for (const [name, marks] of Object.entries(frame.regions.marks ?? {}))
            for (const mark of marks ?? [])
              if (name === step.target)
                expect(inside(mark, ring), `${where}: the ring holds ${name}'s marks`).toBe(true);
              else if (!touches(mark, home))
                for (const [r, outline] of drawn)
                  expect(
                    touches(mark, grow(r, outline)),
                    `${where}: a ring over ${name}'s marks`,
                  ).toBe(false);
          for (const [r, outline, sides] of drawn)
            for (const w of frame.words) {
              const crossed = touches(w.box, outlined(r, outline, sides)) && !inside(w.box, r);
              expect(crossed, `${where}: a ring runs through "${w.text}"`).toBe(false);
              // A word it holds is its part's: in the part's box or where the stage says its words go.
              if (inside(w.box, r))
                expect(ownBy(w.box), `${where}: a ring holds "${w.text}"`).toBe(true);
            }
        }
      }
    });
});

describe('the ring round the retry tray', () => {
  it('says the tray is empty before the first retry, and not once retries wait there', () => {
    const frames = paint('drop-incoming', 776, 328);
    const empty = frames.map(
      (f) =>
        partRing(
          'retries',
          f.regions,
          f.words.map((w) => w.box),
        )!.empty,
    );
    // Half a second in, nothing has been turned away yet; by four seconds retries wait.
    expect(empty[0]).toBe(true);
    expect(empty.at(-1)).toBe(false);
  });
});

describe('a ring with no room for its border beside a word it holds', () => {
  // The queue at 1280 × 800, tour step 2, as the page reported it: "newest" (399–443 px) beside the
  // pointer at the top row, 6 px from the memory gauge (449 px).
  const laid: StageRegions = {
    width: 776,
    height: 328,
    regions: {
      producer: { x: 14, y: 50, w: 150, h: 69 },
      light: { x: 17, y: 57, w: 16, h: 42 },
      retries: { x: 14, y: 127, w: 150, h: 39 },
      bin: { x: 14, y: 174, w: 150, h: 140 },
      well: { x: 211, y: 105, w: 174, h: 174 },
      consumers: { x: 485, y: 140, w: 157, h: 66 },
      done: { x: 672, y: 144, w: 90, h: 69 },
      gauge: { x: 449, y: 105, w: 12, h: 174 },
    },
    bands: {
      well: [{ x: 208, y: 104, w: 240, h: 213 }],
      gauge: [{ x: 389, y: 69, w: 72, h: 36 }],
    },
    marks: { well: [{ x: 388, y: 113, w: 10, h: 159 }] },
  };
  const words: Rect[] = [
    [288, 244, 20, 13],
    [245, 201, 19, 13],
    [39, 56, 67, 14],
    [39, 72, 48, 21],
    [21, 101, 48, 13],
    [521, 169, 94, 13],
    [485, 142, 68, 13],
    [698, 151, 39, 14],
    [696, 168, 42, 21],
    [704, 196, 26, 13],
    [399, 259, 31, 13],
    [399, 114, 44, 13],
    [415, 89, 46, 13],
    [413, 74, 48, 13],
    [147, 181, 10, 14],
    [21, 181, 32, 14],
    [22, 201, 95, 13],
    [257, 286, 157, 14],
    [252, 303, 167, 13],
  ].map(([x, y, w, h]) => ({ x: x!, y: y!, w: w!, h: h! }));

  it('leaves that side open: through no word, over no other part, holding the pointers', () => {
    const made = partRing('well', laid, words)!;
    expect(made.open).toEqual(['r']);
    expect(made.apart).toBeNull();
    const drawn = outlined(made.ring, OUTLINE, made.open);
    for (const w of words) if (touches(w, drawn)) expect(inside(w, made.ring)).toBe(true);
    expect(touches(laid.regions.gauge!, drawn)).toBe(false);
    expect(inside(laid.marks!.well![0]!, made.ring)).toBe(true);
  });
});
