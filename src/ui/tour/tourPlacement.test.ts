import { describe, expect, it } from 'vitest';
import {
  cleanTopScroll,
  dockBelowSwitcher,
  dockBox,
  DOCK_MIN_HEIGHT,
  fitsInView,
  overlaps,
  parseRegions,
  scrollRange,
  scrollToShow,
  scrollToShowAll,
  shownNow,
  tagBox,
  TAG_CLEARANCE,
  tagPlace,
  tagSide,
  type Box,
  type Vertical,
} from './tourPlacement.ts';

const canvas: Box = { left: 20, top: 100, width: 800, height: 400 };

describe('tagSide', () => {
  const tag = { width: 120, height: 24 };
  it('puts the tag above when there is room, below or inside when not', () => {
    expect(tagSide({ left: 40, top: 200, width: 50, height: 50 }, canvas, tag, 1280).vertical).toBe(
      'above',
    );
    expect(tagSide({ left: 40, top: 105, width: 50, height: 50 }, canvas, tag, 1280).vertical).toBe(
      'below',
    );
    expect(tagSide({ ...canvas }, canvas, tag, 1280).vertical).toBe('inside');
  });
  it('aligns the tag to the ring’s right edge near the page’s right edge', () => {
    expect(tagSide({ left: 300, top: 200, width: 50, height: 50 }, canvas, tag, 360).align).toBe(
      'right',
    );
    expect(tagSide({ left: 30, top: 200, width: 50, height: 50 }, canvas, tag, 360).align).toBe(
      'left',
    );
  });
});

describe('scrollToShow', () => {
  const phoneCard: Box = { left: 8, top: 420, width: 344, height: 312 };
  it('does not scroll when the target is in view and clear of the card', () => {
    expect(scrollToShow({ left: 20, top: 150, width: 100, height: 200 }, phoneCard, 740)).toBe(0);
  });
  it('scrolls down just enough for a target the card would cover', () => {
    const target = { left: 20, top: 300, width: 100, height: 160 };
    const dy = scrollToShow(target, phoneCard, 740);
    expect(dy).toBe(300 + 160 - (420 - 8));
    expect(overlaps({ ...target, top: target.top - dy }, phoneCard)).toBe(false);
  });
  it('ignores a card beside the target, as on a desktop', () => {
    const side: Box = { left: 860, top: 500, width: 400, height: 290 };
    expect(scrollToShow({ left: 20, top: 450, width: 200, height: 300 }, side, 800)).toBe(0);
  });
  it('scrolls up to a target above the window, and brings a tall one to the top', () => {
    expect(scrollToShow({ left: 20, top: -100, width: 100, height: 50 }, phoneCard, 740)).toBe(
      -108,
    );
    expect(scrollToShow({ left: 20, top: 200, width: 100, height: 600 }, phoneCard, 740)).toBe(192);
  });
});

describe('parseRegions', () => {
  it('reads what the stage wrote, and nothing from a damaged attribute', () => {
    expect(parseRegions('{"width":10,"height":5,"regions":{}}')).toEqual({
      width: 10,
      height: 5,
      regions: {},
    });
    expect(parseRegions('{"width":')).toBeNull();
    expect(parseRegions('null')).toBeNull();
    expect(parseRegions(undefined)).toBeNull();
  });
});

