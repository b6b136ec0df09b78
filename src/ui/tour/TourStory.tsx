/**
 * The followed message's story, in the tour's card, while the stage's own line (under the stage)
 * cannot be read: on a phone the card lies along the window's foot, over that line. A copy for the
 * eye only: the stage's line is the one read out (it is a polite live region), so this one is hidden
 * from screen readers. Nothing while no message is followed, or while the stage's line is in view
 * and clear of the card.
 */
import { useEffect, useState, type RefObject } from 'react';
import { storyLine, storyHidden } from './stageOnPage.ts';

export function TourStory({ card }: { card: RefObject<HTMLElement | null> }) {
  const [text, setText] = useState('');
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = storyLine();
      const el = card.current;
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
