/**
 * Where the tour's callout goes on the stage, as a plain function of what the stage reports (its
 * parts, their words) and where its canvas stands on the page (tested without a browser, on stages
 * painted as the page paints them): the ring round the part (tourRing.ts), and its name tag on a
 * side clear of the words (tourPlacement.ts `tagPlace`).
 */
import type { Rect } from '../../render/stageLayout.ts';
import type { StageRegionName, StageRegions } from '../../render/stageRegions.ts';
import { HEADING_LINE, tagPlace, type Box, type Vertical } from './tourPlacement.ts';
import { APART_OUTLINE, drawnRing, partRing, RING_HALO, type Side } from './tourRing.ts';

/** What the tag says: the part's name, and what it says while the part is empty (if it differs). */
export interface Names {
  name: string;
  empty?: string | undefined;
}

export interface Placed {
  /** The ring as drawn, viewport px. */
  ring: Box;
  /** The thin ring round the part's words that stand apart from it, or null. */
  apart: Box | null;
  /** The ring's sides left open, with no room for a border (tourRing.ts). */
  open: Side[];
  /** Both, in the stage's own px (the stage keeps its moment chips clear of them). */
  onStage: Rect[];
  /** The tag's words: the part's name, or while it says nothing yet, where it will show. */
  name: string;
  vertical: Vertical;
  /** The tag's left edge from the ring's, px. */
  left: number;
  /** Above the ring: how much higher than usual, px. */
  lift: number;
  /** Left out: no place for it covers nothing that matters (a phone's crowded stage). */
  hidden?: boolean;
}

/** How far over the well its mouth reaches, stage px: a newcomer waits there for its step in. */
const MOUTH = 20;
/** How far the well's walls reach out of its box at most, stage px (well.ts: up to 6 px, 7 when full). */
const WALL = 7;

/** Parts the stage draws no box for: the retry tray shows only its blocks and its words. */
const BOXLESS = new Set<string>(['retries']);

const overlapsRect = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const grow = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  w: r.w + 2 * by,
  h: r.h + 2 * by,
});

/**
 * Where the ring and its tag go, in viewport px, or null while the part is not on the stage: round
 * the part and its words, through no other word; its tag on a side clear of the words. `canvas` is
 * where the stage's canvas stands (viewport px), `words` the stage's words (stage px), `tagSize` how
 * big the tag is with given words.
 */
export function calloutPlace(
  target: StageRegionName,
  names: Names,
  regions: StageRegions,
  words: readonly Rect[],
  canvas: Box,
  pageWidth: number,
  tagSize: (name: string) => { width: number; height: number },
): Placed | null {
  const made = partRing(target, regions, words);
  if (made === null || canvas.width <= 0) return null;
  const sx = regions.width > 0 ? canvas.width / regions.width : 1;
  const sy = regions.height > 0 ? canvas.height / regions.height : 1;
  const toPage = (r: Rect): Box => ({
    left: canvas.left + r.x * sx,
    top: canvas.top + r.y * sy,
    width: r.w * sx,
    height: r.h * sy,
  });
  const ring = toPage(drawnRing(made.ring, made.open));
  // The thin ring's border outside its inner edge too.
  const apartDrawn = made.apart === null ? null : grow(made.apart, APART_OUTLINE);
  const apart = apartDrawn === null ? null : toPage(apartDrawn);
  // The chips keep clear of the rings with their halo.
  const onStage = [
    grow(drawnRing(made.ring, made.open), RING_HALO),
    ...(apartDrawn ? [apartDrawn] : []),
  ];
  const wordBoxes = words.map(toPage);
  // The stage's other parts, which the tag keeps off where it can (not one inside the part or
  // holding it: the producer's light).
  const own = regions.regions[target];
  const inside = (a: Rect, b: Rect) =>
    a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
  // A part the stage draws no box for (the retry tray) is in the way only where it shows something:
  // over a drop strategy's empty tray, a "Lost" tag stands above its own box, clear of the gap.
  const shows = (r: Rect) => words.some((w) => overlapsRect(w, r));
  const parts = Object.entries(regions.regions)
    .filter(
      (entry): entry is [string, Rect] =>
        entry[0] !== target &&
        entry[1] !== undefined &&
        (!BOXLESS.has(entry[0]) || shows(entry[1])) &&
        (own === undefined || (!inside(entry[1], own) && !inside(own, entry[1]))),
    )
    .map(([, r]) => toPage(r));
  // Never under the tag: each part's heading line, across its box, where it has words on it (an
  // empty retry tray has none), and the well, whose blocks are what the stage is about.
  const keepOff = Object.entries(regions.regions)
    .filter((entry): entry is [string, Rect] => entry[1] !== undefined)
    .flatMap(([part, r]) => {
      // The well with its mouth over it, where a newcomer waits for its step in.
      // (Not when the ring is round the well: the tag then stands outside the ring.)
      // Its walls too, drawn outside its box (a "Retries" tag beside the empty tray ran onto them).
      // Round the well, its blocks themselves (a tag inside its ring's top edge would cover them).
      if (part === 'well')
        return target === 'well'
          ? [toPage(r)]
          : [toPage({ x: r.x - WALL, y: r.y - MOUTH, w: r.w + 2 * WALL, h: r.h + MOUTH + WALL })];
      const line = { ...r, h: Math.min(r.h, HEADING_LINE) };
      const headed = words.some((w) => {
        const cx = w.x + w.w / 2;
        const cy = w.y + w.h / 2;
        return cx >= line.x && cx <= line.x + line.w && cy >= line.y && cy <= line.y + line.h;
      });
      return headed ? [toPage(line)] : [];
    })
    // Where the blocks travel between the parts: the conveyor into the well's mouth, the gap down
    // into the bin. What a step asks the reader to watch moves there.
    .concat((regions.paths ?? []).map(toPage));
  // Round a part that says something of its own, a tag that could only lie over another part's
  // box is left out: the part names itself, and the tag would read as the other's.
  const at = (name: string, outside = false) => ({
    name,
    ...tagPlace(
      ring,
      canvas,
      tagSize(name),
      pageWidth,
      wordBoxes,
      parts,
      keepOff,
      outside,
      made.empty,
    ),
  });
  const shared = { ring, apart, open: made.open, onStage };
  if (!made.empty) return { ...shared, ...at(names.name) };
  // Round an empty part, the tag stands outside the ring (inside, it filled it): saying where the
  // part's things will show where that fits, else its name alone (a phone's retry tray has room
  // for "Retries" over its ring, not "Retries will show here").
  const empty = names.empty ?? names.name;
  for (const name of [empty, names.name]) {
    const tag = at(name, true);
    if (tag.hidden !== true) return { ...shared, ...tag };
  }
  return { ...shared, ...at(empty) };
}
