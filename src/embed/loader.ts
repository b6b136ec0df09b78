/**
 * The logic of embed.js, the loader: it turns each `<div data-backpressure-playground …>` into a
 * frame of embed.html beside the script, sizes each frame from that frame's resize messages, and
 * passes the page's controls (`<button data-backpressure-for="fig-2" data-set="strategy=block">`)
 * on to their figure, marking a pressed choice from the state the figure reports back.
 * The checks are pure functions, tested on their own; `createLoader` is the thin DOM shell.
 */
import { CHART_IDS } from '../store/types.ts';
import {
  clampFrameHeight,
  CONTROL_MESSAGE_TYPE,
  dataAttributeName,
  EMBED_ATTRIBUTES,
  estimateFrameHeight,
  FRAME_ID_PATTERN,
  isResizeMessage,
  isStateMessage,
  MAX_ACTION_LENGTH,
  MAX_SET_LENGTH,
  type ControlMessage,
  type FigureState,
  type StateMessage,
} from './embedContract.ts';
import { SIZED_FRAME_NAME } from './frameFit.ts';

export const EMBED_SELECTOR = '[data-backpressure-playground]';
/** A control in the page: `data-backpressure-for` names its figure's id. */
export const CONTROL_SELECTOR = '[data-backpressure-for]';
/** Messages kept for a figure that has not loaded yet (it is far down the page, say). */
const MAX_PENDING = 8;
/** The marker's value once a placeholder holds its frame, so a second copy of the loader skips it. */
const MOUNTED = 'mounted';
/** Placeholder attributes that are the loader's own rather than embed options. */
const LOADER_KEYS = new Set(['backpressurePlayground', 'title']);
const OPTION_KEYS = new Set<string>(EMBED_ATTRIBUTES.map(([key]) => key));

export type Dataset = Readonly<Record<string, string | undefined>>;

/** The embed query for a placeholder. Values pass through as written: the frame checks them and says what is wrong. */
export function queryFromDataset(dataset: Dataset, id: string): string {
  const params = new URLSearchParams();
  for (const [key, param] of EMBED_ATTRIBUTES) {
    const value = key === 'id' ? id : dataset[key];
    if (value !== undefined) params.set(param, value);
  }
  return params.toString();
}

/** The data attributes that are neither options nor the loader's own: most likely typos. */
export function unknownKeys(dataset: Dataset): string[] {
  return Object.keys(dataset).filter((key) => !OPTION_KEYS.has(key) && !LOADER_KEYS.has(key));
}

/** How tall a frame starts: its `data-height`, or a guess from its controls and charts. */
export function initialHeight(dataset: Dataset): number {
  const height = dataset.height;
  if (height !== undefined && /^\d{1,5}$/.test(height)) return clampFrameHeight(Number(height));
  const charts = (dataset.charts ?? '').split(',').map((name) => name.trim());
  const count = charts.includes('all')
    ? CHART_IDS.length
    : charts.filter((name) => (CHART_IDS as readonly string[]).includes(name)).length;
  return estimateFrameHeight(dataset.controls ?? 'minimal', count);
}

export function frameTitle(dataset: Dataset): string {
  const title = dataset.title?.trim();
  if (title) return title;
  return dataset.preset
    ? `Backpressure Playground: ${dataset.preset}`
    : 'Backpressure Playground: a custom scenario';
}

/** The address of embed.html with `query`, next to the loader script at `scriptUrl`. */
export function embedFrameUrl(scriptUrl: string, query: string): string {
  const url = new URL('embed.html', scriptUrl);
  url.search = query;
  return url.href;
}

/**
 * The id a figure goes by: its `data-id`, or else the placeholder's own `id` (so
 * `<div id="fig-2" data-backpressure-playground>` works too), when either is a valid id.
 */
export function figureId(dataset: Dataset, elementId: string): string | null {
  const id = dataset.id;
  if (id !== undefined) return FRAME_ID_PATTERN.test(id) ? id : null;
  return FRAME_ID_PATTERN.test(elementId) ? elementId : null;
}

/**
 * The message for a control's `data-set` and `data-action`, or why there is none, for the console.
 * The values pass through as written: the figure knows its strategies and knobs, and says in its
 * own notice what it cannot use.
 */
