/**
 * Geometry of the tour's callout and card, as plain functions of boxes (tested without a browser):
 * where the ring's name tag fits (the ring itself: tourRing.ts), and how far to scroll so that the
 * region is in view and not under the card.
 */
import type { StageRegions } from '../../render/stageRegions.ts';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Room between a region and its ring, CSS px. */
export const RING_PAD = 5;
/** A ring is never smaller than this, so a thin gauge still gets a ring that reads as one. */
export const RING_MIN = 30;

/** What the canvas's `data-regions` attribute holds, or null when it is missing or damaged. */
export function parseRegions(text: string | undefined): StageRegions | null {
  if (text === undefined) return null;
  try {
    const value = JSON.parse(text) as StageRegions;
    if (typeof value.width !== 'number' || typeof value.regions !== 'object') return null;
    return value;
  } catch {
    return null;
  }
}

/**
 * Where the ring's name tag goes: above the ring when the canvas has room there, below otherwise
 * (inside the ring's top edge as a last resort), and flush with its right edge when it would run off
 * the page on the left-aligned side.
 */
export function tagSide(
  ring: Box,
  canvas: Box,
  tag: { width: number; height: number },
  pageWidth: number,
): { vertical: 'above' | 'below' | 'inside'; align: 'left' | 'right' } {
  const vertical =
    ring.top - canvas.top >= tag.height + 2
      ? 'above'
      : canvas.top + canvas.height - (ring.top + ring.height) >= tag.height + 2
        ? 'below'
        : 'inside';
  const align = ring.left + tag.width > pageWidth - 4 ? 'right' : 'left';
  return { vertical, align };
}

/** `beside`: level with the ring's middle, over its left or right edge. */
export type Vertical = 'above' | 'below' | 'inside' | 'beside';

const INSIDE: [Vertical, number] = ['inside', 0];

/** How tall a part's heading line is, from its box's top, stage px (a tag never covers it). */
export const HEADING_LINE = 20;

/** The ring's border, CSS px (tour.css): the tag is placed from the ring's padding box. */
export const RING_BORDER = 3;

/**
 * The tag's box (page px) on a side of the ring, as tour.css draws it: `vertical` picks the rule
 * (bottom or top offset), `left` is its CSS left, from the inside of the ring's border.
 */
export function tagBox(
  ring: Box,
  tag: { width: number; height: number },
  vertical: Vertical,
  left: number,
  /** How much higher than its usual place above the ring it stands, px (beside it: lower). */
  lift = 0,
): Box {
  const top =
    vertical === 'above'
      ? ring.top + RING_BORDER - 2 - lift - tag.height
      : vertical === 'below'
        ? ring.top + ring.height - RING_BORDER + 2
        : vertical === 'beside'
          ? ring.top + ring.height / 2 - tag.height / 2 + lift
          : ring.top + RING_BORDER + 2;
  return { left: ring.left + RING_BORDER + left, top, width: tag.width, height: tag.height };
}

/**
 * Where the ring's name tag goes so it covers none of the stage's `words` (page px), and never
 * anything in `keepOff`; `hidden` where no place does (the tag is then left out): along the
 * ring's top edge outside, its bottom edge outside, then inside its top edge, from its left end
 * outwards (the tag always over the ring's edge by 24 px at least), the first place that stays on the canvas and the
 * page and is clear of them; when none is, where `tagSide` would put it. `left` is the tag's left
 * edge from the ring's, px. A place clear of the stage's other `parts` too comes first, beside the
 * ring if need be: a tag over the producer's box read as the producer's (the retry tray's
 * "Retries", which has the producer over it and the lost box under it).
 */
