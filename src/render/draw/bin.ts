/**
 * The bin beside the well: how many messages were lost, by reason, each with its colour, mark and
 * line dash from the shared palette, so it matches the drops chart and its legend. Lost blocks fly
 * to their reason's swatch. A narrow bin puts each reason's name on a line of its own.
 *
 * Drawn in two passes: the box, swatches and dashes under the blocks on their way in, and the words
 * over them (`words`), each with a rim of the box's colour, and on a backing of it while a lost block
 * passes under the word: a block flying in never shows through the letters.
 */
import { DROP_REASONS } from '../../sim/types.ts';
import { LOST_BOX, REPLACED_BOX } from '../../domain/stageWords.ts';
import {
  binHeadY,
  binMaxRows,
  binRowH,
  binRowTop,
  binSwatchSize,
  binSwatchX,
  binSwatchY,
  binTwoLine,
} from '../binPlan.ts';
import { formatCount } from '../format.ts';
import { firstFitting, labelOver, measure, type label, type Pen } from '../labels.ts';
import { REASON_SHORT, REASON_TINY } from '../moments.ts';
import type { ReasonPaint } from '../paint.ts';
import type { StageScene } from '../scene.ts';
import { panel } from './ctx.ts';
import { flightOver } from './blocks.ts';
import { traceMark } from './marks.ts';
import { shortCount } from './workers.ts';

const NO_DASH: number[] = [];

