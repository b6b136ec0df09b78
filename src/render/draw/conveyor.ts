/**
 * The belts: the conveyor from the producer to the well's mouth, and the output from the workers to
 * the sink. Their stripes move with the flow and stop when it stops. At high rates, when messages are
 * no longer tweened one by one, they carry an even stream of blocks and say the rate in numbers.
 */
import { IN_BURSTS, RANDOM_GAPS, SLOWED, sentRateWords } from '../../domain/stageWords.ts';
import { formatRate } from '../format.ts';
import { heldBackWord } from '../producerReading.ts';
import { labelOver, measure, type Pen } from '../labels.ts';
import type { StageScene } from '../scene.ts';
import { drawOne, flightOver } from './blocks.ts';

const STRIPES = [3, 7];
const NO_DASH: number[] = [];

interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function drawBelt(
  pen: Pen,
  scene: StageScene,
  seg: Segment,
  moving: boolean,
  rate: number,
  ride: number,
  rateLabel = true,
): void {
  const { ctx, theme, palette } = pen;
  const len = Math.hypot(seg.x1 - seg.x0, seg.y1 - seg.y0);
  if (len < 12) return;
  const l = scene.layout;
  const thick = Math.max(4, Math.min(9, l.cell * 0.3));
  ctx.lineCap = 'round';
  ctx.lineWidth = thick;
  ctx.strokeStyle = theme.belt;
  ctx.beginPath();
  ctx.moveTo(seg.x0, seg.y0);
  ctx.lineTo(seg.x1, seg.y1);
  ctx.stroke();
  ctx.lineCap = 'butt';
  ctx.lineWidth = Math.max(1.5, thick * 0.45);
  ctx.strokeStyle = theme.dark ? 'rgba(0,0,0,0.45)' : 'rgba(255,255,255,0.7)';
  ctx.setLineDash(STRIPES);
  ctx.lineDashOffset = moving ? -scene.beltPhase : 0;
  ctx.beginPath();
  ctx.moveTo(seg.x0, seg.y0);
  ctx.lineTo(seg.x1, seg.y1);
  ctx.stroke();
  ctx.setLineDash(NO_DASH);
  ctx.lineDashOffset = 0;
  if (scene.flow !== 'stream' || scene.reducedMotion) return;

  // The stream: evenly spaced blocks riding the belt, and the rate they stand for.
  const size = Math.max(4, Math.min(l.cell - 2, 14));
  const spacing = size * 1.8;
  const count = Math.floor(len / spacing);
  if (moving && rate > 0) {
    const shift = scene.beltPhase % spacing;
    const lift = ride > 0 ? size / 2 + thick / 2 : 0;
    for (let i = 0; i < count; i++) {
      const d = i * spacing + shift;
      if (d > len - size) continue;
      const t = d / len;
      const x = seg.x0 + (seg.x1 - seg.x0) * t;
      const y = seg.y0 + (seg.y1 - seg.y0) * t - lift;
      const styles = scene.beltStyles;
      drawOne(ctx, theme, palette, x, y, size, styles[i % styles.length] ?? i, -1, 0.8);
    }
  }
  if (ride === 0) return; // the sink says its own rate
  if (rateLabel) drawBeltRate(pen, scene, seg, rate);
}

/**
 * The rate the stream on the conveyor stands for. Under the belt (above it is where blocks bounce off
 * a full well), between the producer and the well's wall, and only where it fits there: the
 * producer's box says its rate anyway. With why it differs from that rate, on one line or two. On a
 * backing while a lost block passes under it.
 */
function drawBeltRate(pen: Pen, scene: StageScene, seg: Segment, rate: number): void {
  const { ctx, theme } = pen;
  const l = scene.layout;
  const thick = Math.max(4, Math.min(9, l.cell * 0.3));
  const f = l.fonts;
  const left = seg.x0 + 2;
  const right = l.well.x - Math.max(4, l.cell * 0.3) - 4;
  const font = (line: number) => (line === 0 ? f.smallBold : f.small);
  // Slowed by a signal (now, or for part of the last second), the producer's box says the rate it is
  // slowed to: a measured rate beside it was one rate too many (with the box's, the rate it wanted
  // and the done box's, a reader met four at once).
  if (scene.snapshot.producer.status === 'slowed' || sentRateWhy(scene) === SLOWED) return;
  const lines = beltRateText(rate, sentRateWhy(scene), right - left, (t, line) =>
    measure(ctx, font(line), t),
  );
  if (lines === null) return;
  const labelY = Math.max(seg.y0, seg.y1) + thick / 2 + f.smallPx * 1.1;
  const lostOver = (x: number, y: number, w: number, h: number) =>
    flightOver(scene, true, x, y, w, h);
  for (const [i, line] of lines.entries())
    labelOver(
      pen,
      line,
      right,
      labelY + i * f.smallPx * 1.2,
      font(i),
      i === 0 ? theme.fg : theme.muted,
      'right',
      Infinity,
      theme.bg,
      lostOver,
    );
}

/** Why the belt's rate is not the producer's: the state that held it back, or random gaps. */
export function sentRateWhy(scene: StageScene): string | null {
  const held = heldBackWord(scene);
  if (held !== null) return held;
  // Over the last second a bursty producer sent part burst, part quiet: neither of its two rates.
  if (scene.snapshot.producer.burst !== null) return IN_BURSTS;
  return scene.randomGaps ? RANDOM_GAPS : null;
}

/**
 * The belt's lines for `rate` in `room` px, or null when none fit. "sent" says it is measured, not
 * the producer's setting; the reason says why the two differ, and where it has no room the rate
 * goes with it: a bare "sent 82/s" beside the producer's "70/s" read as a second setting.
 */
export function beltRateText(
  rate: number,
  why: string | null,
  room: number,
  /** The width of `text` as line `line` is written (the rate bold, the reason under it not). */
  width: (text: string, line: number) => number,
): readonly string[] | null {
  const candidates = sentRateWords(formatRate(rate), why);
  return candidates.find((lines) => lines.every((t, i) => width(t, i) <= room)) ?? null;
}

function conveyorBelt(scene: StageScene): Segment {
  const l = scene.layout;
  const c = l.conveyor;
  // Blocks ride on the belt, so the belt runs half a block below their path.
  const drop = l.cell * 0.5 + 2;
  return { x0: c.x0, y0: c.y0 + drop, x1: c.x1 + l.cell * 0.5, y1: c.y1 + drop };
}

/**
 * The conveyor, with its rate in words unless `rateLabel` is false: then `drawConveyorRate` writes
 * it later, over the lost blocks that fly past it.
 */
export function drawConveyor(pen: Pen, scene: StageScene, rateLabel = true): void {
  const status = scene.snapshot.producer.status;
  const moving = status === 'running' || status === 'slowed';
  drawBelt(pen, scene, conveyorBelt(scene), moving, scene.numbers.producedPerSec, 1, rateLabel);
}

/** The conveyor's rate in words, when it carries a stream (see drawConveyor). */
export function drawConveyorRate(pen: Pen, scene: StageScene): void {
  if (scene.flow !== 'stream' || scene.reducedMotion) return;
  const seg = conveyorBelt(scene);
  if (Math.hypot(seg.x1 - seg.x0, seg.y1 - seg.y0) < 12) return;
  drawBeltRate(pen, scene, seg, scene.numbers.producedPerSec);
}

export function drawOutput(pen: Pen, scene: StageScene): void {
  const o = scene.layout.outBelt;
  drawBelt(pen, scene, o, scene.outRate > 0.5, scene.outRate, 0);
}
