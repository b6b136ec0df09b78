/** The numbers React shows. Refreshed by the frame loop at most ~10 times a second, never per frame. */
import type { StateCreator } from 'zustand/vanilla';
import type { SimReadout } from '../driver/simReadout.ts';
import type { LiveSlice, PlaygroundState } from './types.ts';

export function createLiveSlice(
  engine: SimReadout,
): StateCreator<PlaygroundState, [], [], LiveSlice> {
  return (set, get) => ({
    live: {
      summary: engine.summary(),
      sinceChange: engine.summarySinceChange(),
      timeMs: engine.now,
      tick: 0,
    },
    refreshLive() {
      const { engine: current, live } = get();
      set({
        live: {
          summary: current.summary(),
          sinceChange: current.summarySinceChange(),
          timeMs: current.now,
          tick: live.tick + 1,
        },
      });
    },
  });
}
