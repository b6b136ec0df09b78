/**
 * A counter that follows the store's live refreshes but changes at most once per `intervalMs`, with
 * a trailing update so the last refresh (after a pause or a step) is never missed, and at once (not
 * as a transition) when a new run starts.
 */
import { startTransition, useEffect, useState } from 'react';
import { playgroundStore } from '../../store/index.ts';
import { refreshNow } from './refreshNow.ts';

export function useThrottledTick(intervalMs: number): number {
  const [tick, setTick] = useState(() => playgroundStore.getState().live.tick);
  useEffect(() => {
    let last = 0;
    let timer: number | undefined;
    const flush = (urgent = false) => {
      timer = undefined;
      last = performance.now();
      const next = playgroundStore.getState().live.tick;
      // A new run at once: as a transition, the old run's lines stayed a while under its zeros.
      if (urgent) setTick(next);
      // Else a transition: React renders the charts in slices and yields to frames and input.
      else startTransition(() => setTick(next));
    };
    const unsubscribe = playgroundStore.subscribe((state, previous) => {
      if (state.live === previous.live) return;
      const wait = intervalMs - (performance.now() - last);
      const when = refreshNow(wait, previous.live.timeMs, state.live.timeMs);
      if (when !== 'later' && timer !== undefined) {
        window.clearTimeout(timer);
        timer = undefined;
      }
      if (when !== 'later') flush(when === 'urgent');
      else if (timer === undefined) timer = window.setTimeout(() => flush(), wait);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [intervalMs]);
  return tick;
}
