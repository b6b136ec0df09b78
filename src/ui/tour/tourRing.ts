/**
 * The tour's ring round a part of the stage, as a plain function of what the stage reports (its
 * parts' boxes with the bands where their words stand, `StageRegions`, and the boxes of the words it
 * drew), in the stage's own CSS px, so it is tested without a browser. The ring holds the part and
 * its own words and runs through no other word: an attendee's "Memory" ring took in the whole well
 * and hid the gauge's "96 KB of 1 MB", and the producer's light cut "blocked 8%" in two.
 *
 * - The part's own words are those whose middle is in its box or in one of its bands.
 * - The ring takes in each own word that it can without taking in another part's word; one it
 *   cannot (a phone's memory read-out, under the well's caption) gets a ring of its own, `apart`.
 * - Its room round the part shrinks on a side where another word is near, down to nothing.
 * - A thin part (the gauge) still gets a ring RING_MIN wide where no word is in the way.
 */
import type { Rect } from '../../render/stageLayout.ts';
import type { StageRegionName, StageRegions } from '../../render/stageRegions.ts';
import { RING_BORDER, RING_MIN, RING_PAD } from './tourPlacement.ts';

/** Outside the ring's box, its halo in the page's colour (tour.css): kept off words too, px. */
export const RING_HALO = 2;
/** What is drawn outside the ring's inner edge: its border, then its halo, px. */
export const OUTLINE = RING_BORDER + RING_HALO;
/**
 * Room kept between a ring's halo and a word beside it, px: a ring whose halo all but touched a word
 * (a phone's "Memory" ring at the consumers' "Consumers") read as cutting it.
 */
const WORD_ROOM = 2;
/** The thin ring round a part's words apart from it: a border, no halo (tour.css), px. */
export const APART_OUTLINE = 2;

/**
 * The part a step's ring goes round: the light with its card, whose word says what it shows (a
 * ring round the lamp alone covered its red and green: the lamp stands close among the producer's
 * words, and a ring has no room there).
 */
const RUNG: Partial<Record<StageRegionName, StageRegionName>> = { light: 'producer' };

/** The rings' inner edges: each ring's border and halo are drawn outside them (OUTLINE px). */
export interface PartRing {
  /** Round the part and the own words it could take in. */
  ring: Rect;
  /** Round the part's words that stand apart from it, or null. */
  apart: Rect | null;
  /** The part says nothing yet (the retry tray before the first retry). */
  empty: boolean;
  /**
   * Sides drawn without a border (or halo), where a word or another part stands too close for one:
   * the ring then stops at the part's edge there, open, rather than run through what is beside it
   * (at 1280 px the queue's "newest" stands right by the memory gauge).
   */
  open: Side[];
}

export type Side = 'l' | 't' | 'r' | 'b';

const right = (r: Rect) => r.x + r.w;
const bottom = (r: Rect) => r.y + r.h;

export function touches(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < right(b) + margin &&
    b.x < right(a) + margin &&
    a.y < bottom(b) + margin &&
    b.y < bottom(a) + margin
  );
}

function middleIn(word: Rect, box: Rect): boolean {
  const cx = word.x + word.w / 2;
  const cy = word.y + word.h / 2;
  return cx >= box.x && cx <= right(box) && cy >= box.y && cy <= bottom(box);
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(right(a), right(b)) - x, h: Math.max(bottom(a), bottom(b)) - y };
}

const gap = (a: Rect, b: Rect) =>
  Math.max(0, b.x - right(a), a.x - right(b)) + Math.max(0, b.y - bottom(a), a.y - bottom(b));

/**
 * `core` with room `pad` round it, the room cut on a side where one of `others` is near. With
 * `open`, a side with no room for the border outside one of `edges` (the words and marks the ring
 * holds) at the core's edge is left open there (and listed in `open`).
 */
