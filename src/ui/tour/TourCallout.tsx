/**
 * The tour's callout: a ring drawn over the stage around the part a step talks about, with its name
 * on a tag, placed from the geometry the stage reports (`data-regions`, see render/stageRegions.ts).
 * It follows the stage when the window or the page changes size, and as a step begins it scrolls
 * the page, if need be, so the part is in view and not under the tour's card (on a phone the card
 * covers the foot of the window). Decorative for assistive technology: the card says the same.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { StageRegionName } from '../../render/stageRegions.ts';
import {
  reserveOnStage,
  stageCanvas,
  stageRegions,
  stageWords,
  watchStage,
} from './stageOnPage.ts';
import {
  fitsInView,
  ringBox,
  ringClearOfWords,
  scrollToShow,
  tagPlace,
  union,
  type Box,
} from './tourPlacement.ts';

interface Placed {
  ring: Box;
  vertical: 'above' | 'below' | 'inside';
  /** The tag's left edge from the ring's, px. */
  left: number;
  /** Above the ring: how much higher than usual, px. */
  lift: number;
}

/** How big the name tag is: measured once drawn, estimated (tour.css) before. */
const tagSize = (name: string, drawn: HTMLElement | null) =>
  drawn !== null && drawn.offsetWidth > 0
    ? { width: drawn.offsetWidth, height: drawn.offsetHeight }
    : { width: name.length * 8.5 + 16, height: 24 };

function toBox(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/**
 * Where the ring goes, in viewport px, or null while the stage or the part is not there; its tag on a
 * side clear of the stage's words.
 */
function place(target: StageRegionName, name: string, drawn: HTMLElement | null): Placed | null {
  const canvas = stageCanvas();
  const regions = stageRegions(canvas);
  const region = regions?.regions[target];
  if (canvas === null || regions == null || region === undefined) return null;
  const box = toBox(canvas.getBoundingClientRect());
  if (box.width <= 0) return null;
  const words = stageWords(canvas, regions);
  const ring = ringClearOfWords(ringBox(region, regions, box), words, box);
  const pageWidth = document.documentElement.clientWidth;
  return { ring, ...tagPlace(ring, box, tagSize(name, drawn), pageWidth, words) };
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function TourCallout({
  target,
  name,
  card,
  stepKey,
}: {
  target: StageRegionName;
  name: string;
  card: RefObject<HTMLElement | null>;
  /** Changes with the step: the page is scrolled to the part once per step. */
  stepKey: number;
}) {
  const [placed, setPlaced] = useState<Placed | null>(null);
  const [scrolled, setScrolled] = useState({ x: 0, y: 0 });
  const tagRef = useRef<HTMLSpanElement>(null);

  // The stage's own chips keep clear of the tag: tell it where the tag is, and when it goes.
  useEffect(() => {
    reserveOnStage(tagRef.current, name);
  }, [placed, name]);
  useEffect(() => () => reserveOnStage(null, ''), []);

  useLayoutEffect(() => {
    const update = () => {
      const next = place(target, name, tagRef.current);
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
  }, [target, name]);

  // Once per step (and once the stage has said where its parts are): bring the part into view.
  const ready = placed !== null;
  useEffect(() => {
    if (!ready) return;
    const now = place(target, name, tagRef.current);
    if (now === null) return;
    const cardBox = card.current ? toBox(card.current.getBoundingClientRect()) : null;
    // At the well the reader is asked to tap a block, whose story the line under the stage tells:
    // that line is brought into view with it (on a phone the card would cover it).
    const storyLine = target === 'well' ? document.querySelector('.stage-story') : null;
    const withStory = (box: Box) =>
      storyLine ? union(box, toBox(storyLine.getBoundingClientRect())) : box;
    // The whole stage when it fits beside the card (the part among the rest), else just the part.
    const whole = withStory(toBox(stageCanvas()!.getBoundingClientRect()));
    const both = scrollToShow(whole, cardBox, window.innerHeight);
    const fits = fitsInView(whole, cardBox, window.innerHeight);
    // Too tall for that: the foot of the well (the next to leave, the block followed) with its line.
    const foot = storyLine
      ? { ...now.ring, top: now.ring.top + now.ring.height * 0.6, height: now.ring.height * 0.4 }
      : now.ring;
    const dy = fits ? both : scrollToShow(withStory(foot), cardBox, window.innerHeight);
    if (dy !== 0) window.scrollBy({ top: dy, behavior: reducedMotion() ? 'auto' : 'smooth' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per step, not per move
  }, [stepKey, ready]);

  if (placed === null) return null;
  const { ring, vertical, left, lift } = placed;
  return (
    <div
      className="tour-ring"
      aria-hidden="true"
      data-testid="tour-callout"
      data-target={target}
      // Page coordinates: the ring scrolls with the stage without being moved.
      style={{
        left: ring.left + scrolled.x,
        top: ring.top + scrolled.y,
        width: ring.width,
        height: ring.height,
      }}
      key={stepKey}
    >
      <span
        ref={tagRef}
        className={`tour-tag ${vertical}`}
        style={lift > 0 ? { left, bottom: `calc(100% + ${2 + lift}px)` } : { left }}
      >
        {name}
      </span>
    </div>
  );
}
