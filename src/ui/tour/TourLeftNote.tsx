/**
 * What the tour says as it closes, when closing changed the page (it put its story back in place of
 * the reader's scenario, or kept what the reader chose in it, see leaveTour): a short note in the
 * page's flow, right under the header (under Start here, where the focus goes back), read out
 * politely. It goes when the reader moves on (changes the scenario) or presses OK. In the flow, not
 * laid over the page: fixed to the window's foot it covered whatever was there as the reader
 * scrolled, the preset buttons say (try 7 #12); here it covers nothing, and scrolls away with the
 * header.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { playgroundStore } from '../../store/index.ts';
import { dismissLeftNote, useTourRequest } from './openTour.ts';

/** A place in the page's flow right after the playground's header, for as long as the note shows. */
function useSlotAfterHeader(): HTMLElement | null {
  const [slot] = useState(() => {
    if (document.querySelector('.playground-header') === null) return null;
    const made = document.createElement('div');
    made.className = 'tour-left-slot';
    return made;
  });
  useLayoutEffect(() => {
    if (slot === null) return;
    document.querySelector('.playground-header')?.after(slot);
    return () => slot.remove();
  }, [slot]);
  return slot;
}

export function TourLeftNote() {
  const { leftNote } = useTourRequest();
  useEffect(() => {
    const scenario = playgroundStore.getState().scenario;
    return playgroundStore.subscribe((s) => {
      if (s.scenario !== scenario) dismissLeftNote();
    });
  }, []);
  const slot = useSlotAfterHeader();
  if (leftNote === null) return null;
  const note = (
    <aside className="tour-left-note" aria-label="Guided tour" data-testid="tour-left-note">
      <p role="status">{leftNote}</p>
      <button type="button" className="button" onClick={dismissLeftNote}>
        OK
      </button>
    </aside>
  );
  // Without the playground's header (not expected), where it is rendered: beside Start here.
  return slot === null ? note : createPortal(note, slot);
}
