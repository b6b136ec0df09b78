/**
 * The page's side of the stage around its canvas, the same in the playground, the embed and each
 * compare column (plain DOM, no React): the canvas takes focus and keys, a click or tap picks a block
 * to follow, and a line under the stage tells the followed message's story next to the "How to read
 * this" button. Moments are announced politely to screen readers. Whoever paints (this thread or the
 * worker) reports through the `StageOutputs` this returns; picks go out through `send`.
 *
 * Test hook: with `?test-hooks=1` in the address or `window.__stageTestHooks = true` set before the
 * page loads (Playwright's addInitScript), the painter reports the words it drew with their boxes
 * (`StageLabelsFrame`, CSS px relative to the canvas) a few times a second, as JSON in the canvas's
 * `data-labels` attribute and as `window.__stageLabels` (the last report of any stage on the page).
 *
 * Always, for the guided tour (src/ui/tour): `data-regions` on the canvas says where the stage's
 * named parts are (`StageRegions`, CSS px relative to the canvas), and `data-following` whether the
 * reader is following a message ("true" or "false"). A `stage-reserve` event on the canvas (detail:
 * a box in canvas CSS px with its text, or null) tells the stage what the page lays over it, so its
 * moment chips keep clear (the tour's name tag, and in `clear` its ring); `data-words` says where the stage's words are
 * (boxes in canvas CSS px, updated at most twice a second), so the page can keep its tag off them.
 */
import type { StageReserveBox } from '../../render/labels.ts';
import type { StageInput, StageLabelsFrame, StageOutputs } from '../../render/stagePainter.ts';
import type { LegendRun } from './stageLegend.ts';
import type { StageCount } from './watchStageView.ts';
import { stageInputForKey } from './stageKeys.ts';
import { STORY_ROOM } from './storyRoom.ts';
import './stage.css';

const HINT = 'Click or tap a block to follow it.';
/**
 * A pipeline's: only the first stage's blocks can be followed (its animator has the reader's
 * follow), and a reader tapped the second stage's blocks, under the plain hint, to no effect.
 */
const CHAIN_HINT = 'Click or tap a block in the first well to follow it.';

/** The hint while the stage has focus and nothing is followed: the keys. */
const KEY_HINT = 'Keys: F follows the next to leave, N the newest, arrows move, Esc stops.';

declare global {
  interface Window {
    __stageTestHooks?: boolean;
    /** Draw the stamp of the numbers written in the stage's corner (src/render/draw/stamp.ts). */
    __stageStamp?: boolean;
    __stageLabels?: StageLabelsFrame;
  }
}

/** Whether this page asked for the stage's test hook. */
export function testHooksWanted(): boolean {
  if (typeof window === 'undefined') return false;
  if (window.__stageTestHooks === true) return true;
  return new URLSearchParams(window.location.search).has('test-hooks');
}

/** Whether this page asked the stage to stamp its numbers in its corner (a test of the frames seen). */
export function stampWanted(): boolean {
  return typeof window !== 'undefined' && window.__stageStamp === true;
}

/** What a `stage-reserve` event carries (`clear`: boxes the moment chips keep clear of too). */
export type StageReserve = StageReserveBox | null;

let shells = 0;

export interface StageShell {
  outputs: StageOutputs;
  /**
   * Forgets the last moment announced: the run or its scenario changed (a strategy picked), and a
   * screen reader that reads the hidden moments later must not hear the old strategy's ("oldest
   * pushed out" under Slow-down signal).
   */
  forgetMoments(): void;
  dispose(): void;
}