describe('tagPlace', () => {
  const canvas = { left: 0, top: 100, width: 800, height: 400 };
  const ring = { left: 300, top: 200, width: 120, height: 150 };
  const tag = { width: 90, height: 24 };
  const boxAt = (p: { vertical: Vertical; left: number; lift: number }) =>
    tagBox(ring, tag, p.vertical, p.left, p.lift);

  it('puts the tag above the ring at its left end when no word is there', () => {
    expect(tagPlace(ring, canvas, tag, 1000, [])).toEqual({ vertical: 'above', left: -3, lift: 0 });
  });

  it('slides it along the ring, then below it, clear of the stage’s words', () => {
    // A word where the tag would sit above-left ("sending" under the producer, say).
    const aboveLeft = tagBox(ring, tag, 'above', -3);
    const word = { left: aboveLeft.left + 2, top: aboveLeft.top + 4, width: 25, height: 14 };
    const placed = tagPlace(ring, canvas, tag, 1000, [word]);
    expect(placed.vertical).toBe('above');
    expect(overlaps(boxAt(placed), word)).toBe(false);
    // A word all along the top: below.
    const along = { left: 200, top: aboveLeft.top, width: 400, height: 20 };
    const below = tagPlace(ring, canvas, tag, 1000, [along]);
    expect(below.vertical).toBe('below');
    expect(overlaps(boxAt(below), along)).toBe(false);
  });

  it('keeps off the stage’s other parts where it can, beside the ring if need be', () => {
    // The retry tray: the producer's box just over it, the lost box just under it, its own words
    // along its top. A reader took a "Retries" tag over the producer's box for the producer's.
    const tray = { left: 40, top: 300, width: 150, height: 40 };
    const producer = { left: 40, top: 220, width: 150, height: 72 };
    const bin = { left: 40, top: 350, width: 150, height: 140 };
    const words = [{ left: 45, top: 303, width: 110, height: 14 }];
    const placed = tagPlace(tray, canvas, tag, 1000, words, [producer, bin]);
    const b = tagBox(tray, tag, placed.vertical, placed.left, placed.lift);
    expect(overlaps(b, producer)).toBe(false);
    expect(overlaps(b, bin)).toBe(false);
    expect(words.some((w) => overlaps(b, w))).toBe(false);
    // Still over the ring's edge, so it reads as the ring's.
    expect(overlaps(b, tray)).toBe(true);
    // With no room clear of the parts, clear of the words at least, as before.
    const wide = { ...canvas, width: 200 };
    const fallback = tagPlace(tray, wide, tag, 1000, words, [producer, bin]);
    const f = tagBox(tray, tag, fallback.vertical, fallback.left, fallback.lift);
    expect(words.some((w) => overlaps(f, w))).toBe(false);
  });

  it('keeps room between the tag and a word beside it, not just off it', () => {
    // "sending" just left of where the tag would sit above the ring: the tag moves on past it.
    const aboveLeft = tagBox(ring, tag, 'above', -3);
    const word = {
      left: aboveLeft.left - 50,
      top: aboveLeft.top + 4,
      width: 52,
      height: 14,
    };
    const b = boxAt(tagPlace(ring, canvas, tag, 1000, [word]));
    const gap = Math.max(
      b.left - (word.left + word.width),
      word.left - (b.left + b.width),
      b.top - (word.top + word.height),
      word.top - (b.top + b.height),
    );
    expect(gap).toBeGreaterThanOrEqual(TAG_CLEARANCE);
  });

  it('lifts it above the words over a small part when no side of the ring is free', () => {
    const small = { left: 20, top: 300, width: 30, height: 30 };
    const tight = [
      { left: 0, top: 270, width: 300, height: 28 }, // the words over it
      { left: 0, top: 331, width: 300, height: 60 }, // and under it
      { left: 56, top: 290, width: 200, height: 50 }, // and beside it
    ];
    const placed = tagPlace(small, canvas, tag, 1000, tight);
    expect(placed.vertical).toBe('above');
    expect(placed.lift).toBeGreaterThan(0);
    const b = tagBox(small, tag, 'above', placed.left, placed.lift);
    expect(tight.some((w) => overlaps(b, w))).toBe(false);
  });

  it('keeps to the canvas and the page; where every place is taken, the tag is left out', () => {
    const high = { ...ring, top: 105 };
    expect(tagPlace(high, canvas, tag, 1000, []).vertical).toBe('below');
    const everywhere = [{ left: 0, top: 0, width: 2000, height: 2000 }];
    const none = tagPlace(ring, canvas, tag, 1000, everywhere);
    expect(none.vertical).toBe(tagSide(ring, canvas, tag, 1000).vertical);
    expect(none.hidden).toBe(true);
  });

  it('never sits on a part’s heading line, its own box’s included, nor on the well', () => {
    // The Lost box at 1280 px: a moment chip's words over it ("First loss: oldest out"), the canvas's
    // foot under it; its heading "Lost 4" along its top. Inside the ring's top edge the tag sat on
    // that line, between "Lost" and "4" (try 7, t05a).
    const bin = { left: 20, top: 270, width: 160, height: 150 };
    const low = { left: 0, top: 100, width: 800, height: 325 };
    const chip = { left: 20, top: 238, width: 160, height: 22 };
    const heading = [
      { left: 30, top: 280, width: 30, height: 13 },
      { left: 160, top: 280, width: 10, height: 13 },
    ];
    const headingLine = { left: 20, top: 270, width: 160, height: 20 };
    const well = { left: 240, top: 200, width: 160, height: 190 };
    const placed = tagPlace(bin, low, tag, 1000, [chip, ...heading], [well], [headingLine, well]);
    const b = tagBox(bin, tag, placed.vertical, placed.left, placed.lift);
    expect(placed.hidden).toBeUndefined();
    expect(overlaps(b, headingLine)).toBe(false);
    expect(overlaps(b, well)).toBe(false);
    expect(placed.vertical).not.toBe('inside');
  });
});

