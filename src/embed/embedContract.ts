/**
 * What the embed frame and the page around it agree on: the resize message, the data attributes the
 * loader reads, and the sizes. The loader (embed.js) bundles this file, so it imports nothing heavy.
 */

/** `type` of the message a frame sends its parent whenever its content height changes. */
export const RESIZE_MESSAGE_TYPE = 'backpressure-playground:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  /** The `id` option the frame was opened with, or null without one. */
  id: string | null;
  /** The content's height in CSS pixels, a whole number. */
  height: number;
}

/** What an `id` may look like: short and safe to echo anywhere. */
export const FRAME_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/** A frame is never sized below or above these, whatever a message says. */
export const MIN_FRAME_HEIGHT = 160;
export const MAX_FRAME_HEIGHT = 4000;

export function clampFrameHeight(height: number): number {
  return Math.round(Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, height)));
}

/** True for a well-formed resize message; anything else on the message channel is not ours. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === RESIZE_MESSAGE_TYPE &&
    (message.id === null || typeof message.id === 'string') &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height)
  );
}

/**
 * The loader's data attributes (as `dataset` keys) and the embed URL parameters they become. The
 * scenario travels in the share link's own parameters, so a figure and a share link agree.
 */
export const EMBED_ATTRIBUTES = [
  ['preset', 'preset'],
  ['seed', 'seed'],
  ['scenario', 's'],
  ['scenarioVersion', 'v'],
  ['controls', 'controls'],
  ['charts', 'charts'],
  ['autoplay', 'autoplay'],
  ['speed', 'speed'],
  ['theme', 'theme'],
  ['height', 'height'],
  ['id', 'id'],
] as const;

/** The `data-` attribute name of a dataset key: `scenarioVersion` → `data-scenario-version`. */
export function dataAttributeName(key: string): string {
  return `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * A first guess at a frame's height, so the page moves as little as possible when the frame reports
 * its real one. Measured in a 700 px column: the stage with its padding and link is 420 px, the
 * transport adds 84, full controls (live numbers and strategies) 1092, and each chart about 280.
 */
export function estimateFrameHeight(controls: string, chartCount: number): number {
  const base = 420;
  const controlsHeight = controls === 'none' ? 0 : controls === 'full' ? 1092 : 84;
  return clampFrameHeight(base + controlsHeight + chartCount * 280);
}