export function tagPlace(
  ring: Box,
  canvas: Box,
  tag: { width: number; height: number },
  pageWidth: number,
  words: readonly Box[],
  parts: readonly Box[] = [],
  /**
   * What the tag never covers, whatever else: each part's heading line (its own too: a "Lost" tag
   * inside the ring's top edge sat on the Lost box's "Lost 4") and the well's blocks.
   */
  keepOff: readonly Box[] = [],
  /**
   * Outside the ring only: round an empty part (the retry tray before the first retry) a tag inside
   * the ring filled it, and the ring read as a label's box. Left out where no place outside is free.
   */
  outside = false,
  /**
   * Whether the tag may lie over another part's box where no place clear of them is free. Not
   * round a part that names itself in its own words: its tag is left out there instead (a phone's
   * "Retries" over the producer's box, by the tray saying "Retrying: 20", read as the producer's).
   */
  overParts = true,
): { vertical: Vertical; left: number; lift: number; hidden?: boolean } {
  const first = -RING_BORDER;
  // From the ring's left end outwards both ways, the tag overlapping the ring by 24 px at least.
  const lefts: number[] = [];
  for (let left = 24 - tag.width - RING_BORDER; left <= ring.width - RING_BORDER - 24; left += 8)
    lefts.push(left);
  lefts.sort((a, b) => Math.abs(a - first) - Math.abs(b - first));
  const tries: [Vertical, number][] = [['above', 0], ['below', 0], ...(outside ? [] : [INSIDE])];
  // Last, above the ring but lifted clear of the words just over it (a small part on a phone):
  // after a place beside the ring, which touches it. Lifted 31 px over a phone's memory gauge, the
  // "Memory" tag stood beside the consumers' heading and read as naming the consumers.
  const lifted: [Vertical, number][] = [];
  for (let lift = 8; lift <= 48; lift += 8) lifted.push(['above', lift]);
  // Beside the ring, over its right or left edge (its border and the room inside it, 8 px, so it
  // covers nothing the ring holds; more only where that is in the way): only where no part is.
  // Level with its middle, else inside its foot.
  const foot = Math.max(0, ring.height / 2 - tag.height / 2 - RING_BORDER - 2);
  const besideTries: [Vertical, number][] = [
    ['beside', 0],
    ['beside', foot],
  ];
  const besides = [8, 12, 18, 24].flatMap((over) => [
    ring.width - over - RING_BORDER,
    over - tag.width - RING_BORDER,
  ]);
  // Clear of the other parts first; then a place with room round it: a tag just touching a word
  // reads as one with it ("sending Retries"); only where there is none, one that merely covers no
  // word. Where no place is clear of the other parts (a phone), first one well apart from any word
  // on its line, beside the ring if need be: a tag at the end of the producer's "sending" line, a
  // few px clear of it, still read as one with it ("Retries" over "sending").
  const passes: [boolean, number, [Vertical, number][]][] = [
    [true, TAG_CLEARANCE, [...tries, ...besideTries, ...lifted]],
    [true, 0, [...tries, ...besideTries, ...lifted]],
    [false, LINE_CLEARANCE, [...tries, ...besideTries, ...lifted]],
    [false, TAG_CLEARANCE, [...tries, ...lifted]],
    [false, 0, [...tries, ...lifted]],
  ];
  for (const [clearOfParts, clearance, places] of passes.filter(([clear]) => clear || overParts))
    for (const [vertical, lift] of places)
      for (const left of vertical === 'beside' ? besides : [first, ...lefts]) {
        const b = tagBox(ring, tag, vertical, left, lift);
        // On the canvas across too: a tag past its edge reads as the page's, not the stage's.
        const onCanvas =
          b.top >= canvas.top &&
          b.top + b.height <= canvas.top + canvas.height &&
          b.left >= Math.max(0, canvas.left) &&
          b.left + b.width <= Math.min(pageWidth, canvas.left + canvas.width);
        if (!onCanvas || words.some((w) => overlaps(b, grow(w, clearance)))) continue;
        if (keepOff.some((k) => overlaps(b, k))) continue;
        if (clearOfParts && parts.some((p) => overlaps(b, p))) continue;
        return { vertical, left, lift };
      }
  const side = tagSide(ring, canvas, tag, pageWidth);
  const left = side.align === 'left' ? first : ring.width - RING_BORDER - tag.width;
  // Where even that covers a heading, the well's blocks or a word, the tag is left out: the ring
  // alone, round a part that names itself (a phone's retry tray says "Retrying").
  const b = tagBox(ring, tag, side.vertical, left);
  const covers =
    (outside && side.vertical === 'inside') ||
    keepOff.some((k) => overlaps(b, k)) ||
    (!overParts && parts.some((p) => overlaps(b, p))) ||
    words.some((w) => overlaps(b, grow(w, 0)));
  return { vertical: side.vertical, left, lift: 0, ...(covers ? { hidden: true } : {}) };
}

/**
 * How far to scroll the window (px, positive = down) so `target` is on screen and clear of `card`
 * (both in viewport px), with `margin` to spare; 0 when it already is. A card beside the target
 * (not over it horizontally) leaves the whole height free. A target taller than the room left is
 * brought to the top.
 */
export function scrollToShow(target: Box, card: Box | null, viewportHeight: number, margin = 8) {
  const overlapsX =
    card !== null && target.left < card.left + card.width && card.left < target.left + target.width;
  const top = margin;
  const bottom = (overlapsX && card ? Math.min(card.top, viewportHeight) : viewportHeight) - margin;
  const targetBottom = target.top + target.height;
  if (target.top >= top && targetBottom <= bottom) return 0;
  if (target.top < top) return target.top - top;
  return Math.min(targetBottom - bottom, target.top - top);
}

