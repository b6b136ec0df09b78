/**
 * "Room timer" in the header's menu: a countdown the facilitator starts for an exercise, shown large
 * in a corner of the page. Only this button loads with the header; the setup and the clock load when
 * first wanted (the clock at once when a reload finds a timer still running).
 */
import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { Popover } from '../Popover.tsx';
import { useRoomTimer } from './roomTimerStore.ts';

const RoomTimerSetup = retryableLazy(() => import('./RoomTimerSetup.tsx'));
const RoomTimerClock = retryableLazy(() => import('./RoomTimerClock.tsx'));

export function RoomTimerButton() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const timer = useRoomTimer();
  const onOpenChange = useCallback((next: boolean) => {
    setOpen(next);
    if (next) setLoaded(true);
  }, []);
  return (
    <>
      <Popover label="Room timer" title="Room timer" open={open} onOpenChange={onOpenChange}>
        {loaded && (
          <LazyPart what="the room timer" fallback={<p className="muted">Loading…</p>}>
            <RoomTimerSetup onStarted={() => setOpen(false)} />
          </LazyPart>
        )}
      </Popover>
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
