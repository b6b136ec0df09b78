/**
 * "Check my answer": runs the check off the main thread with a progress bar and a way to cancel,
 * then shows the report. Before running, it warns about settings the exercise keeps fixed (the
 * check would refuse them unrun).
 */
import { useId, useMemo } from 'react';
import { usePlayground } from '../../store/index.ts';
import { CheckReport } from './CheckReport.tsx';
import { cancelCheck, runCheck, useSession } from './session.ts';
import { wrongAnswerNote } from './wrongAnswerNote.ts';

export function CheckArea() {
  const id = useId();
  const check = useSession((s) => s.check);
  const scenario = usePlayground((s) => s.scenario);
  const exercise = usePlayground((s) => s.exercise);
  const locked = useMemo(
    () => (exercise ? exercise.locks.lockedChanges(scenario) : []),
    [exercise, scenario],
  );

  if (check.status === 'running') {
    const progress = check.progress;
    const percent = Math.round((progress?.fraction ?? 0) * 100);
    const where = progress
      ? `Checking seed ${progress.seed} (${progress.seedsDone + 1} of ${progress.seedCount})…`
      : 'Starting the check…';
    // A long check says how long it has left, so a learner knows whether to wait or to cancel.
    const left = check.timeLeft === null ? '' : ` ${check.timeLeft}`;
    return (
      <div className="check-area" data-testid="check-running">
        <p id={`${id}-label`} className="check-progress-label">
          {where}
          {left}
        </p>
        <div
          className="check-progress"
          role="progressbar"
          aria-labelledby={`${id}-label`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}% checked${check.timeLeft === null ? '' : `, ${check.timeLeft}`}`}
        >
          <div className="check-progress-bar" style={{ width: `${percent}%` }} />
        </div>
        <button type="button" className="button" onClick={cancelCheck}>
          Cancel
        </button>
      </div>
    );
  }

  return (
    <div className="check-area">
      {locked.length > 0 && (
        <p className="knob-problem">
          These settings change {locked.map((p) => p.path).join(', ')}, which this exercise keeps
          fixed, so the check will not run them. “Start over” goes back to the start.
        </p>
      )}
      <button type="button" className="button primary" onClick={runCheck}>
        Check my answer
      </button>
      {check.status === 'finished' &&
        (check.outcome.kind === 'done' ? (
          <CheckReport
            result={check.outcome.result}
            stale={check.checked !== scenario}
            wrongNote={
              exercise
                ? wrongAnswerNote(exercise.exercise, check.outcome.result, check.checked)
                : null
            }
          />
        ) : (
          <p className="knob-problem" data-testid="check-failed">
            The check could not finish: {check.outcome.message}. Try again; if it keeps failing,
            reload the page.
          </p>
        ))}
    </div>
  );
}
