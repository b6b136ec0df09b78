/**
 * The logic of embed.js, the loader: it turns each `<div data-backpressure-playground …>` into a
 * frame of embed.html beside the script, and sizes each frame from that frame's resize messages.
 * The checks are pure functions, tested on their own; `createLoader` is the thin DOM shell.
 */
import { CHART_IDS } from '../store/types.ts';
import {
  clampFrameHeight,
  dataAttributeName,
  EMBED_ATTRIBUTES,
  estimateFrameHeight,
  FRAME_ID_PATTERN,
  isResizeMessage,
} from './embedContract.ts';

export const EMBED_SELECTOR = '[data-backpressure-playground]';
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
 * The height to give `frame` for `message`, or null when the message is not a resize message from
 * that very frame. The window must be the frame's own; the origin must be the one its `src` names.
 * One exception: inside a sandboxed page (an opaque origin, `self.origin === 'null'`), the sandbox
 * also covers our frame, so its messages arrive from origin "null". That is accepted only then, and
 * only from the frame's own window: the window check is what no other document can fake.
 */
export function resizeHeightFor(
  message: MessageLike,
  frame: FrameIdentity,
  ownOrigin: string,
): number | null {
  if (message.source === null || message.source !== frame.window) return null;
  const originOk =
    message.origin === frame.origin || (message.origin === 'null' && ownOrigin === 'null');
  if (!originOk) return null;
  if (!isResizeMessage(message.data) || message.data.id !== frame.id) return null;
  return clampFrameHeight(message.data.height);
}

interface Mounted {
  iframe: HTMLIFrameElement;
  origin: string;
  id: string;
}

export interface Loader {
  /** Turns every placeholder under `root` that has no frame yet into one; returns how many. */
  mount(root?: ParentNode): number;
  dispose(): void;
}

/** The DOM shell: makes the frames and listens for their resize messages. */
export function createLoader(win: Window, scriptUrl: string): Loader {
  const doc = win.document;
  const frames: Mounted[] = [];
  let counter = 0;

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
      console.warn(
        `embed.js: ignoring ${unknown.map(dataAttributeName).join(', ')} (not an embed option)`,
      );
    let id = dataset.id;
    if (id === undefined || !FRAME_ID_PATTERN.test(id)) {
      if (id !== undefined)
        console.warn(
          `embed.js: data-id must be 1 to 64 letters, digits or . _ : - (got "${id.slice(0, 24)}")`,
        );
      id = nextId();
    }
    const src = embedFrameUrl(scriptUrl, queryFromDataset(dataset, id));
    const iframe = doc.createElement('iframe');
    iframe.src = src;
    iframe.title = frameTitle(dataset);
    iframe.loading = 'lazy';
    iframe.setAttribute('width', '100%');
    iframe.style.cssText = `display:block;width:100%;border:0;height:${initialHeight(dataset)}px`;
    placeholder.dataset.backpressurePlayground = MOUNTED;
    placeholder.replaceChildren(iframe);
    frames.push({ iframe, origin: new URL(src).origin, id });
  }

  function onMessage(event: MessageEvent): void {
    for (let i = frames.length - 1; i >= 0; i--) {
      const frame = frames[i] as Mounted;
      if (!frame.iframe.isConnected) {
        frames.splice(i, 1); // the page removed it: forget it
        continue;
      }
      if (event.source !== frame.iframe.contentWindow) continue;
      const ownOrigin = typeof win.origin === 'string' ? win.origin : '';
      const height = resizeHeightFor(
        { data: event.data, origin: event.origin, source: event.source },
        { window: frame.iframe.contentWindow, origin: frame.origin, id: frame.id },
        ownOrigin,
      );
      if (height !== null) frame.iframe.style.height = `${height}px`;
      return;
    }
  }

  win.addEventListener('message', onMessage);
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
    },
  };
}
