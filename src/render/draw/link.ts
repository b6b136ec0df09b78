/**
 * A pipeline's links and names: the box where a stage hands its messages on (in the place a single
 * stage keeps its "done" sink), the line from it to the next stage's well, drawn tense and in the
 * warning colour while the stage below refuses, with how much of the time it did, and each stage's
 * name over its well.
 */
import { stoppedAtTimesWords } from '../../domain/stageWords.ts';
import { formatCount } from '../format.ts';
import { label, type Pen } from '../labels.ts';
import type { StageScene } from '../scene.ts';
import type { StageLayout } from '../stageLayout.ts';
import type { ChainDirection } from '../chainLayout.ts';
import { linkPath, LINK_POINTS } from '../linkPath.ts';
import { panel } from './ctx.ts';
import { shortCount } from './workers.ts';

/** How one stage hands messages to the next, for the picture. */
export interface LinkView {
  kind: 'blocking' | 'credit' | 'fire-and-forget';
  /** The stage it feeds: its number (2 or 3) and name. */
  toStage: number;
  toName: string;
  /** Consumers of the stage above holding a finished message now, and how many it has. */
  holding: number;
  consumers: number;
  /** Share of the stage above's consumers held, smoothed over the last seconds of wall time, 0–1. */
  pressure: number;
  /** Messages handed on so far. */
  passed: number;
}

/** Below this share a link counts as flowing freely (a rare, momentary hold does not mark it). */
export const PRESSURE_SHOWN = 0.02;

/** The link's state in words, longest first: how much of the time the stage below refused. */
export function pressureWords(link: LinkView): readonly string[] {
  const pct = Math.round(link.pressure * 100);
  if (link.pressure < PRESSURE_SHOWN && link.holding === 0) {
    return link.kind === 'fire-and-forget' ? ['never waits', 'no wait', ''] : ['flowing', ''];
  }
  const share = `${Math.max(1, pct)}%`;
  return [...stoppedAtTimesWords(link.kind === 'credit' ? 'no-credit' : 'blocked', share), share];
}

export function isTense(link: LinkView): boolean {
  return link.pressure >= PRESSURE_SHOWN || link.holding > 0;
}

const TITLE_AT = { x: 0, y: 0 };

/** Where a later stage's name starts (its baseline): its lost messages fly there too. */
export function stageTitleAt(
  l: StageLayout,
  direction: ChainDirection,
  panelX: number,
  out: { x: number; y: number },
  /** The first stage, whose feedback wire (when it has one) runs along that band. */
  first: { wire: boolean } | null = null,
): { x: number; y: number } {
  // Over its own well, from its left wall; except a later stage in a column, where the link comes
  // down through the well's middle: its name sits right of it.
  out.x =
    direction === 'column' && first === null
      ? l.well.x + l.well.w / 2 + 10
      : Math.max(panelX + 2, l.well.x - 3);
  // In the band a single stage keeps for its feedback wire, above the well's column; under the wire,
  // where the first stage has one, clear of its words above it and of the blocks coming in below.
  out.y =
    first?.wire === true
      ? (l.wire[3] as number) + l.fonts.bodyPx * 1.3
      : l.wellArea.y - l.fonts.bodyPx * 0.9;
  return out;
}

/** A stage's name over its well, and (a later stage's) what it lost where there is room. */
export function drawStageTitle(
  pen: Pen,
  scene: StageScene,
  stage: number,
  name: string,
  /** Messages lost at this stage so far. */
  lost: number,
  direction: ChainDirection,
  panelX: number,
  panelRight: number,
): void {
  const f = scene.layout.fonts;
  const first = stage === 1 ? { wire: scene.feedback !== 'none' } : null;
  const { x, y } = stageTitleAt(scene.layout, direction, panelX, TITLE_AT, first);
  const head = name === '' ? `Stage ${stage}` : `Stage ${stage} · ${name}`;
  const lostWords = lost > 0 ? ` · ${shortCount(lost)} lost` : '';
  const words =
    lost > 0
      ? [`${head}${lostWords}`, `Stage ${stage}${lostWords}`, head, `Stage ${stage}`]
      : [head, `Stage ${stage}`];
  // Under the first stage's wire, only as far as the wire's way down to the consumers.
  const right = first?.wire === true ? Math.min(panelRight, scene.wire[0] as number) : panelRight;
  label(pen, words, x, y, f.bold, pen.theme.fg, 'left', right - x - 6);
}

/** Where a stage hands on: a box in its sink's place, saying to whom, how many, and the pressure. */
export function drawLinkBox(pen: Pen, scene: StageScene, link: LinkView): void {
  const { theme } = pen;
  const l = scene.layout;
  const s = l.sink;
  const f = l.fonts;
  const tense = isTense(link);
  panel(
    pen.ctx,
    s.x,
    s.y,
    s.w,
    s.h,
    theme.panel,
    tense ? theme.warn : theme.panelEdge,
    tense ? 2.5 : 1,
  );
  const cx = s.x + s.w / 2;
  const room = s.w - 8;
  let y = s.y + f.bodyPx * 1.35;
  label(
    pen,
    [`To stage ${link.toStage}`, `To ${link.toStage}`, `→ ${link.toStage}`],
    cx,
    y,
    f.bold,
    theme.fg,
    'center',
    room,
  );
  y += f.bigPx * 1.15;
  label(
    pen,
    [formatCount(link.passed), shortCount(link.passed)],
    cx,
    y,
    f.big,
    theme.fg,
    'center',
    room,
  );
  label(
    pen,
    pressureWords(link),
    cx,
    s.y + s.h - f.smallPx * 0.6,
    tense ? f.smallBold : f.small,
    tense ? theme.danger : theme.muted,
    'center',
    room,
  );
}

/**
 * The line from a stage's hand-off box into the next stage's well: calm and thin while messages
 * pass, heavy and in the warning colour while the next stage refuses them.
 */
export function drawLinkLine(
  pen: Pen,
  from: StageScene,
  to: StageScene,
  link: LinkView,
  direction: ChainDirection,
): void {
  const { ctx, theme } = pen;
  const t = to.layout;
  const tense = isTense(link);
  const p = linkPath(from.layout, t, direction, POINTS);
  ctx.beginPath();
  ctx.moveTo(p[0] as number, p[1] as number);
  for (let i = 1; i < LINK_POINTS; i++) ctx.lineTo(p[2 * i] as number, p[2 * i + 1] as number);
  ctx.lineJoin = 'round';
  ctx.lineWidth = tense ? 4 : 2;
  ctx.strokeStyle = tense ? theme.warn : theme.belt;
  if (link.kind === 'fire-and-forget') ctx.setLineDash(FORGET_DASH);
  ctx.stroke();
  ctx.setLineDash(NO_DASH);
  ctx.lineJoin = 'miter';
  // An arrowhead into the well's mouth.
  const endX = p[6] as number;
  const endY = p[7] as number;
  const a = tense ? 7 : 5;
  ctx.beginPath();
  ctx.moveTo(endX, endY + a);
  ctx.lineTo(endX - a, endY - a * 0.4);
  ctx.lineTo(endX + a, endY - a * 0.4);
  ctx.closePath();
  ctx.fillStyle = tense ? theme.warn : theme.belt;
  ctx.fill();
}

const POINTS = new Float64Array(LINK_POINTS * 2);
const FORGET_DASH = [6, 4];
const NO_DASH: number[] = [];