export function drawBin(pen: Pen, scene: StageScene, words: boolean): void {
  const { ctx, theme, palette } = pen;
  const l = scene.layout;
  const b = l.bin;
  const f = l.fonts;
  const dropped = scene.numbers.dropped;
  const any = dropped.total > 0;
  // Its heading counts what the card calls lost: messages replaced by a newer one with their key
  // are listed in it but not counted as lost, and while they are all it holds it is "Replaced".
  const lostCount = dropped.total - dropped.conflated;
  const heading = any && lostCount === 0 ? REPLACED_BOX : LOST_BOX;
  const headCount = lostCount > 0 ? lostCount : dropped.total;
  const alarm = lostCount > 0;
  if (!words) panel(ctx, b.x, b.y, b.w, b.h, theme.panel, alarm ? theme.danger : theme.panelEdge);
  const lost = (x: number, y: number, w: number, h: number) => flightOver(scene, true, x, y, w, h);
  // Words in the words pass only; the other pass still measures them, to place the dashes.
  const write: typeof label = (p, v, x, y, font, color, align, max) => {
    if (words)
      return labelOver(
        p,
        v,
        x,
        y,
        font,
        color,
        align ?? 'left',
        max ?? Infinity,
        theme.panel,
        lost,
      );
    const s = firstFitting(p.ctx, v, font, max ?? Infinity);
    return s === null ? (max ?? 0) : measure(p.ctx, font, s);
  };
  const headY = binHeadY(l);
  const head = l.compact ? f.smallBold : f.bold;
  // The total keeps the room its heading's shortest word leaves; a large one reads as "12k".
  const headRoom = b.w - 14 - 5;
  // "Replaced" has no total of its own: its one row below says how many, and the word needs the room.
  const totalW = write(
    pen,
    heading === REPLACED_BOX ? '' : [formatCount(headCount), shortCount(headCount)],
    b.x + b.w - 7,
    headY,
    head,
    alarm ? theme.danger : theme.muted,
    'right',
    headRoom - measure(pen.ctx, head, heading),
  );
  // In a narrow bin (a comparison's column) the longer heading steps down to the small bold type
  // rather than being cut short.
  const headingFont = measure(pen.ctx, head, heading) <= headRoom - totalW ? head : f.smallBold;
  // The narrowest (four columns side by side) shortens it as a word, never cut mid-letter.
  const headings = heading === REPLACED_BOX ? [REPLACED_BOX, 'Repl.'] : heading;
  write(pen, headings, b.x + 7, headY, headingFont, theme.fg, 'left', headRoom - totalW);
  if (!any) {
    // Under the heading where the box has room for it; a phone's short box (under a credit window)
    // had "none yet" on its bottom edge, and its heading's "0" already says it.
    const noneY = headY + f.smallPx * 1.6;
    if (noneY + f.smallPx * 0.2 + 3 <= b.y + b.h)
      write(
        pen,
        ['nothing lost yet', 'none yet'],
        b.x + 8,
        noneY,
        f.small,
        theme.muted,
        'left',
        b.w - 16,
      );
    return;
  }
  const two = binTwoLine(l);
  const rowH = binRowH(l);
  const maxRows = binMaxRows(l);
  const sw = binSwatchSize(l);
  let row = 0;
  let hidden = 0;
  // Reasons past the rows that fit, said under the last row, or where there is no room for that
  // line, beside its name (a phone's bin showed "Lost 2,794" over "Gave up 2,172" alone).
  let reasons = 0;
  for (const reason of DROP_REASONS) if (dropped[reason] > 0) reasons++;
  const unshown = Math.max(0, reasons - maxRows);
  const moreLineFits = binRowTop(l, Math.min(reasons, maxRows)) + f.smallPx + 2 <= b.y + b.h;
  for (let r = 0; r < DROP_REASONS.length; r++) {
    const reason = DROP_REASONS[r] as (typeof DROP_REASONS)[number];
    const n = dropped[reason];
    if (n <= 0) continue;
    if (row >= maxRows) {
      hidden++;
      continue;
    }
    const top = binRowTop(l, row);
    const paint = palette.reasons[r] as ReasonPaint;
    const bump = scene.binBump[r] ?? 0;
    if (bump > 0 && !words) {
      ctx.globalAlpha = 0.25 * bump;
      ctx.fillStyle = paint.color;
      ctx.fillRect(b.x + 2, top, b.w - 4, rowH);
      ctx.globalAlpha = 1;
    }
    const sx = binSwatchX(l);
    const sy = binSwatchY(l, row);
    if (!words) {
      // Swatch: the reason's colour with its mark.
      ctx.fillStyle = paint.color;
      ctx.fillRect(sx - sw / 2, sy - sw / 2, sw, sw);
      ctx.beginPath();
      traceMark(ctx, paint.shape, sx, sy, sw * 0.32);
      ctx.fillStyle = palette.reasonInkDark[r] ? theme.inkOnLight : theme.inkOnDark;
      ctx.fill('evenodd');
    }
    const countX = b.x + b.w - 8;
    const baseline = sy + f.smallPx * 0.36;
    const countW = write(
      pen,
      [formatCount(n), shortCount(n)],
      countX,
      baseline,
      f.smallBold,
      theme.fg,
      'right',
      b.w - 14 - sw - 6,
    );
    const own =
      reason === 'gave-up' && scene.retryTries !== null
        ? gaveUpWords(scene.retryTries)
        : [paint.label, REASON_SHORT[reason], REASON_TINY[reason]];
    const names =
      unshown > 0 && !moreLineFits && row === maxRows - 1 ? moreBeside(own, unshown) : own;
    if (two) {
      // The name on its own line under the swatch, as long as the bin allows.
      write(
        pen,
        names,
        b.x + 7,
        baseline + f.smallPx * 1.3,
        f.small,
        theme.muted,
        'left',
        b.w - 12,
      );
    } else {
      // A sample of its line dash (as in the drops chart), then the name in the room the count leaves.
      const dashX = sx + sw / 2 + 4;
      const dashW = Math.min(14, b.w * 0.08);
      if (!words) {
        ctx.beginPath();
        ctx.moveTo(dashX, sy);
        ctx.lineTo(dashX + dashW, sy);
        ctx.setLineDash(paint.dash);
        ctx.lineWidth = 2;
        ctx.strokeStyle = paint.color;
        ctx.stroke();
        ctx.setLineDash(NO_DASH);
      }
      const nameX = dashX + dashW + 5;
      const room = countX - countW - 6 - nameX;
      write(pen, names, nameX, baseline, f.small, theme.muted, 'left', room);
    }
    row++;
  }
  if (hidden > 0 && moreLineFits) {
    const y = binRowTop(l, row) + f.smallPx;
    if (y + 2 <= b.y + b.h)
      write(pen, [`+${hidden} more`, ''], b.x + 8, y, f.small, theme.muted, 'left', b.w - 16);
  }
}

/**
 * The given-up row's name, longest first, with the tries each had: "Gave up after retries" beside
 * a tour card saying the producer tries again "waiting longer each time" left a reader wondering
 * why 20 were lost in 2.5 s. Four tries in all (the first and three retries, waits of up to 0.1,
 * 0.2 and 0.4 s) take well under a second. (A producer whose retry memory is full gives up sooner;
 * it holds 100,000, which only a hostile scenario fills: src/sim/limits.ts.)
 */
export function gaveUpWords(tries: number): string[] {
  const t = `${formatCount(tries)} ${tries === 1 ? 'try' : 'tries'}`;
  return [`Gave up after ${t}`, `Gave up (${t})`, REASON_SHORT['gave-up'], REASON_TINY['gave-up']];
}

/**
 * A row's name with how many more reasons the bin has no row for, longest first, down to the name's
 * own wordings (where even "+1" does not fit, the name alone).
 */
export function moreBeside(names: readonly string[], more: number): string[] {
  const out: string[] = [];
  for (const name of names) out.push(`${name}, +${more} more`);
  for (const name of names) out.push(`${name} +${more}`);
  return [...out, ...names];
}
