/**
 * "Start here" in the page header: opens the guided tour (see tour/openTour.ts) at the step the
 * reader reached. The tour's code loads on first use; `?tour=1` opens it by itself, and a first
 * visit shows a small invitation to it.
 */
import { useEffect } from 'react';
import { LazyPart } from './loading/LoadBoundary.tsx';
import { retryableLazy } from './loading/retryableLazy.ts';
import { arriveAtTour, openTour, setInvitationAside, useTourRequest } from './tour/openTour.ts';
import { TourInvitation } from './tour/TourInvitation.tsx';
import { tourStorage } from './tour/tourProgress.ts';

const Tour = retryableLazy(() => import('./tour/Tour.tsx'));

/** Once per page, however often the header is drawn again (a window crossing the wide breakpoint). */
let arrived = false;

export function StartHere() {
  const { open, invited } = useTourRequest();
  useEffect(() => {
    if (arrived) return;
    arrived = true;
    arriveAtTour(location.search, tourStorage());
  }, []);
  return (
    <div className="start-here" data-testid="start-here">
      <button
        type="button"
        className="button primary"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => openTour()}
      >
        Start here
      </button>
      {invited && !open && <TourInvitation onAway={setInvitationAside} />}
      {open && (
        <LazyPart what="the guided tour">
          <Tour />
        </LazyPart>
      )}
    </div>
  );
}