function padClear(
  core: Rect,
  others: readonly Rect[],
  pad: number,
  outline: number,
  open?: Side[],
  edges: readonly Rect[] = [],
): Rect {
  const atEdge = (side: Side) =>
    edges.some((e) =>
      side === 'r'
        ? right(e) >= right(core) - RING_BORDER
        : side === 'l'
          ? e.x <= core.x + RING_BORDER
          : side === 'b'
            ? bottom(e) >= bottom(core) - RING_BORDER
            : e.y <= core.y + RING_BORDER,
    );
  let l = pad;
  let t = pad;
  let r = pad;
  let b = pad;
  for (const o of others) {
    if (touches(o, core)) continue; // on the part itself: no room would clear it
    const ring = { x: core.x - l, y: core.y - t, w: core.w + l + r, h: core.h + t + b };
    if (!touches(o, ring, outline)) continue;
    // How much room each side could keep with `o` clear of it; the side that keeps most gives way.
    // Down to the ring's border lying on the part's own edge, where the part has no words.
    // (With `open`, where a word or mark it holds is at that edge, that side is left open instead.)
    const room = (space: number, side: Side) =>
      open !== undefined && space - outline - WORD_ROOM < 0 && atEdge(side)
        ? -Infinity
        : Math.max(-RING_BORDER, space - outline - WORD_ROOM);
    const sides: { side: Side; keep: number }[] = [];
    if (o.x >= right(core)) sides.push({ side: 'r', keep: room(o.x - right(core), 'r') });
    if (right(o) <= core.x) sides.push({ side: 'l', keep: room(core.x - right(o), 'l') });
    if (o.y >= bottom(core)) sides.push({ side: 'b', keep: room(o.y - bottom(core), 'b') });
    if (bottom(o) <= core.y) sides.push({ side: 't', keep: room(core.y - bottom(o), 't') });
    sides.sort((p, q) => q.keep - p.keep);
    const best = sides[0];
    if (best === undefined) continue;
    if (best.keep === -Infinity) {
      if (open === undefined) continue;
      if (!open.includes(best.side)) open.push(best.side);
      best.keep = 0;
    }
    if (best.side === 'r') r = Math.min(r, best.keep);
    if (best.side === 'l') l = Math.min(l, best.keep);
    if (best.side === 'b') b = Math.min(b, best.keep);
    if (best.side === 't') t = Math.min(t, best.keep);
  }
  // An open side draws nothing: it stands at the core's edge.
  if (open?.includes('l')) l = 0;
  if (open?.includes('t')) t = 0;
  if (open?.includes('r')) r = 0;
  if (open?.includes('b')) b = 0;
  return { x: core.x - l, y: core.y - t, w: core.w + l + r, h: core.h + t + b };
}

/** `ring` grown to at least RING_MIN each way, where that takes in no word of `others`. */
function atLeastMin(ring: Rect, others: readonly Rect[]): Rect {
  let out = ring;
  if (out.w < RING_MIN) {
    const d = (RING_MIN - out.w) / 2;
    const wider = { ...out, x: out.x - d, w: RING_MIN };
    if (!others.some((o) => touches(o, wider, OUTLINE))) out = wider;
  }
  if (out.h < RING_MIN) {
    const d = (RING_MIN - out.h) / 2;
    const taller = { ...out, y: out.y - d, h: RING_MIN };
    if (!others.some((o) => touches(o, taller, OUTLINE))) out = taller;
  }
  return out;
}

/** `r` kept where its border is still on the canvas. */
function onCanvas(r: Rect, laid: { width: number; height: number }): Rect {
  const e = RING_BORDER;
  const x = Math.max(e, r.x);
  const y = Math.max(e, r.y);
  return {
    x,
    y,
    w: Math.min(laid.width - e, right(r)) - x,
    h: Math.min(laid.height - e, bottom(r)) - y,
  };
}

/** Inner edge `r` grown by `by` on each side but the `open` ones. */
export function outlined(r: Rect, by: number, open: readonly Side[] = []): Rect {
  const l = open.includes('l') ? 0 : by;
  const t = open.includes('t') ? 0 : by;
  const rr = open.includes('r') ? 0 : by;
  const b = open.includes('b') ? 0 : by;
  return { x: r.x - l, y: r.y - t, w: r.w + l + rr, h: r.h + t + b };
}

/** The box the ring is drawn as (its border included) round inner edge `r`. */
export function drawnRing(r: Rect, open: readonly Side[] = []): Rect {
  return outlined(r, RING_BORDER, open);
}