describe('dockBox', () => {
  // 1280×800: the stage on the left, the switcher and the depth chart under it on the right.
  const stage: Box = { left: 8, top: 112, width: 780, height: 420 };
  const switcher: Box = { left: 804, top: 112, width: 464, height: 392 };
  const depth: Box = { left: 804, top: 514, width: 464, height: 238 };

  it('stands the card over the switcher, no lower than the depth chart, clear of the stage', () => {
    const box = dockBox(stage, switcher, depth, 1280)!;
    expect(box).toEqual({ left: 804, top: 112, width: 464, height: 514 - 4 - 112 });
    expect(overlaps(box, stage)).toBe(false);
    expect(overlaps(box, depth)).toBe(false);
  });

  it('gives way to the window’s foot where the switcher is not beside the stage (a phone)', () => {
    const phoneStage: Box = { left: 0, top: 100, width: 360, height: 330 };
    const below: Box = { left: 8, top: 900, width: 344, height: 500 };
    expect(dockBox(phoneStage, below, null, 360)).toBeNull();
    expect(dockBox(null, switcher, depth, 1280)).toBeNull();
  });

  it('gives way too when the room over the switcher is too short for the card', () => {
    const short = { ...depth, top: switcher.top + DOCK_MIN_HEIGHT - 10 };
    expect(dockBox(stage, switcher, short, 1280)).toBeNull();
  });
});

describe('fitsInView', () => {
  const card: Box = { left: 8, top: 347, width: 344, height: 385 };
  it('says a part taller than the room above the card does not fit, even once at the top', () => {
    // A phone: the stage with the line under it, 401 px, above a card at 347 px.
    const whole: Box = { left: 12, top: 8, width: 336, height: 401 };
    expect(scrollToShow(whole, card, 740)).toBe(0);
    expect(fitsInView(whole, card, 740)).toBe(false);
    expect(fitsInView({ ...whole, height: 300 }, card, 740)).toBe(true);
  });

  it('gives a part beside the card the whole height of the window', () => {
    expect(fitsInView({ left: 400, top: 0, width: 100, height: 700 }, card, 740)).toBe(true);
  });
});

describe('dockBelowSwitcher', () => {
  const stage: Box = { left: 12, top: 112, width: 776, height: 380 };
  const switcher: Box = { left: 804, top: 112, width: 464, height: 392 };

  it('stands the last card under the switcher it sends the reader to, down to the window’s foot', () => {
    const box = dockBelowSwitcher(stage, switcher, 1280, 800)!;
    expect(box.top).toBeGreaterThanOrEqual(switcher.top + switcher.height);
    expect(box.top + box.height).toBeLessThanOrEqual(800);
    expect(box.height).toBeGreaterThanOrEqual(DOCK_MIN_HEIGHT);
    expect(overlaps(box, switcher)).toBe(false);
  });

  it('never covers the switcher: with too little room under it, the card runs past the window’s foot', () => {
    // A short window (1280×680 say): 164 px under the switcher, the card needs 270.
    const box = dockBelowSwitcher(stage, switcher, 1280, 680, 270)!;
    expect(overlaps(box, switcher)).toBe(false);
    expect(box.top).toBeGreaterThan(switcher.top + switcher.height);
    // Whole: not a card that scrolls inside a page that scrolls too.
    expect(box.height).toBe(270);
    // Room enough: down to the window's foot, its content whole.
    const roomy = dockBelowSwitcher(stage, switcher, 1280, 900, 270)!;
    expect(roomy.top + roomy.height).toBe(900 - 8);
    expect(roomy.height).toBeGreaterThanOrEqual(270);
  });

  it('stands under the choices, over the line under them, where the card needs that room', () => {
    // 1280×800, the tour resumed at its last step: its note makes the card 330 px tall, and the
    // options end 75 px above the panel's foot (the strategy's line under them).
    const choices: Box = { left: 817, top: 170, width: 438, height: 255 };
    const box = dockBelowSwitcher(stage, switcher, 1280, 800, 330, choices)!;
    expect(overlaps(box, choices)).toBe(false);
    expect(box.top).toBeLessThan(switcher.top + switcher.height);
    expect(box.top + box.height).toBeLessThanOrEqual(800 - 8);
    expect(box.height).toBeGreaterThanOrEqual(330);
  });

  it('gives way where the switcher is not beside the stage (a phone)', () => {
    expect(
      dockBelowSwitcher(
        { left: 12, top: 150, width: 336, height: 390 },
        { ...switcher, left: 12 },
        360,
        740,
      ),
    ).toBeNull();
  });
});

