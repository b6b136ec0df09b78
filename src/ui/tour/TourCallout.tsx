/**
 * The tour's callout: a ring drawn over the stage around the part a step talks about, with its name
 * on a tag, placed from the geometry the stage reports (`data-regions`, see render/stageRegions.ts).
 * It follows the stage when the window or the page changes size, and as a step begins it scrolls
 * the page, if need be, so the part is in view and not under the tour's card (on a phone the card
 * covers the foot of the window). Decorative for assistive technology: the card says the same.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import type { StageRegionName } from '../../render/stageRegions.ts';
import {
  controlBox,
  reserveOnStage,
  stageCanvas,
  stageParts,
  stageRegions,
  stageWordBoxes,
  stageWords,
  watchStage,
} from './stageOnPage.ts';
import {
  fitsInView,
  RING_BORDER,
  cleanTopScroll,
  scrollRange,
  scrollRangeAll,
  scrollToShow,
  scrollToShowAll,
  shownNow,
  type ScrollRange,
  union,
  type Box,
} from './tourPlacement.ts';
import { calloutPlace, type Names, type Placed } from './tourCalloutPlace.ts';
import type { Side } from './tourRing.ts';
import type { TourControl } from './tourSteps.ts';

/** How big the name tag is: measured once drawn with these words, estimated (tour.css) before. */
const tagSize = (name: string, drawn: HTMLElement | null) =>
  drawn !== null && drawn.offsetWidth > 0 && drawn.textContent === name
    ? { width: drawn.offsetWidth, height: drawn.offsetHeight }
    : { width: name.length * 8.5 + 16, height: 24 };

function toBox(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/**
 * Where the ring goes, in viewport px, or null while the stage or the part is not there
 * (tourCalloutPlace.ts).
 */
function place(target: StageRegionName, names: Names, drawn: HTMLElement | null): Placed | null {
  const canvas = stageCanvas();
  const regions = stageRegions(canvas);
  if (canvas === null || regions == null) return null;
  return calloutPlace(
    target,
    names,
    regions,
    stageWordBoxes(canvas),
    toBox(canvas.getBoundingClientRect()),
    document.documentElement.clientWidth,
    (name) => tagSize(name, drawn),
  );
}

/** Room round the stage's drawing inside its canvas, px: at least 8 at any width (stageLayout.ts `pad`). */
const STAGE_EDGE = 8;

/** What the tour itself lays over the page (fixed, or drawn round a part): never cut by a scroll. */
const OVER_PAGE = '.tour-card, .tour-ring, .tour-tag, .tour-left-note, .popover-panel';

/** A block of words at most this tall (px) is kept whole or scrolled off whole; a taller one by lines. */
const WHOLE_BLOCK = 120;

/**
 * The words and controls on the page that the window's top edge could cut in half at a scroll
 * within `range` (viewport px), those that reach into the band it may fall in: each paragraph,
 * heading or banner whole (a description scrolled half away reads as cut as a line would), a
 * taller block by its lines.
 */
function cutAtTop(range: ScrollRange): Box[] {
  const top = range.low - 1;
  const bottom = range.high + 1;
  const within = (r: DOMRect) => r.height > 0 && r.width > 0 && r.bottom > top && r.top < bottom;
  const boxes: Box[] = [];
  const blocks = new Set<Element>();
  const lines = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || !/\S/.test(node.textContent ?? '')) continue;
    if (!within(parent.getBoundingClientRect()) || parent.closest(OVER_PAGE) !== null) continue;
    const block = blockOf(parent);
    const box = block.getBoundingClientRect();
    if (box.height <= WHOLE_BLOCK) {
      if (!blocks.has(block)) boxes.push(toBox(box));
      blocks.add(block);
      continue;
    }
    lines.selectNodeContents(node);
    for (const line of lines.getClientRects()) if (within(line)) boxes.push(toBox(line));
  }
  for (const control of document.querySelectorAll('button, input, select, textarea')) {
    const r = control.getBoundingClientRect();
    if (!within(r) || control.closest(OVER_PAGE) !== null) continue;
    boxes.push(toBox(r));
  }
  return boxes;
}

/**
 * The nearest element that is laid out as a block (not a line's span or link), or the box round it
 * that holds nothing else (a banner's coloured box round its one paragraph: its edge is seen too).
 */
function blockOf(element: Element): Element {
  let at: Element = element;
  while (at.parentElement !== null && getComputedStyle(at).display.startsWith('inline'))
    at = at.parentElement;
  const words = at.textContent?.trim();
  while (
    at.parentElement !== null &&
    at.parentElement !== document.body &&
    at.parentElement.textContent?.trim() === words &&
    at.parentElement.getBoundingClientRect().height <= WHOLE_BLOCK
  )
    at = at.parentElement;
  return at;
}

/**
 * No border on the ring's open sides, nor a halo (it would spread past them; a clip would cut the
 * name tag, which stands outside the ring).
 */
