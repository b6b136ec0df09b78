/**
 * The tour's callout at each step, and what the stage-labels check does not see: the boxes laid
 * over the stage for a while. Each step's callout must ring the part it talks about, on the stage
 * and in view, with the tour's card over neither ring nor name tag, nor over the page's control the
 * step sends the reader to (the strategy list), which is in view too. The tour's
 * name tag (a page element over the canvas) must cover no word the stage drew for longer than the
 * second it takes to hear of a new word and step aside; the stage's own
 * moment chips and crash banner (reported in the test hook's `banners`) must stay on the canvas and
 * cover no word but their own and no other banner. The tour's rings run through no word, and no
 * chip lies over them; its card is whole, none of its words scrolled out of view. Walked through
 * the tour's steps at 1440, 1280 and 360 px, every reported frame checked.
 */
import { expect, test, type Page } from '@playwright/test';
import { TOUR_STEPS } from '../src/ui/tour/tourSteps.ts';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Label extends Box {
  text: string;
}
interface Banner extends Box {
  kind: 'callout' | 'banner' | 'page';
  text: string;
  on: string | null;
}
interface Frame {
  width: number;
  height: number;
  labels: Label[];
  banners?: Banner[];
}

const touch = (a: Box, b: Box) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const inside = (l: Box, b: Box) =>
  l.x >= b.x - 0.5 &&
  l.y >= b.y - 0.5 &&
  l.x + l.w <= b.x + b.w + 0.5 &&
  l.y + l.h <= b.y + b.h + 0.5;

/** The stage's last reported frame, with the tour's tag and rings (if shown) in canvas px. */
async function look(
  page: Page,
): Promise<{ frame: Frame | null; tag: Label | null; rings: Ring[]; regions: Regions | null }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-tour="stage"] canvas');
    const raw = canvas?.dataset.labels;
    const frame = raw ? (JSON.parse(raw) as Frame) : null;
    const rawRegions = canvas?.dataset.regions;
    const regions = rawRegions ? (JSON.parse(rawRegions) as Regions) : null;
    const tagEl = document.querySelector('.tour-tag:not([hidden])');
    if (canvas === null || tagEl === null) return { frame, tag: null, rings: [], regions };
    const c = canvas.getBoundingClientRect();
    const t = tagEl.getBoundingClientRect();
    const text = tagEl.textContent ?? '';
    const rings = Array.from(document.querySelectorAll('.tour-ring')).map((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const border = parseFloat(style.borderTopWidth);
      // Each side's border: a side left open has none (tourRing.ts).
      const sides = {
        l: parseFloat(style.borderLeftWidth),
        t: parseFloat(style.borderTopWidth),
        r: parseFloat(style.borderRightWidth),
        b: parseFloat(style.borderBottomWidth),
      };
      return { x: r.left - c.left, y: r.top - c.top, w: r.width, h: r.height, border, sides };
    });
    return {
      frame,
      tag: { text, x: t.left - c.left, y: t.top - c.top, w: t.width, h: t.height },
      rings,
      regions,
    };
  });
}

/** The stage's parts, as it reports them (`data-regions`), canvas px. */
interface Regions {
  regions: Record<string, Box | undefined>;
  /** What a part draws beside its box: the well's pointers. */
  marks?: Record<string, Box[] | undefined>;
}

/** How tall a part's heading line is, from its box's top (tourPlacement.ts's HEADING_LINE). */
const HEADING_LINE = 20;

/**
 * Where the tour's tag covers what matters besides a word: a part's heading line (where it has
 * words on it; its own part's too: "Lost" sat on the Lost box's "Lost 4"), or the well's blocks.
 */
function tagOverParts(frame: Frame, tag: Label, regions: Regions | null, target: string): string[] {
  const out: string[] = [];
  for (const [name, r] of Object.entries(regions?.regions ?? {})) {
    if (r === undefined) continue;
    if (name === 'well') {
      // (A ring round the well has its tag outside it, over its mouth at times.)
      if (target === 'well') continue;
      // With its mouth over it, where a newcomer waits for its step in.
      const mouth = { ...r, y: r.y - 20, h: r.h + 20 };
      if (touch(tag, mouth)) out.push(`the tour's tag "${tag.text}" over the well`);
      continue;
    }
    const line = { ...r, h: Math.min(r.h, HEADING_LINE) };
    const headed = frame.labels.some((l) => {
      const cx = l.x + l.w / 2;
      const cy = l.y + l.h / 2;
      return cx >= line.x && cx <= line.x + line.w && cy >= line.y && cy <= line.y + line.h;
    });
    if (headed && touch(tag, line)) out.push(`the tour's tag "${tag.text}" over ${name}'s heading`);
  }
  return out;
}

