/**
 * The producer: a stop light (green running, amber slowed, red blocked or out of credit), its rate,
 * what it is doing in words, the credit meter under a credit window, and the tray of messages waiting
 * out a retry backoff.
 */
import { SURGE } from '../../domain/stageWords.ts';
import { formatCount, formatRate } from '../format.ts';
import { creditsInHand, lampGlow, producerStopped, producerWords } from '../producerReading.ts';
import { label, labelOver, measure, type Pen } from '../labels.ts';
import type { StageScene } from '../scene.ts';
import { trayMarkSlots, traySlotX, traySlotY } from '../retryTray.ts';
import { trayBlockSize } from '../stageLayout.ts';
import { drawOne, flightOver } from './blocks.ts';
import { panel } from './ctx.ts';

export function drawProducer(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const b = l.producer;
  const f = l.fonts;
  const stopped = producerStopped(scene);
  panel(
    ctx,
    b.x,
    b.y,
    b.w,
    b.h,
    theme.panel,
    stopped ? theme.danger : theme.panelEdge,
    stopped ? 2 : 1,
  );

  // The stop light: a dark housing with three lamps, those that applied of late lit.
  const r = l.lightR;
  const hx = l.lightX - r - 3;
  const hy = l.lightY - r - 3;
  ctx.fillStyle = theme.dark ? '#0b0d10' : '#2a2f36';
  ctx.fillRect(hx, hy, 2 * r + 6, 6 * r + 12);
  for (let i = 0; i < 3; i++) {
    ctx.beginPath();
    ctx.arc(l.lightX, l.lightY + i * (2 * r + 3), r, 0, Math.PI * 2);
    ctx.fillStyle = i === 0 ? theme.danger : i === 1 ? theme.warn : theme.ok;
    ctx.globalAlpha = lampGlow(scene, i);
    ctx.fill();
  }
  ctx.globalAlpha = 1;

  const tx = hx + 2 * r + 6 + 6;
  const maxW = b.x + b.w - tx - 5;
  // Beside the light on a desktop; on a phone the name has the first line to itself. In a surge it
  // says so, as the base rate's knob does, so the rate here (the surge's) and the knob's tell one
  // story; where the box has no room for both, the surge takes the name's place.
  const name = scene.surging
    ? [`Producer · ${SURGE}`, `${SURGE[0]?.toUpperCase()}${SURGE.slice(1)}`]
    : 'Producer';
  if (l.compact)
    label(pen, name, b.x + 7, b.y + f.smallPx * 1.2, f.smallBold, theme.fg, 'left', b.w - 12);
  else label(pen, name, tx, b.y + f.bodyPx * 1.3, f.bold, theme.fg, 'left', maxW);
  const rate = scene.producerRate;
  const rateY = l.compact
    ? l.lightY + r + 3 + f.bigPx * 0.36
    : b.y + f.bodyPx * 1.35 + f.bigPx * 1.05;
  label(
    pen,
    [formatRate(rate), `${shortRate(rate)}/s`, shortRate(rate)],
    tx,
    rateY,
    f.big,
    stopped ? theme.danger : theme.fg,
    'left',
    maxW,
  );
  // Red only while stopped most of the time, as the light and the box say; held back part of the
  // time under a mostly green light, the share is said plainly ("out of credit 10%"), not in alarm.
  const warn = stopped;
  // The status runs under the light, across the whole box, on as many lines as the box has: the
  // first wording whose lines all fit.
  const lineH = f.smallPx * 1.25;
  const lines = l.statusLines;
  const firstY = Math.max(
    hy + 6 * r + 12 + f.smallPx,
    b.y + b.h - f.smallPx * 0.6 - lineH * (lines - 1),
  );
  const room = b.w - 11;
  const wordings = producerWords(scene).filter((w) => w.length <= lines);
  const fits = wordings.find((w) => w.every((t) => measure(ctx, f.small, t) <= room));
  const chosen = fits ?? wordings[wordings.length - 1] ?? [];
  chosen.forEach((text, i) =>
    label(
      pen,
      text,
      b.x + 7,
      Math.min(firstY + i * lineH, b.y + b.h - 3),
      f.small,
      warn ? theme.danger : theme.muted,
      'left',
      room,
    ),
  );
}

/** A rate without its unit, as short as it goes: 1.2k. */
function shortRate(perSec: number): string {
  if (!Number.isFinite(perSec) || perSec <= 0) return '0';
  if (perSec < 1000) return perSec < 10 ? perSec.toFixed(1) : String(Math.round(perSec));
  return `${(perSec / 1000).toFixed(1).replace(/\.0$/, '')}k`;
}

