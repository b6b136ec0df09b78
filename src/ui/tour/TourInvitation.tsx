/**
 * The first visit's invitation to the tour: a small note right after Start here, in the page's order
 * (so Tab reaches its buttons next) and in room of its own, so it covers nothing: beside Start here
 * in a wide header's row, in a band under the header elsewhere (global.css keeps the band from the
 * first paint, see tourArrival.ts). It does not take the focus; "Not now" makes it go for good, and
 * it steps aside by itself once the reader starts on their own (changes the scenario), to come back
 * on a later visit.
 */
import { useEffect } from 'react';
import { playgroundStore } from '../../store/index.ts';
import { declineInvitation, openTour } from './openTour.ts';
import { tourStorage } from './tourProgress.ts';
import './tour.css';

export function TourInvitation({ onAway }: { onAway(): void }) {
  useEffect(() => {
    const scenario = playgroundStore.getState().scenario;
    return playgroundStore.subscribe((s) => {
      if (s.scenario !== scenario) onAway();
    });
  }, [onAway]);
  return (
    <aside className="tour-invite" aria-label="Guided tour" data-testid="tour-invitation">
      <span className="tour-invite-caret" aria-hidden="true" />
      <p>
        <strong>New here?</strong>{' '}
        <span className="tour-invite-more">A one-minute tour shows what to look at.</span>
      </p>
      <div className="tour-buttons">
        <button type="button" className="button primary" onClick={() => openTour('beginning')}>
          Take the tour
        </button>
        <button type="button" className="button" onClick={() => declineInvitation(tourStorage())}>
          Not now
        </button>
      </div>
    </aside>
  );
}
