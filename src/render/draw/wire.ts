/**
 * The feedback wire from the consumers back to the producer, drawn only when there is feedback.
 * Slow-down (▼) and speed-up (▲) signals and credits (●) travel it over their delay.
 */
import { formatCount, formatDuration } from '../format.ts';
import { label, type Pen } from '../labels.ts';
import type { StageScene } from '../scene.ts';

export function drawWire(pen: Pen, scene: StageScene): void {
  const { ctx, theme } = pen;
  if (scene.feedback === 'none') return;
  const l = scene.layout;
  const w = scene.wire;
  const f = l.fonts;
  ctx.beginPath();
  ctx.moveTo(w[0] as number, w[1] as number);
  for (let i = 2; i + 1 < w.length; i += 2) ctx.lineTo(w[i] as number, w[i + 1] as number);
  ctx.lineWidth = 2;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = theme.wire;
  ctx.stroke();
  ctx.lineJoin = 'miter';
  // An arrowhead where it reaches the producer.
  const ax = w[6] as number;
  const ay = w[7] as number;
  ctx.beginPath();
  ctx.moveTo(ax - 5, ay - 7);
  ctx.lineTo(ax + 5, ay - 7);
  ctx.lineTo(ax, ay - 1);
  ctx.closePath();
  ctx.fillStyle = theme.wire;
  ctx.fill();

  const delay = formatDuration(scene.signalDelayMs);
  const extra =
    scene.reducedMotion && scene.pulsesInFlight > 0
      ? ` · ${formatCount(scene.pulsesInFlight)} on the way`
      : '';
  const words =
    scene.feedback === 'credit'
      ? [
          `credits return · ${delay} delay${extra}`,
          `credits return · ${delay} delay`,
          `credits · ${delay}`,
          'credits',
        ]
      : [
          `slow-down / speed-up signals · ${delay} delay${extra}`,
          `slow-down / speed-up signals · ${delay} delay`,
          `signals · ${delay} delay`,
          `signals · ${delay}`,
          'signals',
          '',
        ];
  const midX = ((w[2] as number) + (w[4] as number)) / 2;
  // Above the dots' path, descenders and all: a dot passing under it never strikes it through.
  const r = pulseRadius(scene);
  label(
    pen,
    words,
    midX,
    (w[3] as number) - r - f.smallPx * 0.2 - 1.5,
    f.small,
    theme.muted,
    'center',
    Math.abs((w[2] as number) - (w[4] as number)) - 24,
  );

  for (const kind of KINDS) {
    let any = false;
    for (const p of scene.pulses) {
      if (p.kind !== kind) continue;
      if (!any) ctx.beginPath();
      any = true;
      if (kind === 'credit') {
        ctx.moveTo(p.x + r, p.y);
        ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
      } else {
        const dir = kind === 'slow' ? 1 : -1;
        ctx.moveTo(p.x - r, p.y - dir * r * 0.8);
        ctx.lineTo(p.x + r, p.y - dir * r * 0.8);
        ctx.lineTo(p.x, p.y + dir * r * 0.9);
        ctx.closePath();
      }
    }
    if (!any) continue;
    ctx.fillStyle =
      kind === 'credit' ? theme.credit : kind === 'slow' ? theme.slowSignal : theme.fastSignal;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = theme.bg;
    ctx.stroke();
  }
}

const KINDS = ['slow', 'fast', 'credit'] as const;

/** Radius of a signal or credit on the wire, px. */
export function pulseRadius(scene: StageScene): number {
  return Math.max(4, scene.layout.fonts.bodyPx * 0.42);
}
