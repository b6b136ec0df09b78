/**
 * The first visit's pointer at the tour: a small note right after Start here, in the page's order
 * (so Tab reaches its buttons next) and in room of its own, so it covers nothing: beside Start here
 * in a wide header's row, in a band under the header elsewhere (global.css keeps the band from the
 * first paint, see tourArrival.ts). It does not take the focus; "Not now" makes it go for good, and
 * so does the reader starting on their own (changing the scenario): it steps aside and is not offered
 * again on later visits (Start here stays in the header). Gone, it keeps its room for the rest of the visit, unseen (`away`): the reader's
 * first strategy switch would otherwise move the stage they are watching.
 */
import { useEffect } from 'react';
import { playgroundStore } from '../../store/index.ts';
import { declineInvitation } from './openTour.ts';
import { tourStorage } from './tourProgress.ts';
import './tour.css';

// One invitation, not two: Start here is the one way in. The note beside it had its own "Take the
// tour" button, and a reader saw "Start here" and "New here? Take the tour" side by side as two
// invitations to two things. The note now points at Start here (its caret, its words) and offers
// only "Not now".
export function TourInvitation({ onAway, away = false }: { onAway(): void; away?: boolean }) {
  useEffect(() => {
    if (away) return;
    const scenario = playgroundStore.getState().scenario;
    return playgroundStore.subscribe((s) => {
      if (s.scenario !== scenario) onAway();
    });
  }, [onAway, away]);
  if (away)
    return (
      <aside
        className="tour-invite"
        aria-hidden="true"
        inert
        style={{ visibility: 'hidden' }}
        data-testid="tour-invitation-room"
      >
        <span className="tour-invite-caret" aria-hidden="true" />
        <p>
          <strong>New here?</strong>{' '}
          <span className="tour-invite-more">
            Start here: a one-minute tour of what to look at.
          </span>
        </p>
        <div className="tour-buttons">
          {/* The same button, for the same size; inert, so never reached or announced. */}
          <button type="button" className="button" tabIndex={-1}>
            Not now
          </button>
        </div>
      </aside>
    );
  return (
    <aside className="tour-invite" aria-label="Guided tour" data-testid="tour-invitation">
      <span className="tour-invite-caret" aria-hidden="true" />
      <p>
        <strong>New here?</strong>{' '}
        <span className="tour-invite-more">Start here: a one-minute tour of what to look at.</span>
      </p>
      <div className="tour-buttons">
        <button type="button" className="button" onClick={() => declineInvitation(tourStorage())}>
          Not now
        </button>
      </div>
    </aside>
  );
}