/** A ring of the tour's as drawn: its box, border included, in canvas px. */
interface Ring extends Box {
  border: number;
  /** Each side's border (none on a side left open). */
  sides: { l: number; t: number; r: number; b: number };
}

/**
 * What the tour's rings get wrong on `frame`: a border over a word (the ring's box, less its
 * border, holds the words it takes in), a moment chip over a ring, or a ring with its 2 px halo
 * over another part's box or marks, or over its own part's marks (a phone's rings ran over the
 * producer's and the lost box's edges and hid the well's pointers).
 */
function ringFaults(
  frame: Frame,
  rings: Ring[],
  regions: Regions | null,
  target: string,
): string[] {
  const out: string[] = [];
  const home = regions?.regions[target === 'light' ? 'producer' : target];
  for (const ring of rings) {
    const { l, t, r, b: bottom } = ring.sides;
    const inner = { x: ring.x + l, y: ring.y + t, w: ring.w - l - r, h: ring.h - t - bottom };
    if (home !== undefined) {
      const halo = {
        x: ring.x - (l > 0 ? 2 : 0),
        y: ring.y - (t > 0 ? 2 : 0),
        w: ring.w + (l > 0 ? 2 : 0) + (r > 0 ? 2 : 0),
        h: ring.h + (t > 0 ? 2 : 0) + (bottom > 0 ? 2 : 0),
      };
      for (const [name, box] of Object.entries(regions?.regions ?? {}))
        if (
          box !== undefined &&
          !inside(box, home) &&
          !inside(home, box) &&
          !touch(box, home) &&
          touch(halo, box)
        )
          out.push(`the tour's ring over ${name}`);
      for (const [name, marks] of Object.entries(regions?.marks ?? {}))
        for (const mark of marks ?? [])
          if (touch(halo, mark) && !inside(mark, inner) && !touch(mark, home))
            out.push(`the tour's ring over ${name}'s pointers`);
    }
    for (const l of frame.labels)
      if (touch(ring, l) && !inside(l, inner)) out.push(`the tour's ring over "${l.text}"`);
    for (const b of frame.banners ?? []) {
      if (b.kind === 'callout' && touch(ring, b)) out.push(`the tour's ring under "${b.text}"`);
      // A banner that stays put (the crash's): round it whole or clear of it, halo included (the
      // "Memory" ring cut the red end of "Out of memory").
      // (2 px of halo, 2 of room: a ring's halo at the banner's end read as cutting it.)
      const halo = { x: ring.x - 4, y: ring.y - 4, w: ring.w + 8, h: ring.h + 8 };
      if (b.kind === 'banner' && touch(halo, b) && !inside(b, inner))
        out.push(`the tour's ring over "${b.text}"`);
    }
  }
  return out;
}