export function controlMessageFor(dataset: Dataset, id: string): ControlMessage | string {
  const set = dataset.set ?? null;
  const action = dataset.action ?? null;
  if (set === null && action === null)
    return 'a control needs data-set (such as "strategy=block") or data-action (play, pause, toggle or reset)';
  if (set !== null && set.length > MAX_SET_LENGTH)
    return `data-set is longer than ${MAX_SET_LENGTH} characters`;
  if (action !== null && action.length > MAX_ACTION_LENGTH)
    return `data-action "${action.slice(0, 24)}" is not one of play, pause, toggle, reset`;
  return { type: CONTROL_MESSAGE_TYPE, id, set, action };
}

/**
 * Whether a control that sets only a strategy or only a preset matches the figure's `state` (its
 * `aria-pressed`), or null for any other control, which is not a choice between alternatives.
 */
export function pressedFor(set: string | undefined, state: FigureState): boolean | null {
  const match = /^\s*(strategy|preset)\s*=\s*([^\s=;]+)\s*;?\s*$/.exec(set ?? '');
  if (match === null) return null;
  return (match[1] === 'strategy' ? state.strategy : state.preset) === match[2];
}

/** What a resize message must match: the frame's window, the origin it was loaded from and its id. */
export interface FrameIdentity {
  window: unknown;
  /** The origin of the frame's `src`. */
  origin: string;
  id: string;
}

export interface MessageLike {
  data: unknown;
  origin: string;
  source: unknown;
}

/**
 * Whether `message` comes from `frame`. The window must be the frame's own; the origin must be the
 * one its `src` names. One exception: inside a sandboxed page (an opaque origin,
 * `self.origin === 'null'`), the sandbox also covers our frame, so its messages arrive from origin
 * "null". That is accepted only then, and only from the frame's own window: the window check is
 * what no other document can fake.
 */
export function isFromFrame(
  message: MessageLike,
  frame: FrameIdentity,
  ownOrigin: string,
): boolean {
  if (message.source === null || message.source !== frame.window) return false;
  return message.origin === frame.origin || (message.origin === 'null' && ownOrigin === 'null');
}

/** The height to give `frame` for `message`, or null when it is not a resize message from that very frame. */
export function resizeHeightFor(
  message: MessageLike,
  frame: FrameIdentity,
  ownOrigin: string,
): number | null {
  if (!isFromFrame(message, frame, ownOrigin)) return null;
  if (!isResizeMessage(message.data) || message.data.id !== frame.id) return null;
  return clampFrameHeight(message.data.height);
}

/** The state `frame` reports in `message`, or null when it is not a state message from that very frame. */
export function stateFor(
  message: MessageLike,
  frame: FrameIdentity,
  ownOrigin: string,
): StateMessage | null {
  if (!isFromFrame(message, frame, ownOrigin)) return null;
  return isStateMessage(message.data) && message.data.id === frame.id ? message.data : null;
}

interface Mounted {
  iframe: HTMLIFrameElement;
  origin: string;
  id: string;
  /** Set by the figure's first state message: from then on it hears control messages. */
  ready: boolean;
  /** Control messages that arrived before, in order. */
  pending: ControlMessage[];
}

export interface Loader {
  /** Turns every placeholder under `root` that has no frame yet into one; returns how many. */
  mount(root?: ParentNode): number;
  dispose(): void;
}

