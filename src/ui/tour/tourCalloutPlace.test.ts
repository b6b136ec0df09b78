/**
 * The tour's ring and tag as the page places them, on stages painted as the page paints them at a
 * 1440×900 and a 1280×800 window and a 360×740 phone: each tag can be seen, outside its ring and
 * next to it, so it names the part it rings.
 */
import { describe, expect, it } from 'vitest';
import { LabelLog } from '../../render/labels.ts';
import { regionsOf, type StageRegions } from '../../render/stageRegions.ts';
import type { Rect } from '../../render/stageLayout.ts';
import { harness } from '../../render/testing/harness.ts';
import { paintedFrames } from '../../render/testing/paintedFrames.ts';
import type { StrategyId } from '../../domain/strategies.ts';
import { calloutPlace } from './tourCalloutPlace.ts';
import { tagBox, type Box } from './tourPlacement.ts';
import { storyScenario, TOUR_STEPS } from './tourSteps.ts';

const STAGES = [
  { window: 1440, width: 936, height: 425 },
  { window: 1280, width: 776, height: 328 },
  { window: 360, width: 336, height: 340 },
  { window: 360, width: 336, height: 260 },
];

/** The tag's size as the page estimates it before it is drawn (TourCallout.tsx). */
const tagSize = (name: string) => ({ width: name.length * 8.5 + 16, height: 22 });

/** The stage of `strategy` every half second of its first `seconds`. */
function frames(strategy: StrategyId, width: number, height: number, seconds = 4) {
  const h = harness(storyScenario(strategy).scenario, width, height);
  const labels = new LabelLog();
  const out: { at: number; regions: StageRegions; words: Rect[] }[] = [];
  for (const { i, scene } of paintedFrames(h, labels, 1, seconds * 60)) {
    if (i % 30 !== 0) continue;
    out.push({
      at: i / 60,
      regions: regionsOf(scene.layout, scene.workerRows),
      words: labels.wordBoxes(),
    });
  }
  return out;
}

const step = (id: string) => TOUR_STEPS.find((s) => s.id === id)!;

/** The gap between two boxes, px (0 where they touch or overlap). */
const gap = (a: Box, b: Box) =>
  Math.max(0, b.left - (a.left + a.width), a.left - (b.left + b.width)) +
  Math.max(0, b.top - (a.top + a.height), a.top - (b.top + b.height));

function placeOn(id: string, stage: (typeof STAGES)[number], frame: ReturnType<typeof frames>[0]) {
  const s = step(id);
  const canvas = { left: 12, top: 100, width: stage.width, height: stage.height };
  const placed = calloutPlace(
    s.target,
    { name: s.targetName, empty: s.emptyTargetName },
    frame.regions,
    frame.words,
    canvas,
    stage.window,
    tagSize,
  )!;
  const tag = tagBox(placed.ring, tagSize(placed.name), placed.vertical, placed.left, placed.lift);
  return { placed, tag };
}

describe('the tag of the ring round the retry tray, empty before the first retry', () => {
  for (const stage of STAGES)
    it(`is seen outside the ring, not filling it, on a ${stage.window} × ${stage.height} px stage`, () => {
      const empty = frames('drop-incoming', stage.width, stage.height, 1)[1]!;
      const { placed, tag } = placeOn('retry', stage, empty);
      expect(placed.hidden, placed.name).not.toBe(true);
      expect(placed.vertical).not.toBe('inside');
      // At the ring's edge, not apart from it.
      expect(gap(tag, placed.ring)).toBe(0);
    });
});

describe('the “Memory” tag', () => {
  for (const stage of STAGES)
    it(`stands next to the gauge's ring on a ${stage.window} × ${stage.height} px stage`, () => {
      for (const frame of frames('none', stage.width, stage.height)) {
        const { placed, tag } = placeOn('memory', stage, frame);
        if (placed.hidden === true) continue;
        // A tag lifted high over its ring read as naming the consumers beside it (a phone).
        expect(gap(tag, placed.ring), `${frame.at} s`).toBeLessThanOrEqual(2);
      }
    });
});

/** Each step ringing a part of the stage, on its strategy's stage (as the tour puts it on). */
const STEP_STAGES: [string, StrategyId][] = [
  ['outpaces', 'none'],
  ['fills', 'none'],
  ['memory', 'none'],
  ['push-back', 'block'],
  ['drop', 'drop-oldest'],
  ['retry', 'drop-incoming'],
  ['consumers', 'add-consumers'],
];

const overlapsBox = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('a tag keeps off what moves and off the other parts', () => {
  for (const stage of STAGES)
    for (const [id, strategy] of STEP_STAGES)
      it(`step ${id} on a ${stage.window} × ${stage.height} px stage`, () => {
        for (const frame of frames(strategy, stage.width, stage.height, 3)) {
          const { placed, tag } = placeOn(id, stage, frame);
          if (placed.hidden === true) {
            // Left out only on a phone's crowded stage: a desktop's tag always has a place.
            expect(stage.window, `${frame.at} s: ${placed.name} left out`).toBeLessThan(600);
            continue;
          }
          const toPage = (r: Rect): Box => ({
            left: 12 + r.x,
            top: 100 + r.y,
            width: r.w,
            height: r.h,
          });
          const where = `${frame.at} s: "${placed.name}"`;
          // Where the blocks travel: the conveyor into the well's mouth, the gap down into the bin
          // (step 5's "Lost" sat in that gap, where its dropped blocks fall).
          for (const path of frame.regions.paths ?? [])
            expect(overlapsBox(tag, toPage(path)), `${where} over a path`).toBe(false);
          // The well's blocks, its own ring's too ("The queue" over the newest row).
          const well = frame.regions.regions.well!;
          expect(overlapsBox(tag, toPage(well)), `${where} over the well`).toBe(false);
          // Another part's box, where the part it names says something (a phone's "Retries" lay
          // on the producer's box).
          const s = step(id);
          const own = frame.regions.regions[s.target]!;
          for (const [name, r] of Object.entries(frame.regions.regions)) {
            if (name === s.target || r === undefined || name === 'well') continue;
            const within = (a: Rect, b: Rect) =>
              a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
            if (within(r, own) || within(own, r)) continue;
            // The retry tray draws no box: only its words are in the way.
            if (name === 'retries' && !frame.words.some((w) => overlapsBox(toPage(w), toPage(r))))
              continue;
            // An empty part (the tray before the first retry) says nothing: its tag is needed.
            const says = frame.words.some((w) => overlapsBox(toPage(w), toPage(own)));
            if (!says) continue;
            expect(overlapsBox(tag, toPage(r)), `${where} over the ${name}`).toBe(false);
          }
        }
      });
});
