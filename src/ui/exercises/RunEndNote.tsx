/**
 * In exercise mode the live run stops at the exercise's duration, where its check stops: this says
 * so when it happens, and offers to run it again from the start.
 */
import { atExerciseEnd } from '../../store/exerciseEnd.ts';
import { playgroundStore, usePlayground } from '../../store/index.ts';

export function RunEndNote() {
  const ended = usePlayground((s) => !s.playing && atExerciseEnd(s));
  const seconds = usePlayground((s) => s.exercise?.exercise.durationSec ?? 0);
  const words = `${seconds} s`;
  return (
    // Always in the page, so a screen reader hears the words when they appear.
    <div role="status" className="run-end-slot">
      {ended && (
        <div className="notice run-end" data-testid="run-end">
          <p>
            The exercise’s {words} are up: Check uses the same {words}.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              // Play at the end starts the run again from the beginning.
              playgroundStore.getState().play();
            }}
          >
            Run again
          </button>
        </div>
      )}
    </div>
  );
}
