/**
 * An exercise as the store holds it while it is worked on: its start and solution seeded with the
 * first seed the check uses (so the run on screen is one the check will run), and its lock checks
 * bound to it.
 */
import { isEditable, lockedChanges, type Exercise } from '../../exercises/index.ts';
import type { ActiveExercise } from '../../store/types.ts';

export function activeExercise(packId: string, exercise: Exercise): ActiveExercise {
  const seed = exercise.seeds[0] ?? exercise.start.seed;
  return {
    packId,
    exercise,
    start: { ...exercise.start, seed },
    solution: { ...exercise.solution, seed },
    locks: {
      isEditable: (path) => isEditable(exercise, path),
      lockedChanges: (scenario) => lockedChanges(exercise, scenario),
    },
  };
}
