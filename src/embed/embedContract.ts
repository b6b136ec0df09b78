/**
 * What the embed frame and the page around it agree on: the resize, control and state messages, the
 * data attributes the loader reads, and the sizes. The loader (embed.js) bundles this file, so it imports nothing heavy.
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
 * The message a page sends a figure to change it: what a host control's `data-set` and
 * `data-action` say, passed on as written. The figure reads the settings itself (controlSettings.ts)
 * and says in its own notice what it could not use, so embed.js needs to know none of the names.
 */
export const CONTROL_MESSAGE_TYPE = 'backpressure-playground:control';

export interface ControlMessage {
  type: typeof CONTROL_MESSAGE_TYPE;
  /** The figure's `id` option: a figure acts only on messages for itself. */
  id: string | null;
  /** Settings, as in `data-set`: `strategy=block; consumers.count=2`; null for none. */
  set: string | null;
  /** `play`, `pause`, `toggle` or `reset`, as in `data-action`; null for none. */
  action: string | null;
}

/** Longest `set` and `action` a control message may carry: ample for eight settings, and bounded. */
export const MAX_SET_LENGTH = 500;
export const MAX_ACTION_LENGTH = 16;

const CONTROL_KEYS = new Set(['type', 'id', 'set', 'action']);

function optionalText(value: unknown, max: number): value is string | null | undefined {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.length <= max)
  );
}

/**
 * The control message in `data`, with missing `set` or `action` as null, or null when `data` is not
 * one: another type, another key, a value of the wrong kind or too long, or nothing to do.
 */
export function readControlMessage(data: unknown): ControlMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.type !== CONTROL_MESSAGE_TYPE) return null;
  if (Object.keys(message).some((key) => !CONTROL_KEYS.has(key))) return null;
  const { id, set, action } = message;
  if (!(id === null || (typeof id === 'string' && FRAME_ID_PATTERN.test(id)))) return null;
  if (!optionalText(set, MAX_SET_LENGTH) || !optionalText(action, MAX_ACTION_LENGTH)) return null;
  if ((set ?? null) === null && (action ?? null) === null) return null;
  return { type: CONTROL_MESSAGE_TYPE, id, set: set ?? null, action: action ?? null };
}

/**
 * What a figure tells its parent about itself: once its controls can be driven, whenever one of
 * these changes, and in reply to every control message (with `problem` set when it could not be used).
 */
export const STATE_MESSAGE_TYPE = 'backpressure-playground:state';

export interface FigureState {
  /** The strategy the scenario follows, by its id (`block`). */
  strategy: string;
  /** The preset last loaded, or null for a custom scenario. */
  preset: string | null;
  seed: number;
  playing: boolean;
}

export interface StateMessage extends FigureState {
  type: typeof STATE_MESSAGE_TYPE;
  id: string | null;
  /** In a reply to a control the figure could not use: what was wrong, in a sentence; else null. */
  problem: string | null;
}

/** True for a well-formed state message. */
export function isStateMessage(data: unknown): data is StateMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === STATE_MESSAGE_TYPE &&
    (m.id === null || typeof m.id === 'string') &&
    typeof m.strategy === 'string' &&
    (m.preset === null || typeof m.preset === 'string') &&
    typeof m.seed === 'number' &&
    typeof m.playing === 'boolean' &&
    (m.problem === null || typeof m.problem === 'string')
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
 * its real one. Measured in a 700 px column: the name, the stage (320 px) with its padding and link
 * is 457 px, the transport adds 103, full controls (live numbers and strategies) 1086, and each chart
 * about 280 (the room kept while it loads; 232 once drawn).
 */
export function estimateFrameHeight(controls: string, chartCount: number): number {
  const base = 457;
  const controlsHeight = controls === 'none' ? 0 : controls === 'full' ? 1086 : 103;
  return clampFrameHeight(base + controlsHeight + chartCount * 280);
}
