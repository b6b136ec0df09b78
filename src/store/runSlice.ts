/** The running simulation: the engine, play state and speed. */
import type { StateCreator } from 'zustand/vanilla';
import type { Engine } from '../sim/engine.ts';
import { applyScenario, createEngine, type Applied } from './engineControl.ts';
import type { PlaygroundState, RunSlice } from './types.ts';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 100;

/** Stepping never searches further ahead than this many events for something visible. */
const STEP_EVENT_LIMIT = 10_000;

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

export function createRunSlice(
  engine: Engine,
  playing: boolean,
): StateCreator<PlaygroundState, [], [], RunSlice> {
  return (set, get) => ({
    engine,
    playing,
    speed: 1,
    version: 0,

    play: () => set({ playing: true }),
    pause: () => set({ playing: false }),
    toggle: () => set({ playing: !get().playing }),

    step() {
      // A learner pressing "step" expects to see one thing happen: a message arrives, starts, finishes
      // or is dropped. A fixed slice of time would often show nothing (or a dozen things at once at
      // high rates), and stepping to the bare next event would often land on invisible bookkeeping
      // (a metrics sample, an autoscaler look), so we step until the animation log records something.
      set({ playing: false });
      const engine = get().engine;
      const log = engine.events;
      const sampleMs = engine.scenario.metrics.sampleIntervalMs;
      if (log === null) {
        engine.run(sampleMs);
      } else {
        const before = log.written;
        for (let i = 0; i < STEP_EVENT_LIMIT && log.written === before; i++) {
          const next = engine.nextEventTime();
          if (!Number.isFinite(next)) break;
          engine.advanceTo(next);
        }
        if (log.written === before) engine.run(sampleMs);
      }
      get().refreshLive();
    },

    reset() {
      set({ engine: createEngine(get().scenario), version: get().version + 1 });
      get().refreshLive();
    },

    setSeed(seed) {
      return get().patchScenario('seed', seed);
    },

    setSpeed(speed) {
      set({ speed: clampSpeed(speed) });
    },

    applyToEngine(next, fresh) {
      const { engine, version } = get();
      const applied: Applied = fresh
        ? { kind: 'fresh', engine: createEngine(next) }
        : applyScenario(engine, next);
      if (applied.kind === 'fresh') set({ engine: applied.engine, version: version + 1 });
      get().refreshLive();
    },
  });
}
