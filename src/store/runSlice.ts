/** The running simulation: the driver that hosts it, play state and speed. */
import type { StateCreator } from 'zustand/vanilla';
import type { SimDriver } from '../driver/simDriver.ts';
import type { PlaygroundState, RunSlice } from './types.ts';
import { clampSpeed } from '../domain/speed.ts';

export { clampSpeed, MAX_SPEED, MIN_SPEED } from '../domain/speed.ts';

export function createRunSlice(
  driver: SimDriver,
  playing: boolean,
): StateCreator<PlaygroundState, [], [], RunSlice> {
  return (set, get) => {
    // The driver says when its run changed (at once on this thread, by message from a worker).
    driver.onUpdate((fresh) => {
      set({ engine: driver.readout, ...(fresh ? { version: get().version + 1 } : {}) });
      get().refreshLive();
    });
    return {
      driver,
      engine: driver.readout,
      playing,
      speed: 1,
      version: 0,

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      toggle: () => set({ playing: !get().playing }),

      step() {
        set({ playing: false });
        driver.step();
      },

      inject(trigger) {
        driver.inject(trigger);
      },

      reset() {
        driver.load(get().scenario);
      },

      setSeed(seed) {
        return get().patchScenario('seed', seed);
      },

      setSpeed(speed) {
        set({ speed: clampSpeed(speed) });
      },

      applyToEngine(next, fresh) {
        if (fresh) driver.load(next);
        else driver.apply(next);
      },
    };
  };
}
