/**
 * "Start here" in the page header: opens the guided tour (see tour/openTour.ts) at the step the
 * reader reached. The tour's code loads on first use; `?tour=1` opens it by itself, and a first
 * visit shows a small invitation to it, right after the button in the page and in the Tab order.
 */
import { LazyPart } from './loading/LoadBoundary.tsx';
import { retryableLazy } from './loading/retryableLazy.ts';
import { arriveAtTour, openTour, setInvitationAside, useTourRequest } from './tour/openTour.ts';
import { TourInvitation } from './tour/TourInvitation.tsx';
import { tourStorage } from './tour/tourProgress.ts';

const Tour = retryableLazy(() => import('./tour/Tour.tsx'));

// Once per page, as the header's code arrives (however often the header is drawn again: a window
// crossing the wide breakpoint), and before its first render, so the invitation arrives with the
// header's buttons, into the room the page kept for it (tour/tourArrival.ts), not a frame later.
if (typeof window !== 'undefined') arriveAtTour(location.search, tourStorage());

/** Whether this visit was invited: its room is kept to the end of the visit (tourArrival.ts). */
const roomKept = () =>
  typeof document !== 'undefined' && 'tourInvite' in document.documentElement.dataset;

export function StartHere() {
  const { open, invited, leftNote } = useTourRequest();
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
      {invited && !open ? (
        <TourInvitation onAway={setInvitationAside} />
      ) : (
        roomKept() && <TourInvitation away onAway={setInvitationAside} />
      )}
      {(open || leftNote !== null) && (
        <LazyPart what="the guided tour">
          <Tour key={String(open)} />
        </LazyPart>
      )}
    </div>
  );
}
