/**
 * "Room timer…" in the header's menu: a countdown the facilitator starts for an exercise, shown large
 * in a corner of the page. The setup opens as a small dialog of its own (the menu closes as it
 * opens). Only this button loads with the header; the setup and the clock load when first wanted
 * (the clock at once when a reload finds a timer still running).
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { useCloseMenus } from '../Popover.tsx';
import { useRoomTimer } from './roomTimerStore.ts';

const RoomTimerSetup = retryableLazy(() => import('./RoomTimerSetup.tsx'));
const RoomTimerClock = retryableLazy(() => import('./RoomTimerClock.tsx'));

export function RoomTimerButton() {
  const [open, setOpen] = useState(false);
  const timer = useRoomTimer();
  const closeMenus = useCloseMenus();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          closeMenus();
          setOpen(true);
        }}
      >
        Room timer…
      </button>
      {open && (
        <LazyPart what="the room timer">
          <RoomTimerSetup onClose={() => setOpen(false)} />
        </LazyPart>
      )}
      {timer !== null &&
        createPortal(
          <LazyPart what="the room timer">
            <RoomTimerClock timer={timer} />
          </LazyPart>,
          document.body,
        )}
    </>
  );
}