function openSides(open: readonly Side[]): CSSProperties {
  if (open.length === 0) return {};
  return {
    ...(open.includes('l') ? { borderLeftWidth: 0 } : {}),
    ...(open.includes('t') ? { borderTopWidth: 0 } : {}),
    ...(open.includes('r') ? { borderRightWidth: 0 } : {}),
    ...(open.includes('b') ? { borderBottomWidth: 0 } : {}),
    boxShadow: 'none',
  };
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function TourCallout({
  target,
  name,
  emptyName,
  control,
  card,
  stepKey,
  settled = true,
}: {
  target: StageRegionName;
  /** The page's control the step sends the reader to: shown with the part, clear of the card. */
  control?: TourControl | undefined;
  name: string;
  /** What the tag says while the part is empty (the retry tray before the first retry). */
  emptyName?: string | undefined;
  card: RefObject<HTMLElement | null>;
  /** Changes with the step: the page is scrolled to the part once per step. */
  stepKey: number;
  /**
   * Whether the step's scenario is in place: the page above the stage (its heading, its
   * description) is laid out for it. The scroll waits for that: made before, a description a line
   * longer then pushed the stage down, and the page's top edge cut it (a phone, try 8).
   */
  settled?: boolean;
}) {
  const [placed, setPlaced] = useState<Placed | null>(null);
  const [scrolled, setScrolled] = useState({ x: 0, y: 0 });
  const tagRef = useRef<HTMLSpanElement>(null);

  // The stage's own chips keep clear of the tag and the rings: tell it where they are, and when
  // they go.
  useEffect(() => {
    if (control !== undefined) reserveOnStage(null, '');
    else reserveOnStage(tagRef.current, placed?.name ?? name, placed?.onStage);
  }, [placed, name, control]);
  useEffect(() => () => reserveOnStage(null, ''), []);

  useLayoutEffect(() => {
    const names = { name, empty: emptyName };
    const update = () => {
      const next = place(target, names, tagRef.current);
      // A new object only when something moved: the stage's words are reported often.
      setPlaced((was) => (JSON.stringify(was) === JSON.stringify(next) ? was : next));
      setScrolled({ x: window.scrollX, y: window.scrollY });
    };
    update();
    const stopStage = watchStage(update);
    // The page's height changes as its lazy parts arrive, which can move the stage: follow it.
    const sizes = new ResizeObserver(update);
    sizes.observe(document.body);
    window.addEventListener('resize', update);
    return () => {
      stopStage();
      sizes.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [target, name, emptyName]);

  // Once per step (and once the stage has said where its parts are): bring the part into view.
  const ready = placed !== null;
  useEffect(() => {
    if (!ready || !settled) return;
    const now = place(target, { name }, tagRef.current);
    if (now === null) return;
    const cardBox = card.current ? toBox(card.current.getBoundingClientRect()) : null;
    // At the well the reader is asked to tap a block, whose story the line under the stage tells.
    // Where the whole stage is shown, that line is brought into view once a block is followed
    // (TourStory), not as the step begins: brought in with the stage, it scrolled a phone's page
    // 66 px at step 2 that later steps did not need.
    const storyLine = target === 'well' ? document.querySelector('.stage-story') : null;
    const withStory = (box: Box) =>
      storyLine ? union(box, toBox(storyLine.getBoundingClientRect())) : box;
    // The whole stage when it fits beside the card (the part among the rest), else just the part.
    const whole = toBox(stageCanvas()!.getBoundingClientRect());
    const both = scrollToShow(whole, cardBox, window.innerHeight);
    const fits = fitsInView(whole, cardBox, window.innerHeight);
    // Too tall for that: the foot of the well (the next to leave, the block followed) with its line.
    const foot = storyLine
      ? { ...now.ring, top: now.ring.top + now.ring.height * 0.6, height: now.ring.height * 0.4 }
      : now.ring;
    const footBox = withStory(foot);
    let dy = fits ? both : scrollToShow(footBox, cardBox, window.innerHeight);
    const vh = window.innerHeight;
    let range: ScrollRange = scrollRange(fits ? whole : footBox, cardBox, vh);
    // What the step needs seen: where all of it already is, on screen and clear of the card, the
    // page holds still. The stage's edge (STAGE_EDGE px round it) holds nothing but a chip at times:
    // the stage counts as seen with a few px of its top cut, none of its words (a phone's page, moved
    // up to read a followed block's story over the card, cut 3 px, and step 3 scrolled back).
    const drawn = { ...whole, top: whole.top + STAGE_EDGE, height: whole.height - STAGE_EDGE };
    const stageNow = stageCanvas();
    const edgeWords = stageWords(stageNow, stageRegions(stageNow)).filter((w) => w.top < drawn.top);
    const seen = (box: Box) => (box === whole ? [drawn, ...edgeWords] : [box]);
    let needed: Box[] = [fits ? whole : footBox];
    // A step that sends the reader to a control (the strategy list): the control with the part and
    // its tag, clear of the card (on a phone both above it, the line under the stage left out); the
    // control alone where both do not fit.
    const sent = control ? controlBox(control) : null;
    if (sent !== null) {
      const tag = tagRef.current ? toBox(tagRef.current.getBoundingClientRect()) : now.ring;
      const withControl =
        scrollRangeAll([whole, sent], cardBox, vh) ??
        scrollRangeAll([union(now.ring, tag), sent], cardBox, vh);
      dy =
        scrollToShowAll([whole, sent], cardBox, vh) ??
        scrollToShowAll([union(now.ring, tag), sent], cardBox, vh) ??
        scrollToShow(sent, cardBox, vh);
      range = withControl ?? scrollRange(sent, cardBox, vh);
      needed =
        scrollRangeAll([whole, sent], cardBox, vh) !== null
          ? [whole, sent]
          : withControl !== null
            ? [union(now.ring, tag), sent]
            : [sent];
    }
    // The page holds still from step to step wherever what this step needs is in view already (a
    // reader who has just learned where things are saw them jump at each step): edge to edge, not
    // only with the margin a scroll leaves.
    if (shownNow(needed.flatMap(seen), cardBox, vh)) return;
    // The window's top edge between two lines, not through a heading or a description (a phone).
    const root = document.scrollingElement ?? document.documentElement;
    const limits = { low: -window.scrollY, high: root.scrollHeight - vh - window.scrollY };
    // The stage's own words count too (a chip across its top, say), where the stage is not whole;
    // and its parts' boxes: a phone's last step cut the producer's box, its name above the edge.
    const canvas = stageCanvas();
    const laidOut = stageRegions(canvas);
    const onStage = [...stageWords(canvas, laidOut), ...stageParts(canvas, laidOut)];
    dy = cleanTopScroll(dy, range, [...cutAtTop(range), ...onStage], limits);
    if (dy !== 0) window.scrollBy({ top: dy, behavior: reducedMotion() ? 'auto' : 'smooth' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per step, not per move
  }, [stepKey, ready, settled]);

  // A step that sends the reader to a control of the page's (the strategy list) rings that control,
  // not a part of the stage: its words say "pick any strategy in the list", and a ring on the queue
  // pointed elsewhere (try 7 #10). No tag: the card's words name it.
  if (control !== undefined) return <ControlRing control={control} stepKey={stepKey} />;
  if (placed === null) return null;
  const { ring, apart, vertical, left, lift } = placed;
  const onPage = (b: Box) => ({
    left: b.left + scrolled.x,
    top: b.top + scrolled.y,
    width: b.width,
    height: b.height,
  });
  return (
    <>
      {apart !== null && (
        <div className="tour-ring tour-ring-apart" aria-hidden="true" style={onPage(apart)} />
      )}
      <div
        className="tour-ring"
        aria-hidden="true"
        data-testid="tour-callout"
        data-target={target}
        data-tag={placed.hidden === true ? 'left-out' : 'shown'}
        // Page coordinates: the ring scrolls with the stage without being moved.
        style={{ ...onPage(ring), ...openSides(placed.open) }}
        key={stepKey}
      >
        <span
          ref={tagRef}
          hidden={placed.hidden === true}
          className={`tour-tag ${vertical}`}
          style={
            lift <= 0
              ? { left }
              : vertical === 'beside'
                ? { left, top: `calc(50% + ${lift}px)` }
                : { left, bottom: `calc(100% + ${2 + lift}px)` }
          }
        >
          {placed.name}
        </span>
      </div>
    </>
  );
}

/** Room between a control's choices and its ring, px. */
const CONTROL_PAD = 2;

/**
 * The box round a control's choices with the words that group them ("Let it grow"), viewport px;
 * the control's own box (`controlBox`) where it has no groups (a phone's drop-down and its label).
 */
function choicesBox(control: TourControl): Box | null {
  const part = document.querySelector(`[data-tour="${control}"]`);
  const groups = part
    ? [...part.querySelectorAll('.switcher-group')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
    : [];
  if (groups.length === 0) return controlBox(control);
  const left = Math.min(...groups.map((r) => r.left));
  const top = Math.min(...groups.map((r) => r.top));
  return {
    left,
    top,
    width: Math.max(...groups.map((r) => r.right)) - left,
    height: Math.max(...groups.map((r) => r.bottom)) - top,
  };
}

/** The ring round a control of the page's, following it as the page moves or changes size. */
function ControlRing({ control, stepKey }: { control: TourControl; stepKey: number }) {
  const [box, setBox] = useState<Box | null>(null);
  useLayoutEffect(() => {
    const update = () => {
      const at = choicesBox(control);
      // Close round the choices: the switcher's question sits just over them.
      const room = CONTROL_PAD + RING_BORDER;
      const next =
        at === null
          ? null
          : {
              left: at.left + window.scrollX - room,
              top: at.top + window.scrollY - room,
              width: at.width + 2 * room,
              height: at.height + 2 * room,
            };
      setBox((was) => (JSON.stringify(was) === JSON.stringify(next) ? was : next));
    };
    update();
    const sizes = new ResizeObserver(update);
    sizes.observe(document.body);
    window.addEventListener('resize', update);
    return () => {
      sizes.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [control]);
  if (box === null) return null;
  return (
    <div
      className="tour-ring"
      aria-hidden="true"
      data-testid="tour-callout"
      data-target={control}
      data-tag="none"
      style={box}
      key={stepKey}
    />
  );
}
