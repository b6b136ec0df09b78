/**
 * The first visit's invitation to the tour: a small note just under Start here, pointing at it,
 * laid over the page (it never pushes anything down) and away from the stage's controls. It does
 * not take the focus; "Not now" makes it go for good, and it steps aside by itself once the reader
 * starts on their own (changes the scenario), to come back on a later visit.
 */
import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { playgroundStore } from '../../store/index.ts';
import { declineInvitation, openTour } from './openTour.ts';
import { tourStorage } from './tourProgress.ts';
import './tour.css';

interface Spot {
  top: number;
  right: number;
  /** Where the pointer sits, from the note's right edge: under Start here's middle. */
  caret: number;
  /**
   * Beside Start here, on one line, where the header has room for it (wide screens): under it, the
   * note would cover the end of the line above the stage ("Pick a strategy to see what gives").
   */
  beside: boolean;
}

/** The one-line note's width at most (tour.css keeps it within this), and its gap to Start here. */
const BESIDE_WIDTH = 25 * 16;
const BESIDE_GAP = 14;

/** As tour.css draws it: 19rem, or the page's width less 0.5rem each side. */
const noteWidth = (pageWidth: number) => Math.min(19 * 16, pageWidth - 16);

function spotUnder(button: Element | null): Spot | null {
  if (button === null) return null;
  const box = button.getBoundingClientRect();
  const pageWidth = document.documentElement.clientWidth;
  const title = document.querySelector('.page-header h1')?.getBoundingClientRect();
  if (title && box.left - BESIDE_GAP - BESIDE_WIDTH >= title.right + 16)
    return {
      top: box.top + window.scrollY + box.height / 2,
      right: pageWidth - box.left + BESIDE_GAP,
      caret: 0,
      beside: true,
    };
  // Flush with Start here's right edge, unless that would push the note off the page's left.
  const right = Math.max(8, Math.min(pageWidth - box.right, pageWidth - noteWidth(pageWidth) - 8));
  return {
    top: box.bottom + window.scrollY + 10,
    right,
    caret: pageWidth - right - (box.left + box.width / 2),
    beside: false,
  };
}

export function TourInvitation({ onAway }: { onAway(): void }) {
  const [spot, setSpot] = useState<Spot | null>(null);
  useLayoutEffect(() => {
    const place = () =>
      setSpot(spotUnder(document.querySelector('[data-testid="start-here"] button')));
    place();
    window.addEventListener('resize', place);
    const scenario = playgroundStore.getState().scenario;
    const stop = playgroundStore.subscribe((s) => {
      if (s.scenario !== scenario) onAway();
    });
    return () => {
      window.removeEventListener('resize', place);
      stop();
    };
  }, [onAway]);
  if (spot === null) return null;
  return createPortal(
    <aside
      className={spot.beside ? 'tour-invite tour-invite-beside' : 'tour-invite'}
      aria-label="Guided tour"
      data-testid="tour-invitation"
      style={{ top: spot.top, right: spot.right }}
    >
      <span
        className="tour-invite-caret"
        style={spot.beside ? undefined : { right: spot.caret - 7 }}
        aria-hidden="true"
      />
      <p>
        <strong>New here?</strong>{' '}
        <span className={spot.beside ? 'visually-hidden' : undefined}>
          A one-minute tour shows what to look at.
        </span>
      </p>
      <div className="tour-buttons">
        <button type="button" className="button primary" onClick={() => openTour('beginning')}>
          Take the tour
        </button>
        <button type="button" className="button" onClick={() => declineInvitation(tourStorage())}>
          Not now
        </button>
      </div>
    </aside>,
    document.body,
  );
}