/** The words the ring with inner edge `r` runs through (its border or halo over them, not round them). */
export function crossedBy(
  r: Rect,
  words: readonly Rect[],
  outline = OUTLINE,
  open: readonly Side[] = [],
): Rect[] {
  const drawn = outlined(r, outline, open);
  return words.filter((w) => touches(w, drawn) && !inside(w, r));
}

function inside(a: Rect, b: Rect): boolean {
  return a.x >= b.x && a.y >= b.y && right(a) <= right(b) && bottom(a) <= bottom(b);
}

/** A ring round `core` clear of `others` where it can be, on the canvas; `open` as padClear's. */
function ringRound(
  core: Rect,
  others: readonly Rect[],
  laid: StageRegions,
  open?: Side[],
  edges?: readonly Rect[],
): Rect {
  return onCanvas(atLeastMin(padClear(core, others, RING_PAD, OUTLINE, open, edges), others), laid);
}

const unionOf = (boxes: readonly Rect[]) =>
  boxes.reduce<Rect | null>((u, w) => (u === null ? w : union(u, w)), null);

/** The ring round `target` (stage CSS px), or null when the stage has no such part. */
export function partRing(
  target: StageRegionName,
  laid: StageRegions,
  words: readonly Rect[],
): PartRing | null {
  const name = RUNG[target] ?? target;
  const part = laid.regions[name];
  if (part === undefined) return null;
  const bands = laid.bands?.[name] ?? [];
  const isOwn = (w: Rect) => middleIn(w, part) || bands.some((b) => middleIn(w, b));
  // Nearest first: the words least likely to need a ring of their own.
  const own = words.filter(isOwn).sort((a, b) => gap(a, part) - gap(b, part));
  const others = words.filter((w) => !isOwn(w));
  // The part with the marks it draws beside its box (the well's pointers), which the ring holds.
  const body = unionOf([part, ...(laid.marks?.[name] ?? [])])!;
  // What the ring keeps off besides words: the other parts' boxes and marks. Not one it cannot
  // (touching the part itself, or holding it: the producer's light is in the producer's box).
  const shapes = Object.entries(laid.regions)
    .filter(([other]) => other !== name && other !== target)
    .flatMap(([other, r]) => [...(r ? [r] : []), ...(laid.marks?.[other as StageRegionName] ?? [])])
    .filter((r) => !touches(r, body) && !inside(body, r));
  // All its words in the one ring, else one fewer (the farthest, kept clear like any other word)...
  const attempt = (taken: number) =>
    ringRound(
      unionOf([body, ...own.slice(0, taken)])!,
      [...others, ...own.slice(taken), ...shapes],
      laid,
    );
  // A ring is wrong where it runs through a word, a part's box or marks, or holds another part's.
  const wrong = (r: Rect) =>
    crossedBy(r, [...words, ...shapes]).length > 0 ||
    [...others, ...shapes].some((o) => inside(o, r));
  let ring = attempt(own.length);
  let open: Side[] = [];
  for (let taken = own.length - 1; taken >= 0 && wrong(ring); taken--) ring = attempt(taken);
  // ...and where every one is wrong, the one round all of them, open on a side with no room for
  // its border (or, where even that runs through something, closed as before).
  if (wrong(ring)) {
    const sides: Side[] = [];
    const core = unionOf([body, ...own])!;
    const opened = ringRound(core, [...others, ...shapes], laid, sides, [
      ...own,
      ...(laid.marks?.[name] ?? []),
    ]);
    const clear =
      crossedBy(opened, [...words, ...shapes], OUTLINE, sides).length === 0 &&
      ![...others, ...shapes].some((o) => inside(o, opened));
    if (clear && sides.length > 0) {
      ring = opened;
      open = sides;
    } else ring = attempt(own.length);
  }
  // The words left out, in a thin ring of their own where one fits between the words round them.
  const rest = own.filter((w) => !inside(w, ring));
  const restCore = unionOf(rest);
  let apart: Rect | null = null;
  if (restCore !== null) {
    const around = [...words.filter((w) => !rest.includes(w)), ...shapes];
    apart = onCanvas(padClear(restCore, around, 2, APART_OUTLINE), laid);
    if (crossedBy(apart, words, APART_OUTLINE).length > 0 || around.some((o) => inside(o, apart!)))
      apart = null;
  }
  return { ring, apart, empty: own.length === 0, open };
}
