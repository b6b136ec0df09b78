/**
 * Exercise mode: the exercise being worked on and the link being followed. The lock checks come
 * bound into `ActiveExercise` from the exercise module, which loads lazily, so this slice imports
 * only types and the page's first JavaScript stays small. The scenario slice asks `exercise.locks`
 * before every change, so no control, file or link can change a field the exercise keeps fixed.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { ExerciseSlice, PlaygroundState } from './types.ts';

export const createExerciseSlice: StateCreator<PlaygroundState, [], [], ExerciseSlice> = (
  set,
  get,
) => ({
  exerciseRoute: null,
  exercise: null,
  exerciseReturn: null,

  followExerciseRoute(route) {
    if (route === null) get().leaveExercise();
    else set({ exerciseRoute: route });
  },

  enterExercise(active, attempt = null) {
    const state = get();
    // Moving from one exercise to the next keeps what the free playground showed before the first.
    const back = state.exerciseReturn ?? {
      scenario: state.scenario,
      presetId: state.presetId,
      history: state.history,
    };
    // The free playground's undo history would lead back past the locks; it returns on leaving.
    set({ exercise: active, exerciseReturn: back, history: [], presetId: null });
    get().setScenario(active.start, { fresh: true });
    const accepted = attempt === null || get().setScenario(attempt, { fresh: true });
    // A page opened on an exercise waits, paused, for it (see storeFromLink.ts); now it runs.
    get().play();
    return accepted;
  },

  startOver() {
    const active = get().exercise;
    if (active) get().setScenario(active.start, { record: true, fresh: true });
  },

  showSolution() {
    const active = get().exercise;
    if (active) get().setScenario(active.solution, { record: true, fresh: true });
  },

  leaveExercise() {
    const back = get().exerciseReturn;
    set({ exercise: null, exerciseRoute: null, exerciseReturn: null });
    if (back === null) return;
    get().setScenario(back.scenario, { fresh: true });
    set({ presetId: back.presetId, history: back.history, problems: [] });
  },
});
