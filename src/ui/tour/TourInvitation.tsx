/**
 * The first visit's invitation to the tour: a small note in a corner of the window (along its foot
 * on narrow screens), over the page and never pushing it, that the reader may take or leave. It
 * does not take the focus; "Not now" makes it go for good.
 */
import { createPortal } from 'react-dom';
import { declineInvitation, openTour } from './openTour.ts';
import { tourStorage } from './tourProgress.ts';
import './tour.css';

export function TourInvitation() {
  return createPortal(
    <aside className="tour-card tour-invite" aria-label="Guided tour" data-testid="tour-invitation">
      <p>
        <strong>New here?</strong> A one-minute tour shows what the stage is telling you.
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
