/**
 * Draws one frame of the stage from its scene: furniture first, then the blocks at rest and on the
 * move, then the banners and the well's read-out on top. No state, no allocation beyond short labels, no shadows.
 */
import { drawFlights, drawSprites } from './draw/blocks.ts';
import { drawBin } from './draw/bin.ts';
import { drawConveyor, drawOutput } from './draw/conveyor.ts';
import type { Ctx2D } from './draw/ctx.ts';
import { drawCreditMeter, drawProducer, drawTray } from './draw/producer.ts';
import { drawWellBack, drawWellCaption, drawWellFront } from './draw/well.ts';
import { drawWire } from './draw/wire.ts';
import { drawSink, drawWorkers } from './draw/workers.ts';
import type { PreparedPalette } from './paint.ts';
import type { StageScene } from './scene.ts';
import type { StageTheme } from './theme.ts';

/** Draws `scene` into a context already scaled so one unit is one CSS pixel. */
export function drawStage(
  ctx: Ctx2D,
  scene: StageScene,
  theme: StageTheme,
  palette: PreparedPalette,
): void {
  const l = scene.layout;
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, l.width, l.height);
  ctx.textBaseline = 'alphabetic';

  drawWire(ctx, scene, theme);
  drawBin(ctx, scene, theme, palette);
  drawWellBack(ctx, scene, theme);
  drawConveyor(ctx, scene, theme, palette);
  drawProducer(ctx, scene, theme);
  drawCreditMeter(ctx, scene, theme);
  drawOutput(ctx, scene, theme, palette);
  drawFlights(ctx, scene, theme, palette, false);
  drawWorkers(ctx, scene, theme);
  drawSink(ctx, scene, theme);
  drawTray(ctx, scene, theme, palette);
  drawSprites(ctx, scene, theme, palette);
  drawWellFront(ctx, scene, theme, palette);
  drawFlights(ctx, scene, theme, palette, true);
  drawWellCaption(ctx, scene, theme);
}