/** The DOM shell: makes the frames, listens for their messages and passes the page's controls on. */
export function createLoader(win: Window, scriptUrl: string): Loader {
  const doc = win.document;
  const frames: Mounted[] = [];
  let counter = 0;
  const ownOrigin = () => (typeof win.origin === 'string' ? win.origin : '');
  const warn = (message: string) => console.warn(`embed.js: ${message}`);

  function nextId(): string {
    let id: string;
    do id = `backpressure-playground-${++counter}`;
    while (frames.some((f) => f.id === id));
    return id;
  }

  function mountOne(placeholder: HTMLElement): void {
    const dataset = { ...placeholder.dataset };
    const unknown = unknownKeys(dataset);
    if (unknown.length > 0)
      warn(`ignoring ${unknown.map(dataAttributeName).join(', ')} (not an embed option)`);
    if (dataset.id !== undefined && !FRAME_ID_PATTERN.test(dataset.id))
      warn(`data-id must be 1 to 64 letters, digits or . _ : - (got "${dataset.id.slice(0, 24)}")`);
    const id = figureId(dataset, placeholder.id) ?? nextId();
    const src = embedFrameUrl(scriptUrl, queryFromDataset(dataset, id));
    const iframe = doc.createElement('iframe');
    iframe.src = src;
    iframe.title = frameTitle(dataset);
    // Tells the figure that this frame follows its height (a bare frame of fixed height does not).
    iframe.name = SIZED_FRAME_NAME;
    iframe.loading = 'lazy';
    iframe.setAttribute('width', '100%');
    iframe.style.cssText = `display:block;width:100%;border:0;height:${initialHeight(dataset)}px`;
    placeholder.dataset.backpressurePlayground = MOUNTED;
    placeholder.replaceChildren(iframe);
    frames.push({ iframe, origin: new URL(src).origin, id, ready: false, pending: [] });
  }

  function post(frame: Mounted, message: ControlMessage): void {
    // Inside a sandboxed page the figure's origin is opaque too, and only "*" reaches it.
    const target = ownOrigin() === 'null' ? '*' : frame.origin;
    frame.iframe.contentWindow?.postMessage(message, target);
  }

  /** The figure says where it stands: it is ready for controls, and the pressed choices follow it. */
  function onState(frame: Mounted, state: StateMessage): void {
    if (state.problem !== null)
      warn(`figure "${frame.id}" could not use a control: ${state.problem}`);
    if (!frame.ready) {
      frame.ready = true;
      for (const message of frame.pending.splice(0)) post(frame, message);
    }
    for (const control of doc.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)) {
      // aria-pressed belongs to buttons; a link that drives a figure stays a link.
      const isButton = control.tagName === 'BUTTON' || control.getAttribute('role') === 'button';
      if (!isButton || control.dataset.backpressureFor !== frame.id) continue;
      const pressed = pressedFor(control.dataset.set, state);
      if (pressed !== null) control.setAttribute('aria-pressed', String(pressed));
    }
  }

  function onMessage(event: MessageEvent): void {
    for (let i = frames.length - 1; i >= 0; i--) {
      const frame = frames[i] as Mounted;
      if (!frame.iframe.isConnected) {
        frames.splice(i, 1); // the page removed it: forget it
        continue;
      }
      if (event.source !== frame.iframe.contentWindow) continue;
      const message = { data: event.data, origin: event.origin, source: event.source };
      const identity = { window: frame.iframe.contentWindow, origin: frame.origin, id: frame.id };
      const height = resizeHeightFor(message, identity, ownOrigin());
      if (height !== null) frame.iframe.style.height = `${height}px`;
      const state = stateFor(message, identity, ownOrigin());
      if (state !== null) onState(frame, state);
      return;
    }
  }

  /** One listener for every control, present or added later. */
  function onClick(event: MouseEvent): void {
    const target = event.target as Element | null;
    const control = target?.closest?.<HTMLElement>(CONTROL_SELECTOR);
    if (!control) return;
    const id = control.dataset.backpressureFor ?? '';
    const frame = frames.find((f) => f.id === id && f.iframe.isConnected);
    if (frame === undefined) {
      warn(
        `no figure has the id "${id.slice(0, 64)}" that a control's data-backpressure-for names`,
      );
      return; // a link then does what links do
    }
    const message = controlMessageFor(control.dataset, id);
    if (typeof message === 'string') {
      warn(message);
      return;
    }
    event.preventDefault();
    if (frame.ready) post(frame, message);
    else if (frame.pending.push(message) > MAX_PENDING) frame.pending.shift();
  }

  win.addEventListener('message', onMessage);
  doc.addEventListener('click', onClick);
  return {
    mount(root: ParentNode = doc) {
      let count = 0;
      for (const element of root.querySelectorAll<HTMLElement>(EMBED_SELECTOR)) {
        if (element.dataset.backpressurePlayground === MOUNTED) continue;
        mountOne(element);
        count++;
      }
      return count;
    },
    dispose() {
      win.removeEventListener('message', onMessage);
      doc.removeEventListener('click', onClick);
    },
  };
}
