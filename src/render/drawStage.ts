/**
 * Draws one frame of the stage from its scene: furniture first, then the blocks at rest and on the
 * move, then the marks, the bin over the lost blocks going into it, the words blocks fly past (the
 * bin's, the conveyor's rate, the retry tray's), the crash banner and the well's caption on top, the
 * followed message's ring over everything (or, its story over, the chip where it ended), and the
 * moment callouts last (they look for room among the words already drawn). No state, no
 * allocation beyond short labels, no shadows. Every word drawn is recorded in `labels`.
 */
import { drawFlights, drawFollow, drawReplaced, drawSprites } from './draw/blocks.ts';
import { drawBin } from './draw/bin.ts';
import { drawCallouts, drawFollowEnd } from './draw/callouts.ts';
import { drawConveyor, drawConveyorRate, drawOutput } from './draw/conveyor.ts';
import type { Ctx2D } from './draw/ctx.ts';
import { drawCreditMeter, drawProducer, drawTray, drawTrayWords } from './draw/producer.ts';
import { drawMarks, drawWellBack, drawWellCaption, drawWellFront } from './draw/well.ts';
import { drawWire } from './draw/wire.ts';
import { drawSink, drawWorkerEdges, drawWorkers } from './draw/workers.ts';
import { LabelLog, type Pen } from './labels.ts';
import type { PreparedPalette } from './paint.ts';
import type { StageScene } from './scene.ts';
import type { StageTheme } from './theme.ts';

/** Draws `scene` into a context already scaled so one unit is one CSS pixel. */
export function drawStage(
  ctx: Ctx2D,
  scene: StageScene,
  theme: StageTheme,
  palette: PreparedPalette,
  labels: LabelLog = new LabelLog(),
): void {
  const l = scene.layout;
  const pen: Pen = { ctx, theme, palette, labels };
  labels.begin();
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, l.width, l.height);
  ctx.textBaseline = 'alphabetic';

  drawWire(pen, scene);
  drawWellBack(pen, scene);
  drawConveyor(pen, scene, false);
  drawProducer(pen, scene);
  drawCreditMeter(pen, scene);
  drawOutput(pen, scene);
  drawFlights(pen, scene, false);
  drawWorkers(pen, scene);
  drawSink(pen, scene);
  drawTray(pen, scene, false);
  drawReplaced(pen, scene);
  drawSprites(pen, scene);
  drawWorkerEdges(pen, scene);
  drawMarks(pen, scene);
  drawWellFront(pen, scene);
  drawFlights(pen, scene, true);
  // Lost blocks go into the bin behind its box (never over its title or border), and the bin's
  // words, the conveyor's rate and the retry tray's words stay over the blocks flying past.
  drawBin(pen, scene, false);
  drawBin(pen, scene, true);
  drawConveyorRate(pen, scene);
  drawTrayWords(pen, scene);
  drawWellCaption(pen, scene);
  drawFollow(pen, scene);
  drawFollowEnd(pen, scene);
  drawCallouts(pen, scene);
}
