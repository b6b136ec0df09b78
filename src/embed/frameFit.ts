/**
 * A figure in a frame of fixed height: a bare `<iframe src="embed.html?…" height="450">`, with no
 * embed.js to size the frame to the figure. There the figure sizes itself to the frame instead: the
 * stage gives up a little height so that the name, the stage and the play/pause control show in the
 * frame at once, and the rest (the line under the stage, the link) follows below. A frame embed.js
 * made carries its name, and fits the figure as before.
 */

/** The `name` embed.js gives each frame it makes and sizes. */
export const SIZED_FRAME_NAME = 'backpressure-playground-sized';

/** Whether the figure must fit a frame of fixed height: framed, and not by embed.js. */
export function fitsFixedFrame(inFrame: boolean, frameName: string): boolean {
  return inFrame && frameName !== SIZED_FRAME_NAME;
}

/** Room left under the control that must show, px. */
export const FIT_MARGIN_PX = 8;

/**
 * The tallest stage that keeps a control in a frame `frameHeight` tall, given that its bottom is at
 * `keepBottom` (from the top of the frame) while the stage is `stageHeight` tall: everything between
 * moves with the stage's bottom. Infinity when there is no frame height to fit.
 */
export function stageLimitFor(
  frameHeight: number,
  keepBottom: number,
  stageHeight: number,
): number {
  if (!(frameHeight > 0) || !Number.isFinite(keepBottom) || !(stageHeight > 0)) return Infinity;
  return Math.floor(stageHeight + frameHeight - FIT_MARGIN_PX - keepBottom);
}