/** The scrolls that keep a target whole: from `low` up to `high`, px as `scrollToShow`'s. */
export interface ScrollRange {
  low: number;
  high: number;
}

/**
 * A target taller than the room may go this far further down the window than its top at the top,
 * px: room for a line of words above it, whole, rather than one cut in half.
 */
const TALL_SLACK = 40;

/**
 * The scrolls (px, positive = down) that show `target` whole and clear of `card`, as `scrollToShow`
 * measures them; for a target taller than the room, those that bring its top to the top of the
 * window or a line's height lower.
 */
export function scrollRange(
  target: Box,
  card: Box | null,
  viewportHeight: number,
  margin = 8,
): ScrollRange {
  const overlapsX =
    card !== null && target.left < card.left + card.width && card.left < target.left + target.width;
  const bottom = (overlapsX && card ? Math.min(card.top, viewportHeight) : viewportHeight) - margin;
  const high = target.top - margin;
  const low = target.top + target.height - bottom;
  return low <= high ? { low, high } : { low: high - TALL_SLACK, high };
}

/**
 * The scroll nearest `dy` (px, positive = down) within `range` (the scrolls that still show what the
 * step is about) and `limits` (how far the page can scroll either way) at which the window's top
 * edge cuts none of `cuts` in half: lines of text and controls, viewport px as they stand now. A
 * phone's tour scrolled the page heading, or the scenario's description, half off the top (try 8);
 * now the edge falls between two lines, a heading whole above it or gone. `dy` itself where no
 * scroll within the range does.
 */
export function cleanTopScroll(
  dy: number,
  range: ScrollRange,
  cuts: readonly Box[],
  limits: ScrollRange,
  room = 4,
): number {
  const clamp = (y: number) => Math.min(Math.max(y, limits.low), limits.high);
  const cut = (y: number) => cuts.some((c) => c.top < y - 0.5 && c.top + c.height > y + 0.5);
  const low = Math.min(range.low, dy);
  const high = Math.max(range.high, dy);
  let best: number | null = null;
  for (const candidate of [dy, ...cuts.flatMap((c) => [c.top - room, c.top, c.top + c.height])]) {
    const y = clamp(candidate);
    if (y < low || y > high || cut(y)) continue;
    if (best === null || Math.abs(y - dy) < Math.abs(best - dy)) best = y;
  }
  return best ?? dy;
}

/**
 * How far to scroll the window (px, positive = down) so every one of `targets` is on screen and
 * clear of `card` (viewport px; a card fixed to the window, or one that moves with all of them), with
 * `margin` to spare: the least scroll that does, 0 when they already are; null when no scroll can
 * show them all at once. Each target is held to the room its own column leaves (a card beside it
 * leaves the whole height), unlike one box round them all.
 */
export function scrollToShowAll(
  targets: readonly Box[],
  card: Box | null,
  viewportHeight: number,
  margin = 8,
): number | null {
  const range = scrollRangeAll(targets, card, viewportHeight, margin);
  return range === null ? null : Math.min(Math.max(0, range.low), range.high);
}

/** The scrolls that show every one of `targets` as `scrollToShowAll` asks; null where none does. */
export function scrollRangeAll(
  targets: readonly Box[],
  card: Box | null,
  viewportHeight: number,
  margin = 8,
): ScrollRange | null {
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  for (const target of targets) {
    const overlapsX =
      card !== null &&
      target.left < card.left + card.width &&
      card.left < target.left + target.width;
    const bottom =
      (overlapsX && card ? Math.min(card.top, viewportHeight) : viewportHeight) - margin;
    low = Math.max(low, target.top + target.height - bottom);
    high = Math.min(high, target.top - margin);
  }
  return low > high ? null : { low, high };
}

/**
 * Whether every one of `targets` is on screen and clear of `card` as the page stands (viewport px),
 * edge to edge: where they are, a new step leaves the page where it is rather than scroll it a few
 * px to leave a margin (the stage then moved at every step).
 */
export function shownNow(targets: readonly Box[], card: Box | null, viewportHeight: number) {
  const range = scrollRangeAll(targets, card, viewportHeight, 0);
  return range !== null && range.low <= 0 && range.high >= 0;
}

/**
 * Whether `target` can be shown whole, clear of `card`, by scrolling (what `scrollToShow` does for a
 * target that cannot is to bring its top to the top, leaving its foot under the card).
 */
export function fitsInView(target: Box, card: Box | null, viewportHeight: number, margin = 8) {
  const overlapsX =
    card !== null && target.left < card.left + card.width && card.left < target.left + target.width;
  const bottom = overlapsX && card ? Math.min(card.top, viewportHeight) : viewportHeight;
  return target.height <= bottom - 2 * margin;
}

