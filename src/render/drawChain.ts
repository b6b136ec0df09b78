/**
 * Draws one frame of a pipeline: every stage with the single well's drawing code, in the same order
 * a single stage is drawn (drawStage.ts), the first with the producer, its belt and the bin; a stage
 * that hands on has a box saying to whom where a single stage keeps its "done" sink, and the last
 * stage keeps the sink. The links go over the panels, the followed message's ring and the first
 * stage's moments last. Every word is recorded in `labels`, as on a single stage.
 */
import { drawFlights, drawFollow, drawReplaced, drawSprites } from './draw/blocks.ts';
import { drawBin } from './draw/bin.ts';
import { drawCallouts } from './draw/callouts.ts';
import { drawConveyor, drawOutput } from './draw/conveyor.ts';
import type { Ctx2D } from './draw/ctx.ts';
import { drawLinkBox, drawLinkLine, drawStageTitle } from './draw/link.ts';
import { drawCreditMeter, drawProducer, drawTray } from './draw/producer.ts';
import { drawMarks, drawWellBack, drawWellCaption, drawWellFront } from './draw/well.ts';
import { drawWire } from './draw/wire.ts';
import { drawSink, drawWorkerEdges, drawWorkers } from './draw/workers.ts';
import type { ChainScene } from './chainRenderer.ts';
import { LabelLog, type Pen } from './labels.ts';
import type { PreparedPalette } from './paint.ts';
import type { StageTheme } from './theme.ts';

export function drawChain(
  ctx: Ctx2D,
  chain: ChainScene,
  theme: StageTheme,
  palette: PreparedPalette,
  labels: LabelLog = new LabelLog(),
): void {
  const pen: Pen = { ctx, theme, palette, labels };
  labels.begin();
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, chain.width, chain.height);
  ctx.textBaseline = 'alphabetic';
  const { scenes, links, plan } = chain;
  const last = scenes.length - 1;
  const first = scenes[0];
  if (first === undefined) return;

  // Behind everything: the first stage's wire and belt, every well's back (its bin comes over the
  // lost blocks going into it).
  drawWire(pen, first);
  for (const s of scenes) drawWellBack(pen, s);
  drawConveyor(pen, first);
  drawProducer(pen, first);
  drawCreditMeter(pen, first);
  for (let k = 0; k < scenes.length; k++) {
    const s = scenes[k]!;
    drawOutput(pen, s);
    const link = links[k];
    if (k < last && link !== undefined) {
      drawLinkLine(pen, s, scenes[k + 1]!, link, plan.direction);
      drawLinkBox(pen, s, link);
    }
  }
  for (const s of scenes) drawFlights(pen, s, false);
  for (let k = 0; k < scenes.length; k++) {
    const s = scenes[k]!;
    drawWorkers(pen, s);
    if (k === last) drawSink(pen, s);
    // Every stage is named, the first too ("Stage 1 · API"), each over its own well; the first's
    // losses are in its bin already.
    const panel = plan.panels[k];
    if (panel !== undefined && scenes.length > 1)
      drawStageTitle(
        pen,
        s,
        k + 1,
        chain.names[k] ?? '',
        k === 0 ? 0 : (chain.lost[k] ?? 0),
        plan.direction,
        panel.rect.x,
        panel.rect.x + panel.rect.w,
      );
  }
  drawTray(pen, first);
  for (const s of scenes) {
    drawReplaced(pen, s);
    drawSprites(pen, s);
    drawWorkerEdges(pen, s);
    drawMarks(pen, s);
    drawWellFront(pen, s);
  }
  for (const s of scenes) drawFlights(pen, s, true);
  // Lost blocks go into the bin behind its box, as on a single stage.
  drawBin(pen, first, false);
  drawBin(pen, first, true);
  for (const s of scenes) drawWellCaption(pen, s);
  drawFollow(pen, first);
  drawCallouts(pen, first);
}