function faults(frame: Frame, tag: Label | null): { out: string[]; checked: boolean } {
  const out: string[] = [];
  // The stage keeps its chips off the tag where it was told the tag is: a frame drawn before the
  // news of a move (the page and the stage's thread talk by message) is judged by where it was.
  const told = (frame.banners ?? []).find((b) => b.kind === 'page');
  const current =
    tag !== null &&
    told !== undefined &&
    Math.abs(told.x - tag.x) < 1 &&
    Math.abs(told.y - tag.y) < 1 &&
    Math.abs(told.w - tag.w) < 1;
  if (tag !== null && current)
    for (const l of frame.labels)
      if (touch(tag, l)) out.push(`the tour's tag "${tag.text}" over "${l.text}"`);
  const banners = (frame.banners ?? []).filter((b) => b.kind !== 'page');
  for (const b of banners) {
    if (b.x < -0.5 || b.y < -0.5 || b.x + b.w > frame.width + 0.5 || b.y + b.h > frame.height + 0.5)
      out.push(`"${b.text}" off the canvas`);
    for (const l of frame.labels)
      if (!inside(l, b) && touch(b, l)) out.push(`"${b.text}" over "${l.text}"`);
    for (const c of frame.banners ?? [])
      if (c !== b && touch(b, c)) out.push(`"${b.text}" over "${c.text}"`);
  }
  return { out, checked: tag !== null && current };
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the step's callout falls short: its ring on the stage and in view, its name tag and the
 * tour's card in view, and the card over neither. Empty once any scrolling has settled.
 */
async function calloutFaults(
  page: Page,
  targetName: string,
  view: Rect,
  control: string | undefined,
  /** The control the step itself rings (the strategy list), in place of a part of the stage. */
  sentTo?: string,
): Promise<string[]> {
  const callout = page.getByTestId('tour-callout');
  const ring = await callout.boundingBox();
  // A ring round a control of the page's has no tag (the card names it); a phone's crowded stage
  // may leave a tag out where every place covers something.
  const tagAttr = await callout.getAttribute('data-tag');
  const tagShown = tagAttr !== 'left-out' && tagAttr !== 'none';
  const tag = tagShown ? await callout.getByText(targetName).boundingBox() : ring;
  const stage = await page.locator('[data-tour="stage"] canvas').boundingBox();
  const card = await page.getByTestId('tour').boundingBox();
  if (ring === null || tag === null || stage === null || card === null) return ['not shown'];
  if (!tagShown && sentTo === undefined && view.width >= 1280) return ['name tag left out'];
  const within = (a: Rect, b: Rect) =>
    a.x >= b.x - 1 &&
    a.y >= b.y - 1 &&
    a.x + a.width <= b.x + b.width + 1 &&
    a.y + a.height <= b.y + b.height + 1;
  const apart = (a: Rect, b: Rect) =>
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
  const problems: string[] = [];
  if (sentTo === undefined && !within(ring, stage)) problems.push('ring off the stage');
  if (!within(ring, view)) problems.push('ring out of view');
  if (!within(tag, view)) problems.push('name tag cut off');
  if (!within(card, view)) problems.push('card cut off');
  // Whole, too: none of its words scrolled out of its own view ("More below: scroll the card").
  const hidden = await page
    .getByTestId('tour')
    .evaluate((el) => el.scrollHeight - el.clientHeight > 1);
  if (hidden) problems.push('card scrolls');
  if (!apart(ring, card)) problems.push('card over the ring');
  if (!apart(tag, card)) problems.push('card over the name tag');
  // The page's control the step sends the reader to (the strategy list): in view, the card off
  // every choice in it (its options, or its list box on a phone).
  if (control !== undefined) {
    const box = await page.locator(`[data-tour="${control}"]`).evaluate((part) => {
      const all = Array.from(part.querySelectorAll('label, input, select, button'))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      if (all.length === 0) return null;
      const x = Math.min(...all.map((r) => r.left));
      const y = Math.min(...all.map((r) => r.top));
      const right = Math.max(...all.map((r) => r.right));
      const bottom = Math.max(...all.map((r) => r.bottom));
      return { x, y, width: right - x, height: bottom - y };
    });
    if (box === null) problems.push(`no ${control}`);
    else {
      if (!within(box, view)) problems.push(`${control} out of view`);
      if (!apart(box, card)) problems.push(`card over the ${control}`);
    }
  }
  return problems;
}

/** Presses one of the stage's keys, as the reader would with the stage focused. */
const stageKey = (page: Page, key: string) =>
  page
    .locator('[data-tour="stage"] canvas')
    .evaluate(
      (c, k) => c.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })),
      key,
    );

/**
 * Where the followed message's story cannot be read with the tour's card open: its line under the
 * stage under the card or out of view, and no copy of it in the card. Empty when it can.
 */
async function storyFaults(page: Page, view: Rect): Promise<string[]> {
  const seen = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-tour="stage"] canvas');
    const line = document.querySelector('[data-tour="stage"] .stage-story');
    const card = document.querySelector('[data-testid="tour"]');
    if (canvas?.dataset.following !== 'true' || line === null || card === null) return null;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    const copy = card.querySelector('[data-testid="tour-story"]');
    return {
      text: line.textContent ?? '',
      line: box(line),
      card: box(card),
      copy: copy === null ? null : { text: copy.textContent ?? '', box: box(copy) },
    };
  });
  if (seen === null) return ['not following'];
  const apart = (a: Rect, b: Rect) =>
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
  const within = (a: Rect, b: Rect) =>
    a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1 && a.x >= b.x - 1;
  // Told in the card, where the card's own words can be read (in view, its height whole).
  if (seen.copy !== null && seen.copy.text === seen.text && within(seen.copy.box, view)) return [];
  if (!within(seen.line, view)) return ['story out of view'];
  if (!apart(seen.line, seen.card)) return ['story under the card'];
  return [];
}

