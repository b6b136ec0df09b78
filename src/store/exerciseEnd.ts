/**
 * In exercise mode the live run lasts as long as the exercise's check does (its durationSec): the
 * driver stops it exactly there, the store pauses, and Play starts it again from the beginning. The
 * exercise module switches this on when it loads (src/ui/exercises/session.ts), so the page's first
 * JavaScript carries none of it.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { PlaygroundState } from './types.ts';

/** The open exercise's end in simulated ms, or null in the free playground. */
export function exerciseEndMs(state: Pick<PlaygroundState, 'exercise'>): number | null {
  return state.exercise === null ? null : state.exercise.exercise.durationSec * 1000;
}

/** Whether the run has reached the open exercise's end. */
export function atExerciseEnd(state: Pick<PlaygroundState, 'exercise' | 'engine'>): boolean {
  const end = exerciseEndMs(state);
  return end !== null && state.engine.now >= end;
}

/** Keeps the run within the open exercise's duration; returns a stop function. */
export function watchExerciseEnd(store: StoreApi<PlaygroundState>): () => void {
  store.getState().driver.setStopAt(exerciseEndMs(store.getState()));
  /** The run's version when Play restarted it, until the new run arrives; null otherwise. */
  let restartedFrom: number | null = null;
  return store.subscribe((state, previous) => {
    const end = exerciseEndMs(state);
    if (end !== exerciseEndMs(previous)) state.driver.setStopAt(end);
    // Play at the end runs it again from the start: the run cannot go past the end.
    if (state.playing && !previous.playing && atExerciseEnd(state)) {
      restartedFrom = state.version;
      state.reset();
      return;
    }
    // A worker may still send the old run's numbers before the new run's: they do not count.
    if (restartedFrom !== null) {
      if (state.version === restartedFrom) return;
      restartedFrom = null;
    }
    if (state.playing && state.live !== previous.live && atExerciseEnd(state)) state.pause();
  });
}