export function drawCreditMeter(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const p = scene.snapshot.producer;
  const c = l.credit;
  // The published count, as the cards and the producer's words have it.
  const inHand = creditsInHand(scene);
  if (c.h <= 0 || p.window === null || inHand === null) return;
  const f = l.fonts;
  const credits = Math.max(0, inHand);
  const have = formatCount(credits);
  const of = formatCount(p.window);
  label(
    pen,
    [`Credits: ${have} of ${of}`, `Credits ${have}/${of}`, `${have}/${of}`],
    c.x,
    c.y + f.smallPx,
    f.small,
    credits === 0 ? theme.danger : theme.muted,
    'left',
    c.w,
  );
  const y = c.y + f.smallPx * 1.45;
  const h = Math.max(5, c.h - f.smallPx * 1.6);
  const n = p.window;
  ctx.fillStyle = theme.wellBg;
  ctx.fillRect(c.x, y, c.w, h);
  if (n <= 40) {
    // One segment per credit: a reader can count them.
    const gap = n > 20 ? 1 : 2;
    const seg = (c.w - gap * (n - 1)) / n;
    ctx.beginPath();
    for (let i = 0; i < Math.min(credits, n); i++) ctx.rect(c.x + i * (seg + gap), y, seg, h);
    ctx.fillStyle = theme.credit;
    ctx.fill();
  } else {
    ctx.fillStyle = theme.credit;
    ctx.fillRect(c.x, y, (c.w * Math.min(credits, n)) / n, h);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.panelEdge;
  ctx.strokeRect(c.x + 0.5, y + 0.5, c.w - 1, h - 1);
}

/**
 * The tray of messages waiting out a retry backoff, with its words unless `words` is false: then
 * `drawTrayWords` writes them later, over the blocks that fly past them (into the tray, and from it
 * to the bin when a message gives up).
 */
export function drawTray(pen: Pen, scene: StageScene, words = true): void {
  const { ctx, theme, palette } = pen;
  const l = scene.layout;
  if (scene.numbers.retryWaiting === 0 && scene.tray.length === 0) return;
  if (words) drawTrayWords(pen, scene);
  const size = trayBlockSize(l);
  for (const v of scene.tray) {
    drawOne(ctx, theme, palette, v.x, v.y, size, v.style, -1, 0.8);
    // The ring fills as the backoff runs out: within its slot, so it never runs into the block
    // beside it (slots are 3 px apart; a wider ring lay over its neighbours).
    ctx.beginPath();
    ctx.arc(v.x, v.y, trayRingRadius(size), -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * v.progress);
    ctx.lineWidth = 2;
    ctx.strokeStyle = theme.warn;
    ctx.stroke();
  }
  // Those counted and not drawn, at the tray's left end, where no block flies: the blocks and the
  // mark add up.
  if (scene.trayMore > 0) {
    const x = traySlotX(l, 0) - size * 0.5;
    const more = formatCount(scene.trayMore);
    label(
      pen,
      [`+${more} more`, `+${more}`],
      x,
      traySlotY(l) + l.fonts.smallPx * 0.35,
      l.fonts.smallBold,
      theme.warn,
      'left',
      trayMarkSlots(l) * (size + 3) - 3,
    );
  }
}

/** The backoff ring's radius round a tray block of `size`: its 2 px line stays in the slot. */
export function trayRingRadius(size: number): number {
  return size * 0.5 + 0.5;
}

/** The tray's words, on a backing while a block flies under them. */
export function drawTrayWords(pen: Pen, scene: StageScene): void {
  const { theme } = pen;
  const waiting = scene.numbers.retryWaiting;
  if (waiting === 0) return;
  const t = scene.layout.tray;
  const f = scene.layout.fonts;
  const n = formatCount(waiting);
  const flying = (x: number, y: number, w: number, h: number) =>
    flightOver(scene, false, x, y, w, h) || flightOver(scene, true, x, y, w, h);
  labelOver(
    pen,
    [
      // Plain words: "backoff" is a term of the trade (its glossary entry says it).
      `Retrying: ${n} waiting to try again`,
      `Retrying: ${n} waiting`,
      `Retrying: ${n}`,
      `Retry ${n}`,
    ],
    t.x,
    t.y + f.smallPx,
    f.small,
    theme.warn,
    'left',
    t.w,
    theme.bg,
    flying,
  );
}
