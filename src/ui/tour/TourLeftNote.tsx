/**
 * What the tour says as it closes, when closing changed the page (it put its story back in place of
 * the reader's scenario, see leaveTour): a short note at the window's foot, read out politely. It goes when the reader moves on (changes the scenario) or presses OK.
 */
import { useEffect } from 'react';
import { playgroundStore } from '../../store/index.ts';
import { dismissLeftNote, useTourRequest } from './openTour.ts';

export function TourLeftNote() {
  const { leftNote } = useTourRequest();
  useEffect(() => {
    const scenario = playgroundStore.getState().scenario;
    return playgroundStore.subscribe((s) => {
      if (s.scenario !== scenario) dismissLeftNote();
    });
  }, []);
  if (leftNote === null) return null;
  return (
    <aside
      className="tour-invite tour-left-note"
      aria-label="Guided tour"
      data-testid="tour-left-note"
    >
      <p role="status">{leftNote}</p>
      <button type="button" className="button" onClick={dismissLeftNote}>
        OK
      </button>
    </aside>
  );
}
