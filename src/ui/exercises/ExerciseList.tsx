/**
 * A pack's exercises as links (`?exercise=<id>`, so each can be shared or opened in a new tab), each
 * with the learner's progress. A plain click opens the exercise in place, without reloading.
 */
import type { MouseEvent } from 'react';
import { exerciseUrl } from './exerciseLink.ts';
import { progressOf, statusOf } from './progress.ts';
import { progressWords } from './progressWords.ts';
import { openExercise, useSession, type ShownPack } from './session.ts';

interface ExerciseListProps {
  shown: ShownPack;
  /** The exercise open now, marked in the list. */
  currentId: string | null;
  /** Called after an exercise is opened from the list (to close the popover it sits in). */
  onOpened?: () => void;
}

const MARKS = { 'not-started': '○', tried: '◐', passed: '✓' } as const;

const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function ExerciseList({ shown, currentId, onOpened }: ExerciseListProps) {
  const progress = useSession((s) => s.progress);
  const passed = shown.pack.exercises.filter(
    (e) => statusOf(progressOf(progress, shown.pack.id, e.id)) === 'passed',
  ).length;
  return (
    <>
      <p className="exercise-count" data-testid="exercise-count">
        {passed} of {shown.pack.exercises.length} passed
      </p>
      <ol className="exercise-list">
        {shown.pack.exercises.map((exercise) => {
          const entry = progressOf(progress, shown.pack.id, exercise.id);
          const status = statusOf(entry);
          const href = exerciseUrl(location.href, { pack: shown.ref, exerciseId: exercise.id });
          return (
            <li key={exercise.id} data-exercise={exercise.id} data-status={status}>
              <span className={`progress-mark progress-${status}`} aria-hidden="true">
                {MARKS[status]}
              </span>
              <span className="exercise-entry">
                <a
                  href={href}
                  aria-current={exercise.id === currentId ? 'true' : undefined}
                  onClick={(event) => {
                    if (!plainClick(event)) return;
                    event.preventDefault();
                    openExercise(shown.ref, exercise.id);
                    onOpened?.();
                  }}
                >
                  {exercise.title}
                </a>
                <span className="progress-words" data-testid={`progress-${exercise.id}`}>
                  {progressWords(entry)}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
