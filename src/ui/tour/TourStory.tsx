/**
 * The followed message's story, in the tour's card, while the stage's own line (under the stage)
 * cannot be read: on a phone the card lies along the window's foot, over that line. A copy for the
 * eye only: the stage's line is the one read out (it is a polite live region), so this one is hidden
 * from screen readers. Nothing while no message is followed, or while the stage's line is in view
 * and clear of the card.
 */
import { useEffect, useState, type RefObject } from 'react';
import { stageCanvas, storyLine, storyHidden } from './stageOnPage.ts';

export function TourStory({ card }: { card: RefObject<HTMLElement | null> }) {
  const [text, setText] = useState('');
  useEffect(() => {
    let frame = 0;
    /** Whether the line was brought out from under the card for the message followed now. */
    let shown = false;
    const update = () => {
      frame = 0;
      const line = storyLine();
      const el = card.current;
      if (line === null) shown = false;
      // A message just followed whose line is under the card (a phone's, along the window's foot):
      // the page goes up once so the line is read in its place, over the card, where the stage
      // above it stays in view (it keeps its room to the story's end, stageShell.ts); the card
      // tells the story only where that cannot be. Its copy, in a card at its tallest, was cut
      // with "More below" over its last line.
      if (line !== null && el !== null && !shown && storyHidden(line, el)) {
        shown = true;
        const cardTop = el.getBoundingClientRect().top;
        // 8 px clear of the card where that leaves the stage whole above; else 2 px, so the stage
        // keeps its top in view (and the next step, needing it whole, holds still).
        const stageTop = stageCanvas()?.getBoundingClientRect().top ?? Infinity;
        const dy = Math.ceil(
          Math.max(
            line.box.bottom - (cardTop - 2),
            Math.min(line.box.bottom - (cardTop - 8), Math.floor(stageTop)),
          ),
        );
        if (dy > 0 && line.box.top - dy >= 0) {
          window.scrollBy({ top: dy, behavior: 'instant' });
          setText('');
          return;
        }
      }
      setText(line !== null && el !== null && storyHidden(line, el) ? line.text : '');
    };
    const later = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    // The story's words change on the stage's line; following starts and stops on the canvas.
    const section = document.querySelector('[data-tour="stage"]');
    const changes = new MutationObserver(later);
    if (section !== null)
      changes.observe(section, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['data-following'],
      });
    const sizes = new ResizeObserver(later);
    if (card.current !== null) sizes.observe(card.current);
    window.addEventListener('scroll', later, { passive: true });
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      changes.disconnect();
      sizes.disconnect();
      window.removeEventListener('scroll', later);
      window.removeEventListener('resize', later);
    };
  }, [card]);
  if (text === '') return null;
  return (
    <p className="tour-story" aria-hidden="true" data-testid="tour-story">
      {text}
    </p>
  );
}