describe('scrollToShowAll', () => {
  // A phone: the card along the window's foot, 278 px tall.
  const card: Box = { left: 8, top: 454, width: 344, height: 278 };
  const well: Box = { left: 119, top: 199, width: 96, height: 155 };
  const list: Box = { left: 12, top: 574, width: 336, height: 40 };

  it('scrolls just enough to show the ringed part and the list both above the card', () => {
    const dy = scrollToShowAll([well, list], card, 740)!;
    for (const b of [well, list]) {
      const moved = { ...b, top: b.top - dy };
      expect(overlaps(moved, card)).toBe(false);
      expect(moved.top).toBeGreaterThanOrEqual(8);
    }
    expect(dy).toBe(574 + 40 - (454 - 8));
  });

  it('holds each part to its own column: a card beside one of them takes no height from it', () => {
    // A wide page: the stage on the left reaches lower than the card's top on the right.
    const side: Box = { left: 804, top: 508, width: 464, height: 269 };
    const stage: Box = { left: 12, top: 112, width: 776, height: 460 };
    const switcher: Box = { left: 804, top: 108, width: 464, height: 392 };
    expect(scrollToShowAll([stage, switcher], side, 800)).toBe(0);
  });

  it('says so when no scroll shows them all', () => {
    expect(
      scrollToShowAll(
        [
          { ...well, top: 20 },
          { ...list, top: 700 },
        ],
        card,
        740,
      ),
    ).toBeNull();
  });
});

describe('tagPlace on the canvas', () => {
  it('keeps the tag inside the canvas across, not past its right edge onto the page', () => {
    // A ring at the canvas's right edge on a phone, the page a little wider than the canvas.
    const phone: Box = { left: 12, top: 100, width: 336, height: 340 };
    const ring: Box = { left: 238, top: 150, width: 108, height: 200 };
    const place = tagPlace(ring, phone, { width: 130, height: 24 }, 360, []);
    const b = tagBox(ring, { width: 130, height: 24 }, place.vertical, place.left, place.lift);
    expect(b.left + b.width).toBeLessThanOrEqual(phone.left + phone.width);
    expect(b.left).toBeGreaterThanOrEqual(phone.left);
  });
});

describe('tagPlace on a phone’s crowded stage', () => {
  it('puts “Retries” beside the retry tray’s ring, not at the end of the producer’s “sending” line', () => {
    // Step 6 at 360 px, as the stage reported it (canvas px): the tray's ring with the producer's
    // box just over it, the lost box just under it and the well beside it; no place clear of them.
    const canvas = { left: 0, top: 0, width: 336, height: 260 };
    const ring = { left: 0, top: 115, width: 112, height: 55 };
    const tag = { width: 69.3, height: 22.2 };
    const word = (left: number, top: number, width: number, height = 12) => ({
      left,
      top,
      width,
      height,
    });
    const sending = word(16, 99.4, 47.4);
    const words = [
      word(15, 47, 61.3),
      word(31, 67.8, 37.6, 16),
      sending,
      word(263.4, 97.8, 53.7),
      word(230.4, 70.8, 67.4),
      word(260.3, 196.2, 37.8, 13),
      word(262.5, 212.2, 33.4, 16),
      word(266.4, 235.2, 25.6),
      word(10, 145.3, 26.8),
      word(80.3, 175.5, 16.7),
      word(15, 175.5, 28.8),
      word(79.3, 195.9, 16.7),
      word(15, 211.5, 50.2),
      word(8, 125.1, 73.6),
      word(114.3, 224.6, 109, 13),
      word(117.1, 241.4, 103.5),
    ];
    const box = (x: number, y: number, w: number, h: number) => ({
      left: x,
      top: y,
      width: w,
      height: h,
    });
    const parts = [
      box(8, 42, 96, 74),
      box(8, 167, 96, 85),
      box(115, 102, 92, 115),
      box(230, 68, 98, 66),
      box(230, 189, 98, 63),
    ];
    const placed = tagPlace(ring, canvas, tag, 360, words, parts);
    const b = tagBox(ring, tag, placed.vertical, placed.left, placed.lift);
    // Not on the line of "sending" near it, nor on any word; still over the ring's edge.
    const level = b.top < sending.top + sending.height && sending.top < b.top + b.height;
    expect(level && b.left - (sending.left + sending.width) < 32, JSON.stringify(b)).toBe(false);
    expect(words.some((w) => overlaps(b, w))).toBe(false);
    expect(overlaps(b, ring)).toBe(true);
    expect(b.left + b.width).toBeLessThanOrEqual(canvas.width);
  });
});

