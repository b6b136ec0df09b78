/**
 * The tour's few dealings with the stage on the page, through what the stage publishes on its
 * canvas (stageShell.ts): where its parts are (`data-regions`), whether a message is followed
 * (`data-following`), its keys, and its "How to read this" button.
 */
import { parseRegions, type Box } from './tourPlacement.ts';
import type { Rect } from '../../render/stageLayout.ts';
import type { StageRegions } from '../../render/stageRegions.ts';

/** The playground's stage canvas, once it has arrived. */
export function stageCanvas(): HTMLCanvasElement | null {
  return document.querySelector<HTMLCanvasElement>('[data-tour="stage"] canvas');
}

export function stageRegions(canvas: HTMLCanvasElement | null): StageRegions | null {
  return parseRegions(canvas?.dataset.regions);
}

/** Where the stage's words are, in the stage's own px (`data-words`); none while it has not said. */
export function stageWordBoxes(canvas: HTMLCanvasElement | null): Rect[] {
  const raw = canvas?.dataset.words;
  if (raw === undefined) return [];
  try {
    const boxes = JSON.parse(raw) as Rect[];
    return Array.isArray(boxes) ? boxes : [];
  } catch {
    return [];
  }
}

/** Where the stage's words are, in page px (`data-words`: reported while the tour's tag is on). */
export function stageWords(canvas: HTMLCanvasElement | null, laidOut: StageRegions | null): Box[] {
  if (canvas == null || laidOut === null) return [];
  const boxes = stageWordBoxes(canvas);
  const c = canvas.getBoundingClientRect();
  const sx = laidOut.width > 0 ? c.width / laidOut.width : 1;
  const sy = laidOut.height > 0 ? c.height / laidOut.height : 1;
  return boxes.map((b) => ({
    left: c.left + b.x * sx,
    top: c.top + b.y * sy,
    width: b.w * sx,
    height: b.h * sy,
  }));
}

/** Where the stage's parts are, in page px (`data-regions`): their boxes, as `stageWords` has its words. */
export function stageParts(canvas: HTMLCanvasElement | null, laidOut: StageRegions | null): Box[] {
  if (canvas == null || laidOut === null) return [];
  const c = canvas.getBoundingClientRect();
  const sx = laidOut.width > 0 ? c.width / laidOut.width : 1;
  const sy = laidOut.height > 0 ? c.height / laidOut.height : 1;
  return Object.values(laidOut.regions)
    .filter((r): r is Rect => r !== undefined)
    .map((r) => ({
      left: c.left + r.x * sx,
      top: c.top + r.y * sy,
      width: r.w * sx,
      height: r.h * sy,
    }));
}

export function stageFollowing(canvas: HTMLCanvasElement | null): boolean {
  return canvas?.dataset.following === 'true';
}

/** The followed message's story as the stage tells it under itself, and where; null while none is followed. */
export function storyLine(): { text: string; box: DOMRect } | null {
  if (!stageFollowing(stageCanvas())) return null;
  const line = document.querySelector<HTMLElement>('[data-tour="stage"] .stage-story');
  const text = line?.textContent ?? '';
  if (line === null || text === '') return null;
  return { text, box: line.getBoundingClientRect() };
}

/**
 * Whether the stage's story line cannot be read with the tour's `card` open: under the card (a
 * phone's, along the window's foot), or out of the window.
 */
export function storyHidden(line: { box: DOMRect }, card: HTMLElement): boolean {
  const l = line.box;
  const c = card.getBoundingClientRect();
  const out = l.top < 0 || l.bottom > window.innerHeight;
  const under = l.left < c.right && c.left < l.right && l.top < c.bottom && c.top < l.bottom;
  return out || under;
}

/**
 * Follows the newest message, as the stage's N key does (the stage answers its own keys): it has the
 * whole queue ahead of it, so the reader sees its wait grow. The one next to leave was delivered
 * before the ring could be seen, and the step's point, that a fuller well means a longer wait, was lost.
 */
export function followNewestMessage(): void {
  stageCanvas()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
}

/**
 * Tells the stage what the tour lays over it (its name tag, and its rings: `rings`, boxes in the
 * stage's px; null when it goes), so the stage's own chips keep clear of them (see stageShell.ts):
 * a chip over a ring would hide what the step asks the reader to look at.
 */
export function reserveOnStage(tag: Element | null, text: string, rings: Rect[] = []): void {
  const canvas = stageCanvas();
  if (canvas === null) return;
  let detail = null;
  if (tag !== null) {
    const c = canvas.getBoundingClientRect();
    const t = tag.getBoundingClientRect();
    detail = { text, x: t.left - c.left, y: t.top - c.top, w: t.width, h: t.height, clear: rings };
  }
  canvas.dispatchEvent(new CustomEvent('stage-reserve', { detail }));
}

/**
 * Opens the stage's "How to read this" legend, as its own button does; closed, it gives the focus
 * back to `returnTo` (the card's own link, so a keyboard reader is back in the tour).
 */
export function openStageLegend(returnTo?: HTMLElement): void {
  document.querySelector<HTMLButtonElement>('[data-tour="stage"] .stage-legend-button')?.click();
  if (returnTo === undefined) return;
  // The legend arrives with its own chunk, and gives the focus to the stage's button as it closes
  // (on the dialog itself): the card's link takes it after that.
  const onClose = (event: Event) => {
    if (!(event.target instanceof HTMLElement) || event.target.dataset.testid !== 'stage-legend')
      return;
    document.removeEventListener('close', onClose, true);
    window.setTimeout(() => {
      if (returnTo.isConnected) returnTo.focus({ preventScroll: true });
    }, 0);
  };
  document.addEventListener('close', onClose, true);
}

/**
 * Calls `changed` when the stage reports new regions or words, or starts or stops following a message, and
 * once the canvas arrives (the tour may open before the stage's chunk has loaded). Returns a stop.
 */
export function watchStage(changed: () => void): () => void {
  let observed: HTMLCanvasElement | null = null;
  const onAttributes = new MutationObserver(changed);
  const attach = () => {
    const canvas = stageCanvas();
    if (canvas === null || canvas === observed) return;
    observed = canvas;
    onAttributes.disconnect();
    onAttributes.observe(canvas, {
      attributeFilter: ['data-regions', 'data-following', 'data-words'],
    });
    changed();
  };
  // The stage's section is in the page from the start; its canvas comes with a lazy chunk.
  const section = document.querySelector('[data-tour="stage"]');
  const onChildren = new MutationObserver(attach);
  if (section !== null) onChildren.observe(section, { childList: true, subtree: true });
  attach();
  return () => {
    onAttributes.disconnect();
    onChildren.disconnect();
  };
}

/**
 * Where the page's part `name` (a `data-tour` name) has the controls a reader acts on, viewport px:
 * the box round its choices (the strategy switcher's options, or its list box on a phone), not the
 * words under them; the part's own box where it has none; null while it is not on the page.
 */
export function controlBox(name: string): Box | null {
  const part = document.querySelector(`[data-tour="${name}"]`);
  if (part === null) return null;
  const boxes = [...part.querySelectorAll('label, input, select, button')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const all = boxes.length > 0 ? boxes : [part.getBoundingClientRect()];
  const left = Math.min(...all.map((r) => r.left));
  const top = Math.min(...all.map((r) => r.top));
  return {
    left,
    top,
    width: Math.max(...all.map((r) => r.right)) - left,
    height: Math.max(...all.map((r) => r.bottom)) - top,
  };
}