/** Whether two boxes share any area. */
/**
 * Room kept between the tag and the stage's words beside it where the stage allows, px: side by side
 * on a line they would read as one phrase. Above and below, the line's own spacing is enough.
 */
export const TAG_CLEARANCE = 12;
/** Room kept between the tag and a word on its line where the tag must lie over another part, px. */
export const LINE_CLEARANCE = 32;
/** Above and below: enough that a tag over a word's line does not seem to sit on it. */
const TAG_CLEARANCE_Y = 4;

function grow(b: Box, by: number): Box {
  const y = Math.min(by, TAG_CLEARANCE_Y);
  return { left: b.left - by, top: b.top - y, width: b.width + 2 * by, height: b.height + 2 * y };
}

export function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/** The card is never shorter than this over the switcher, px: below it, the foot of the window. */
export const DOCK_MIN_HEIGHT = 260;

/** Whether the page sets the strategy switcher beside the stage, whole on the page. */
function switcherBeside(
  stage: Box | null,
  switcher: Box | null,
  pageWidth: number,
): switcher is Box {
  return (
    stage !== null &&
    switcher !== null &&
    switcher.width > 0 &&
    switcher.left >= stage.left + stage.width - 1 &&
    switcher.left + switcher.width <= pageWidth + 1
  );
}

/**
 * Where the tour's card stands on a page whose strategy switcher is beside the stage (viewport px):
 * over the switcher, as wide as it, no taller than the room down to the queue-depth chart (or the
 * window's foot); null when the switcher is not beside the stage (a narrow page) or that room is too
 * short, and the card goes along the window's foot instead.
 */
export function dockBox(
  stage: Box | null,
  switcher: Box | null,
  depthChart: Box | null,
  pageWidth: number,
): Box | null {
  if (!switcherBeside(stage, switcher, pageWidth)) return null;
  const foot =
    depthChart !== null && depthChart.height > 0
      ? depthChart.top - 4
      : switcher.top + switcher.height;
  const height = foot - switcher.top;
  if (height < DOCK_MIN_HEIGHT) return null;
  return { left: switcher.left, top: switcher.top, width: switcher.width, height };
}

/**
 * Where the card stands when its step invites the reader to use the switcher (the last step: "pick
 * any strategy in the list"): beside the stage still, but under the switcher's choices, never over
 * them (over the line under them, and the depth chart), down to the window's foot. Where that room is shorter than the card (`needed`,
 * its own height), the card runs on past the window's foot, whole (the page scrolls to its foot),
 * rather than cover the list it sends the reader to. Null where the switcher is not
 * beside the stage (a narrow page): the card goes along the window's foot, the page scrolled so the
 * list is above it (TourCallout).
 */
export function dockBelowSwitcher(
  stage: Box | null,
  switcher: Box | null,
  pageWidth: number,
  viewportHeight: number,
  /** The card's own height. */
  needed = DOCK_MIN_HEIGHT,
  /** The switcher's choices, where they end above its foot (the words under them may be covered). */
  choices: Box | null = null,
): Box | null {
  if (!switcherBeside(stage, switcher, pageWidth)) return null;
  const list = choices ?? switcher;
  const top = list.top + list.height + 8;
  const height = Math.max(viewportHeight - 8 - top, needed);
  return { left: switcher.left, top, width: switcher.width, height };
}

/**
 * Where the tour's card stands on a page whose strategy switcher is beside the stage, in every step
 * (viewport px): under the switcher's choices where the room down to the window's foot holds the
 * whole card (`needed`, its own height), so the strategy a step switches to is seen picked in the
 * list (a reader at 1280×800 could not see which one the tour had picked under the card); over
 * the line under the choices and the depth chart then. Where that room is too short, over the
 * switcher as `dockBox` has it. Null where the switcher is not beside the stage (a narrow page).
 */
export function dockBeside(
  stage: Box | null,
  switcher: Box | null,
  depthChart: Box | null,
  pageWidth: number,
  viewportHeight: number,
  needed: number,
  /** The switcher's choices, where they end above its foot. */
  choices: Box | null = null,
): Box | null {
  if (!switcherBeside(stage, switcher, pageWidth)) return null;
  const below = dockBelowSwitcher(stage, switcher, pageWidth, viewportHeight, needed, choices);
  if (below !== null && below.top + needed <= viewportHeight - 8) return below;
  return dockBox(stage, switcher, depthChart, pageWidth);
}

/** The smallest box holding both. */
export function union(a: Box, b: Box): Box {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return {
    left,
    top,
    width: Math.max(a.left + a.width, b.left + b.width) - left,
    height: Math.max(a.top + a.height, b.top + b.height) - top,
  };
}