describe('cleanTopScroll', () => {
  // A phone: the stage under the page's heading (two lines) and the scenario's description.
  const phoneCard: Box = { left: 8, top: 400, width: 344, height: 332 };
  const stage: Box = { left: 0, top: 150, width: 360, height: 300 };
  const heading = (top: number): Box => ({ left: 12, top, width: 200, height: 24 });
  const lines = [heading(10), heading(34), heading(80), heading(104)];
  const limits = { low: 0, high: 2000 };
  const cutBy = (y: number) => lines.filter((l) => l.top < y && l.top + l.height > y);

  it('moves the window’s top edge off a line it would cut, within the scrolls that keep the target whole', () => {
    const range = scrollRange(stage, phoneCard, 740);
    const dy = scrollToShow(stage, phoneCard, 740);
    // The least scroll that shows the stage clear of the card cuts the description's first line.
    expect(dy).toBe(58);
    expect(cutBy(dy)).toHaveLength(0);
    const near = { ...range };
    const onLine = cleanTopScroll(90, near, lines, limits);
    expect(cutBy(90)).toHaveLength(1);
    expect(cutBy(onLine)).toHaveLength(0);
    expect(onLine).toBeGreaterThanOrEqual(range.low);
    expect(onLine).toBeLessThanOrEqual(range.high);
    // The nearest clean edge: just above the line, it shown whole.
    expect(onLine).toBe(80);
  });

  it('keeps the scroll where it cuts nothing, and where no clean scroll keeps the target whole', () => {
    expect(cleanTopScroll(60, { low: 50, high: 140 }, lines, limits)).toBe(60);
    // Only scrolls between 85 and 95 keep the target: all inside the description's line.
    expect(cleanTopScroll(90, { low: 85, high: 95 }, lines, limits)).toBe(90);
  });

  it('goes no further than the page scrolls', () => {
    // A heading 2 px under the page's top: its top, not 4 px above it, which the page has not.
    const y = cleanTopScroll(-5, { low: -40, high: 0 }, [heading(-8)], { low: -10, high: 0 });
    expect(y).toBe(-8);
    // Asked past the page's top: no further than it.
    expect(cleanTopScroll(-30, { low: -40, high: 0 }, [], { low: -10, high: 0 })).toBe(-10);
  });

  it('lets a target too tall for the room come a line lower than its top at the top', () => {
    const tall: Box = { left: 0, top: 300, width: 360, height: 600 };
    const range = scrollRange(tall, phoneCard, 740);
    expect(range.high).toBe(300 - 8);
    expect(range.low).toBeLessThan(range.high);
    expect(range.high - range.low).toBeLessThanOrEqual(48);
  });
});

describe('shownNow', () => {
  // A phone: the card along the window's foot, the stage above it.
  const card = { left: 8, top: 350, width: 344, height: 382 };
  const stage = (top: number) => ({ left: 12, top, width: 336, height: 260 });
  it('holds the page where the stage is on screen and clear of the card, edge to edge', () => {
    // Step 1 left the stage 74 px down; step 2's card is as tall: no scroll (it went 66 px).
    expect(shownNow([stage(74)], card, 740)).toBe(true);
    // Right at the top, or right on the card's edge, is still in view.
    expect(shownNow([stage(0)], card, 740)).toBe(true);
    expect(shownNow([stage(90)], card, 740)).toBe(true);
  });
  it('moves it where any of what the step needs is cut or under the card', () => {
    expect(shownNow([stage(-8)], card, 740)).toBe(false);
    expect(shownNow([stage(91)], card, 740)).toBe(false);
    // The strategy list under the card, the stage in view.
    const list = { left: 12, top: 500, width: 336, height: 40 };
    expect(shownNow([stage(74), list], card, 740)).toBe(false);
    // A card beside the stage (a desktop) leaves it the window's whole height.
    expect(shownNow([stage(400)], { ...card, left: 400 }, 740)).toBe(true);
  });
});
