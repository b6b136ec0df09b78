/**
 * A counter that follows the store's live refreshes but changes at most once per `intervalMs`, with
 * a trailing update so the last refresh (after a pause or a step) is never missed, and at once when
 * a new run starts.
 */
import { startTransition, useEffect, useState } from 'react';
import { playgroundStore } from '../../store/index.ts';
import { refreshNow } from './refreshNow.ts';

export function useThrottledTick(intervalMs: number): number {
  const [tick, setTick] = useState(() => playgroundStore.getState().live.tick);
  useEffect(() => {
    let last = 0;
    let timer: number | undefined;
    const flush = () => {
      timer = undefined;
      last = performance.now();
      // A transition: React renders the charts in slices and yields to frames and input in between.
      startTransition(() => setTick(playgroundStore.getState().live.tick));
    };
    const unsubscribe = playgroundStore.subscribe((state, previous) => {
      if (state.live === previous.live) return;
      const wait = intervalMs - (performance.now() - last);
      const now = refreshNow(wait, previous.live.timeMs, state.live.timeMs);
      if (now && timer !== undefined) {
        window.clearTimeout(timer);
        timer = undefined;
      }
      if (now) flush();
      else if (timer === undefined) timer = window.setTimeout(flush, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [intervalMs]);
  return tick;
}
