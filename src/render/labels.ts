/**
 * Every word on the stage goes through here. A label comes in one or more wordings, longest first;
 * the first that fits its room is drawn, so a narrow stage says "W1 · busy" where a wide one says
 * "Worker 1 · busy", and nothing is squeezed. Only when even the shortest wording does not fit is it
 * cut with an ellipsis, and the label is recorded as shortened: a design fault the e2e test catches.
 *
 * Each frame's labels are kept with their boxes (CSS px) in a `LabelLog`, which is what the stage's
 * test hook publishes, and what a callout consults to find a free place.
 */
import type { Ctx2D } from './draw/ctx.ts';
import type { PreparedPalette } from './paint.ts';
import type { FontSpec } from './stageLayout.ts';
import type { StageTheme } from './theme.ts';

export interface DrawnLabel {
  text: string;
  /** Box, CSS px: left, top, width, height. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Font size, CSS px. */
  px: number;
  /** Cut with an ellipsis because no wording fitted. */
  shortened: boolean;
}

/**
 * A box drawn over the stage for a while: a moment's chip, the crash banner, or the name tag the
 * page lays over the stage (the guided tour's). `on` names the part it is meant to sit on (the crash
 * banner on the emptied well), which it may cover; it must cover no other part and no other word.
 */
export interface DrawnBanner {
  kind: 'callout' | 'banner' | 'page';
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  on: string | null;
  /** A moment chip's pointer tip, when it has one. */
  tip?: { x: number; y: number };
}

/** What the page says it lays over the stage: its tag, and boxes the chips keep clear of. */
export interface StageReserveBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  clear?: { x: number; y: number; w: number; h: number }[];
}

/** Of a font's size, how far a label's box reaches above and below its baseline. */
const ASCENT = 0.8;
const DESCENT = 0.2;

export class LabelLog {
  private readonly items: DrawnLabel[] = [];
  private n = 0;
  private readonly bannerItems: DrawnBanner[] = [];
  /** What the page lays over the stage (CSS px), kept from frame to frame until it says otherwise. */
  private pageBox: DrawnBanner | null = null;
  /** More the page asks the chips to keep clear of (CSS px), not drawn by the stage. */
  private keepClear: readonly { x: number; y: number; w: number; h: number }[] = [];

  /** Starts a frame's list. */
  begin(): void {
    this.n = 0;
    this.bannerItems.length = 0;
    if (this.pageBox !== null) this.bannerItems.push(this.pageBox);
  }

  /**
   * The page lays `box` over the stage (null: nothing any more); chips keep clear of it, and of the
   * boxes in its `clear` (the tour's ring round the part its step talks about: a chip inside it would
   * cover what the reader is asked to look at).
   */
  reserve(box: StageReserveBox | null): void {
    this.keepClear = box?.clear ?? [];
    this.pageBox =
      box === null
        ? null
        : { kind: 'page', on: null, text: box.text, x: box.x, y: box.y, w: box.w, h: box.h };
    const i = this.bannerItems.findIndex((b) => b.kind === 'page');
    if (i >= 0) this.bannerItems.splice(i, 1);
    if (this.pageBox !== null) this.bannerItems.push(this.pageBox);
  }

  /** Whether the page lays something over the stage. */
  get reserved(): boolean {
    return this.pageBox !== null;
  }

  /**
   * The boxes of this frame's words, rounded to whole pixels, leaving out the moment chips' (they
   * step aside from what the page lays over the stage); with the boxes of the banners that stay put
   * (the crash's, in the well), whole: a tour ring that kept off the banner's words only ran over its
   * red end (try 7 #10).
   */
  wordBoxes(): { x: number; y: number; w: number; h: number }[] {
    const chips = this.bannerItems.filter((b) => b.kind === 'callout');
    const out: { x: number; y: number; w: number; h: number }[] = [];
    for (const b of this.bannerItems) {
      if (b.kind !== 'banner') continue;
      const x = Math.floor(b.x);
      const y = Math.floor(b.y);
      out.push({ x, y, w: Math.ceil(b.x + b.w) - x, h: Math.ceil(b.y + b.h) - y });
    }
    for (let i = 0; i < this.n; i++) {
      const l = this.items[i] as DrawnLabel;
      const inChip = chips.some(
        (b) => l.x >= b.x && l.y >= b.y && l.x + l.w <= b.x + b.w && l.y + l.h <= b.y + b.h,
      );
      if (inChip) continue;
      const x = Math.floor(l.x);
      const y = Math.floor(l.y);
      out.push({ x, y, w: Math.ceil(l.x + l.w) - x, h: Math.ceil(l.y + l.h) - y });
    }
    return out;
  }

  /** Records a banner drawn this frame (its words are added as labels on their own). */
  addBanner(banner: DrawnBanner): void {
    this.bannerItems.push(banner);
  }

  /** Whether a box would touch any banner this frame (with `margin` px around it). */
  touchesBanner(x: number, y: number, w: number, h: number, margin = 2): boolean {
    for (const b of [...this.bannerItems, ...this.keepClear])
      if (
        x < b.x + b.w + margin &&
        b.x < x + w + margin &&
        y < b.y + b.h + margin &&
        b.y < y + h + margin
      )
        return true;
    return false;
  }

  /** The frame's banners as plain data, rounded to tenths of a pixel. */
  banners(): DrawnBanner[] {
    const r = (v: number) => Math.round(v * 10) / 10;
    return this.bannerItems.map((b) => ({ ...b, x: r(b.x), y: r(b.y), w: r(b.w), h: r(b.h) }));
  }