// One test per size, so the sizes run side by side.
for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${size.width} px each tour step’s callout is on the stage, clear of the card, and no tag or chip covers a word`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      (window as unknown as { __stageTestHooks: boolean }).__stageTestHooks = true;
    });
    const problems = new Set<string>();
    let tagsSeen = 0;
    let bannersSeen = 0;
    await page.setViewportSize(size);
    await page.goto('./?tour=1');
    const tour = page.getByTestId('tour');
    const stageCanvas = page.locator('[data-tour="stage"] canvas');
    await expect(tour).toBeVisible({ timeout: 20_000 });
    for (let step = 0; step < TOUR_STEPS.length; step++) {
      const { id, target, targetName, control, startsPaused } = TOUR_STEPS[step]!;
      await expect(tour).toContainText(`Step ${step + 1} of ${TOUR_STEPS.length}`);
      // The step's callout rings the part it talks about, on the stage and in view, clear of the
      // card (waiting for any scrolling to settle).
      const callout = page.getByTestId('tour-callout');
      // A step that sends the reader to a control of the page's (pick a strategy in the list)
      // rings that control, not the stage (the ring was on the queue, the words on the list).
      await expect.soft(callout).toHaveAttribute('data-target', control ?? target);
      if (control === undefined && size.width >= 1280)
        await expect(callout.getByText(targetName)).toBeVisible();
      const view = { x: 0, y: 0, ...size };
      // On a wide page every step keeps the strategy list in view, the card off it: the strategy
      // a step switches to is seen picked (a reader at 1280×800 saw the card over the list).
      const sentTo = control ?? (size.width >= 1280 ? 'strategy-switcher' : undefined);
      // Soft: one step's fault does not hide the next's.
      await expect
        .configure({ soft: true })
        .poll(
          () => calloutFaults(page, targetName, view, sentTo, control),
          `${id} at ${size.width}`,
        )
        .toEqual([]);
      // A step that waits at 0 s for the reader (the wave of consumers) is started by its button,
      // and holds still again once the wave is over: its frames are counted while it runs.
      if (startsPaused === true) await tour.getByTestId('tour-action').click();
      const times = new Set<number>();
      const tagSince = new Map<string, number>();
      // Step 3's crash comes about 8 s into its run, at 1×: its banner is waited for, so a banner is
      // checked against the tag (five frames took 2.5 s, and the crash came later).
      let bannersHere = 0;
      // Every frame the stage reports for a while (at least five, about twice a second), against
      // the tag where it is.
      await expect
        .poll(
          async () => {
            const { frame, tag, rings, regions } = await look(page);
            if (frame === null) return 0;
            const key = JSON.stringify(frame).length * 1000 + (tag?.x ?? 0);
            times.add(key);
            const found = faults(frame, tag);
            if (found.checked) found.out.push(...ringFaults(frame, rings, regions, target));
            if (found.checked && tag !== null)
              found.out.push(...tagOverParts(frame, tag, regions, target));
            if (found.checked) tagsSeen++;
            const banners = (frame.banners ?? []).filter((b) => b.kind !== 'page').length;
            bannersSeen += banners;
            bannersHere += banners;
            // The tag follows the stage's words (reported at most twice a second): an overlap
            // counts once it outlasts a second, not while a word that just appeared is reported.
            const now = Date.now();
            const tagFaults = found.out.filter((f) => f.startsWith("the tour's"));
            for (const f of tagFaults) if (!tagSince.has(f)) tagSince.set(f, now);
            for (const f of [...tagSince.keys()]) if (!tagFaults.includes(f)) tagSince.delete(f);
            const lasting = [...tagSince].filter(([, since]) => now - since > 1000).map(([f]) => f);
            const chipFaults = found.out.filter((f) => !f.startsWith("the tour's"));
            for (const f of [...chipFaults, ...lasting])
              problems.add(`${size.width} px, step ${step + 1}: ${f}`);
            return times.size >= 5 && (id !== 'memory' || bannersHere > 0);
          },
          { timeout: 30_000, intervals: [150] },
        )
        .toBe(true);
      // A message followed (the stage's N key: the newest), its story can be read with the card
      // open: under the stage, clear of the card, or in the card. Then it is let go.
      await expect
        .poll(
          async () => {
            if ((await stageCanvas.getAttribute('data-following')) !== 'true')
              await stageKey(page, 'n');
            return storyFaults(page, view);
          },
          { message: `${id} at ${size.width}: the story`, timeout: 15_000, intervals: [300] },
        )
        .toEqual([]);
      await stageKey(page, 'Escape');
      await expect(stageCanvas).toHaveAttribute('data-following', 'false');
      if (step < TOUR_STEPS.length - 1)
        await tour.getByRole('button', { name: 'Next', exact: true }).click();
    }
    expect([...problems]).toEqual([]);
    expect(tagsSeen).toBeGreaterThan(0);
    expect(bannersSeen).toBeGreaterThan(0);
  });
}
