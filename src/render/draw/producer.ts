/**
 * The producer: a stop light (green running, amber slowed, red blocked or out of credit), its rate,
 * what it is doing in words, the credit meter under a credit window, and the tray of messages waiting
 * out a retry backoff.
 */
import { formatCount, formatRate } from '../format.ts';
import type { PreparedPalette } from '../paint.ts';
import type { StageScene } from '../scene.ts';
import { trayBlockSize } from '../stageLayout.ts';
import type { StageTheme } from '../theme.ts';
import { drawOne } from './blocks.ts';
import { fitText, panel, text, type Ctx2D } from './ctx.ts';

/** How brightly each lamp (stop, slow, go) burns: the share of recent time in that state. */
function lampLevel(scene: StageScene, lamp: number): number {
  const s = scene.producerShares;
  return lamp === 0 ? s.stopped : lamp === 1 ? s.slowed : s.running;
}

/** Held back part of the time, but not most of it: say how much, rather than flicker. */
export function stoppedPart(scene: StageScene): number | null {
  const share = scene.producerShares.stopped;
  return share > 0.06 && share < 0.7 ? share : null;
}

function statusText(scene: StageScene): string {
  const p = scene.snapshot.producer;
  const part = stoppedPart(scene);
  if (part !== null) {
    const why = scene.producerShares.stopKind === 'blocked' ? 'blocked' : 'out of credit';
    const pct = Math.round(part * 100);
    return scene.layout.compact ? `${why} ${pct}%` : `${why} ${pct}% of the time`;
  }
  if (scene.producerShares.stopped >= 0.7) {
    return scene.producerShares.stopKind === 'blocked'
      ? 'blocked: queue full'
      : 'waiting for credit';
  }
  switch (p.status) {
    case 'running':
      return 'sending';
    case 'slowed':
      return `slowed · wants ${formatRate(p.targetRatePerSec)}`;
    case 'blocked':
      return 'blocked: queue full';
    case 'out-of-credit':
      return 'waiting for credit';
    case 'idle':
      return 'idle';
  }
}

export function drawProducer(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
  const l = scene.layout;
  const b = l.producer;
  const f = l.fonts;
  const stopped = scene.producerShares.stopped >= 0.5;
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

  // The stop light: a dark housing with three lamps, only the one that applies lit.
  const r = l.lightR;
  const hx = l.lightX - r - 3;
  const hy = l.lightY - r - 3;
  ctx.fillStyle = theme.dark ? '#0b0d10' : '#2a2f36';
  ctx.fillRect(hx, hy, 2 * r + 6, 6 * r + 12);
  for (let i = 0; i < 3; i++) {
    ctx.beginPath();
    ctx.arc(l.lightX, l.lightY + i * (2 * r + 3), r, 0, Math.PI * 2);
    ctx.fillStyle = i === 0 ? theme.danger : i === 1 ? theme.warn : theme.ok;
    ctx.globalAlpha = 0.16 + 0.84 * lampLevel(scene, i);
    ctx.fill();
  }
  ctx.globalAlpha = 1;

  const tx = hx + 2 * r + 6 + f.bodyPx * 0.6;
  const maxW = b.x + b.w - tx - 6;
  text(ctx, 'Producer', tx, b.y + f.bodyPx * 1.35, f.bold, theme.fg, 'left', maxW);
  text(
    ctx,
    formatRate(scene.producerRate),
    tx,
    b.y + f.bodyPx * 1.4 + f.bigPx * 1.05,
    f.big,
    stopped ? theme.danger : theme.fg,
    'left',
    maxW,
  );
  const warn = stopped || stoppedPart(scene) !== null;
  const status = fitText(ctx, statusText(scene), f.small, maxW);
  text(
    ctx,
    status,
    tx,
    b.y + b.h - f.smallPx * 0.7,
    f.small,
    warn ? theme.danger : theme.muted,
    'left',
  );
}

export function drawCreditMeter(ctx: Ctx2D, scene: StageScene, theme: StageTheme): void {
  const l = scene.layout;
  const p = scene.snapshot.producer;
  const c = l.credit;
  if (c.h <= 0 || p.window === null || p.credits === null) return;
  const f = l.fonts;
  const credits = Math.max(0, p.credits);
  text(
    ctx,
    `Credits ${formatCount(credits)} of ${formatCount(p.window)}`,
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

export function drawTray(
  ctx: Ctx2D,
  scene: StageScene,
  theme: StageTheme,
  palette: PreparedPalette,
): void {
  const l = scene.layout;
  const waiting = scene.snapshot.retryWaiting;
  if (waiting === 0 && scene.tray.length === 0) return;
  const t = l.tray;
  const f = l.fonts;
  text(
    ctx,
    `Retrying: ${formatCount(waiting)} waiting out a backoff`,
    t.x,
    t.y + f.smallPx,
    f.small,
    theme.warn,
    'left',
    t.w,
  );
  const size = trayBlockSize(l);
  for (const v of scene.tray) {
    drawOne(ctx, theme, palette, v.x, v.y, size, v.style, -1, 0.8);
    // The ring fills as the backoff runs out.
    ctx.beginPath();
    ctx.arc(v.x, v.y, size * 0.5 + 2.5, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * v.progress);
    ctx.lineWidth = 2;
    ctx.strokeStyle = theme.warn;
    ctx.stroke();
  }
}