  get count(): number {
    return this.n;
  }

  add(text: string, x: number, y: number, w: number, h: number, px: number, shortened: boolean) {
    let item = this.items[this.n];
    if (item === undefined) {
      item = { text, x, y, w, h, px, shortened };
      this.items.push(item);
    } else {
      item.text = text;
      item.x = x;
      item.y = y;
      item.w = w;
      item.h = h;
      item.px = px;
      item.shortened = shortened;
    }
    this.n++;
  }

  /** Whether a box would touch any label drawn so far this frame (with `margin` px around it). */
  overlaps(x: number, y: number, w: number, h: number, margin = 2): boolean {
    for (let i = 0; i < this.n; i++) {
      const b = this.items[i] as DrawnLabel;
      if (
        x < b.x + b.w + margin &&
        b.x < x + w + margin &&
        y < b.y + b.h + margin &&
        b.y < y + h + margin
      )
        return true;
    }
    return false;
  }

  /** The frame's labels as plain data, rounded to tenths of a pixel. */
  list(): DrawnLabel[] {
    const r = (v: number) => Math.round(v * 10) / 10;
    return this.items.slice(0, this.n).map((l) => ({
      text: l.text,
      x: r(l.x),
      y: r(l.y),
      w: r(l.w),
      h: r(l.h),
      px: l.px,
      shortened: l.shortened,
    }));
  }
}

/** What drawing code carries: the context, the colours, and the log its words go into. */
export interface Pen {
  ctx: Ctx2D;
  theme: StageTheme;
  palette: PreparedPalette;
  labels: LabelLog;
}

const widths = new Map<string, number>();

/** The width of `s` in `font`, remembered: labels repeat every frame. */
export function measure(ctx: Ctx2D, font: FontSpec, s: string): number {
  const key = `${font.css}|${s}`;
  const hit = widths.get(key);
  if (hit !== undefined) return hit;
  ctx.font = font.css;
  const w = ctx.measureText(s).width;
  if (widths.size > 2000) widths.clear();
  widths.set(key, w);
  return w;
}

/** The first of `variants` that fits `maxWidth` in `font`, or null if none does. */
export function firstFitting(
  ctx: Ctx2D,
  variants: string | readonly string[],
  font: FontSpec,
  maxWidth: number,
): string | null {
  if (typeof variants === 'string')
    return measure(ctx, font, variants) <= maxWidth ? variants : null;
  for (const v of variants) if (measure(ctx, font, v) <= maxWidth) return v;
  return null;
}

/** `s` cut with an ellipsis to fit `maxWidth`. */
function ellipsize(ctx: Ctx2D, s: string, font: FontSpec, maxWidth: number): string {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(ctx, font, `${s.slice(0, mid)}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${s.slice(0, lo).trimEnd()}…`;
}

/** The box a label of `width` would take at (x, baseline y) with `align`. */
export function labelBox(
  x: number,
  y: number,
  width: number,
  px: number,
  align: CanvasTextAlign,
): { x: number; y: number; w: number; h: number } {
  const left =
    align === 'center' ? x - width / 2 : align === 'right' || align === 'end' ? x - width : x;
  return { x: left, y: y - px * ASCENT, w: width, h: px * (ASCENT + DESCENT) };
}

/**
 * Draws the first wording of `variants` that fits `maxWidth` at baseline (x, y), records it, and
 * returns its width (0 when nothing was drawn: an empty string).
 */
export function label(
  pen: Pen,
  variants: string | readonly string[],
  x: number,
  y: number,
  font: FontSpec,
  color: string,
  align: CanvasTextAlign = 'left',
  maxWidth = Infinity,
  /** A rim of this colour round the letters, so they read over a block passing under them. */
  halo?: string,
): number {
  const { ctx } = pen;
  let s = firstFitting(ctx, variants, font, maxWidth);
  let shortened = false;
  if (s === null) {
    const last = typeof variants === 'string' ? variants : (variants[variants.length - 1] ?? '');
    s = ellipsize(ctx, last, font, maxWidth);
    shortened = true;
  }
  if (s === '') return 0;
  const w = measure(ctx, font, s);
  ctx.font = font.css;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  if (halo !== undefined) {
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = halo;
    ctx.strokeText(s, x, y);
    ctx.lineJoin = 'miter';
  }
  ctx.fillText(s, x, y);
  const box = labelBox(x, y, w, font.px, align);
  pen.labels.add(s, box.x, box.y, box.w, box.h, font.px, shortened);
  return w;
}

/**
 * As `label` with a rim of `backing`, and on a box of it while `covered` says something passes under
 * the word this frame (a block on its way), so the block never shows through its letters.
 */
export function labelOver(
  pen: Pen,
  variants: string | readonly string[],
  x: number,
  y: number,
  font: FontSpec,
  color: string,
  align: CanvasTextAlign,
  maxWidth: number,
  backing: string,
  covered: (x: number, y: number, w: number, h: number) => boolean,
): number {
  const s = firstFitting(pen.ctx, variants, font, maxWidth);
  if (s !== null && s !== '') {
    const box = labelBox(x, y, measure(pen.ctx, font, s), font.px, align);
    const bx = box.x - 2;
    const by = box.y - 1;
    if (covered(bx, by, box.w + 4, box.h + 2)) {
      pen.ctx.fillStyle = backing;
      pen.ctx.fillRect(bx, by, box.w + 4, box.h + 2);
    }
  }
  return label(pen, variants, x, y, font, color, align, maxWidth, backing);
}