export function createStageShell(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  send: (input: StageInput) => void,
  /** Called once, when the first frame has been drawn (its regions reported). */
  onDrawn?: () => void,
  /** The run the stage shows: "How to read this" pauses it while open, and plays it on close. */
  run?: LegendRun,
  /** How many stages it draws (a pipeline's chain has more than one); absent: one. */
  stages?: StageCount,
): StageShell {
  const hint = () => ((stages?.get() ?? 1) > 1 ? CHAIN_HINT : HINT);
  const id = `stage-story-${++shells}`;
  canvas.tabIndex = 0;
  canvas.setAttribute('aria-describedby', id);
  canvas.classList.add('stage-canvas');

  const footer = document.createElement('div');
  footer.className = 'stage-footer';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'stage-legend-button';
  button.textContent = 'How to read this';
  button.setAttribute('aria-haspopup', 'dialog');
  const story = document.createElement('p');
  story.className = 'stage-story';
  story.id = id;
  story.setAttribute('aria-live', 'polite');
  story.textContent = hint();
  // While a message is followed (its story ended too: it stays until the reader is done with it),
  // a way to stop, for a pointer as Esc is for the keys.
  const stop = document.createElement('button');
  stop.type = 'button';
  stop.className = 'stage-stop-button';
  stop.textContent = 'Stop following';
  stop.hidden = true;
  footer.append(button, story, stop);
  const moments = document.createElement('div');
  moments.className = 'visually-hidden';
  moments.setAttribute('aria-live', 'polite');
  moments.dataset.testid = 'stage-moments';
  container.append(footer, moments);

  const onKey = (event: KeyboardEvent) => {
    onAnyKey();
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const input = stageInputForKey(event.key);
    if (input === null) return;
    // The stage's own keys; the page's shortcuts (the arrows step the run) must not also fire.
    event.preventDefault();
    event.stopPropagation();
    send(input);
  };
  // A click, not a pointer down: a finger that swipes across the stage to scroll picks nothing.
  const onPointer = (event: MouseEvent) => {
    const box = canvas.getBoundingClientRect();
    if (box.width <= 0) return;
    send({ kind: 'pick', x: event.clientX - box.left, y: event.clientY - box.top });
  };
  const onStop = () => {
    send({ kind: 'clear' });
    canvas.focus({ preventScroll: true });
  };
  const onLegend = () => {
    void import('./stageLegend.ts').then(({ openStageLegend }) => openStageLegend(button, run));
  };
  let following = false;
  // A finger that tapped the stage focused it too, but a phone has no keys to list: the keys are
  // offered to a stage focused by anything else, and again once a key is pressed on it.
  let tapped = false;
  const idleHint = () => (document.activeElement === canvas && !tapped ? KEY_HINT : hint());
  const onFocusChange = () => {
    // Written only when it changes: the stage count is read on every change of the store.
    const text = idleHint();
    if (!following && story.textContent !== text) story.textContent = text;
  };
  // A pipeline put on or taken off: the hint says where a block can be followed.
  const stopStages = stages?.subscribe(onFocusChange) ?? (() => {});
  const onPointerDown = (event: PointerEvent) => {
    tapped = event.pointerType === 'touch' || event.pointerType === 'pen';
  };
  const onAnyKey = () => {
    if (!tapped) return;
    tapped = false;
    onFocusChange();
  };
  const onReserve = (event: Event) => {
    const box = (event as CustomEvent<StageReserve>).detail ?? null;
    send({ kind: 'reserve', box });
  };
  canvas.addEventListener('stage-reserve', onReserve);
  canvas.addEventListener('keydown', onKey);
  canvas.addEventListener('click', onPointer);
  canvas.addEventListener('pointerdown', onPointerDown);
  canvas.addEventListener('focus', onFocusChange);
  canvas.addEventListener('blur', onFocusChange);
  button.addEventListener('click', onLegend);
  stop.addEventListener('click', onStop);

  /** The story's line as tall as STORY_ROOM would make it at its width, while a message is followed. */
  const keepStoryRoom = () => {
    const width = story.getBoundingClientRect().width;
    if (width <= 0) return;
    const probe = story.cloneNode() as HTMLElement;
    probe.removeAttribute('id');
    probe.removeAttribute('aria-live');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = `position:absolute;visibility:hidden;width:${width}px;min-height:0`;
    probe.textContent = STORY_ROOM;
    footer.append(probe);
    const room = probe.getBoundingClientRect().height;
    probe.remove();
    story.style.minHeight = `${room}px`;
  };

  const hooks = testHooksWanted();
  let drawn = onDrawn;
  const outputs: StageOutputs = {
    describe: (text) => canvas.setAttribute('aria-label', text),
    story: (text) => {
      following = text !== '';
      canvas.dataset.following = String(following);
      story.textContent = following ? text : idleHint();
      // The story in the page's own text colour and a size to read, not the hint's small grey.
      story.classList.toggle('stage-story--told', following);
      stop.hidden = !following;
      if (following) keepStoryRoom();
      else story.style.removeProperty('min-height');
    },
    moment: (text) => {
      moments.textContent = text;
    },
    labels: (frame) => {
      if (!hooks) return;
      canvas.dataset.labels = JSON.stringify(frame);
      window.__stageLabels = frame;
    },
    regions: (regions) => {
      canvas.dataset.regions = JSON.stringify(regions);
      drawn?.();
      drawn = undefined;
    },
    words: (boxes) => {
      canvas.dataset.words = JSON.stringify(boxes);
    },
  };
  return {
    outputs,
    forgetMoments() {
      moments.textContent = '';
    },
    dispose() {
      stopStages();
      canvas.removeEventListener('stage-reserve', onReserve);
      canvas.removeEventListener('keydown', onKey);
      canvas.removeEventListener('click', onPointer);
      canvas.removeEventListener('pointerdown', onPointerDown);
      canvas.removeEventListener('focus', onFocusChange);
      canvas.removeEventListener('blur', onFocusChange);
      button.removeEventListener('click', onLegend);
      stop.removeEventListener('click', onStop);
      footer.remove();
      moments.remove();
    },
  };
}
