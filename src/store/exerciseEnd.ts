/**
 * In exercise mode the live run lasts as long as the exercise's check does (its durationSec), so
 * the cards at the end show what the check measures on its first seed.
 */
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
