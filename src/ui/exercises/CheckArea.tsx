/**
 * "Check my answer": runs the check off the main thread with a progress bar and a way to cancel,
 * then shows the report. Before running, it warns about settings the exercise keeps fixed (the
 * check would refuse them unrun). The button (or the progress, while checking) sits in a bar that,
 * when the knobs above it are taller than the screen (their help lines shown, or many knobs open),
 * sticks to the bottom of the screen while they are in view: Check went out of sight there.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import {
  changedPaths,
  comparePrediction,
  isEditable,
  type CheckResult,
} from '../../exercises/index.ts';
import type { Scenario } from '../../sim/scenario.ts';
import { playgroundStore, usePlayground } from '../../store/index.ts';
import { CheckReport } from './CheckReport.tsx';
import { setCheckStarter } from './checkStarter.ts';
import { cancelCheck, runCheck, useSession } from './session.ts';
import { failingSeed } from './failingSeed.ts';
import { PredictionField, predictionText } from './PredictionField.tsx';
import { wrongAnswerNote } from './wrongAnswerNote.ts';

/**
 * Whether the settings differ from the checked ones in a way the check would see: a new seed (as
 * "Watch seed" sets) or name is not a change, since a check runs its own seeds.
 */
export function changedSinceCheck(checked: Scenario, scenario: Scenario): boolean {
  if (checked === scenario) return false;
  return changedPaths(checked, scenario).some((path) => !isEditable({ knobs: [] }, path));
}

/**
 * Runs the checked settings on `seed` from the start, as the check did, so the failure can be
 * watched; a fresh run that "Undo" can take back.
 */
function watchSeed(checked: Scenario, seed: number): boolean {
  const store = playgroundStore.getState();
  const loaded = store.setScenario({ ...checked, seed }, { record: true, fresh: true });
  if (loaded) store.play();
  return loaded;
}

export function CheckArea() {
  const id = useId();
  // The seed last sent to the stage, and for which check (a new check starts without one).
  const [watched, setWatched] = useState<{ seed: number; checked: Scenario } | null>(null);
  const check = useSession((s) => s.check);
  const scenario = usePlayground((s) => s.scenario);
  const exercise = usePlayground((s) => s.exercise);
  const locked = useMemo(
    () => (exercise ? exercise.locks.lockedChanges(scenario) : []),
    [exercise, scenario],
  );

  // The learner's prediction for this exercise, and what it was when the last check started.
  const exerciseKey = exercise ? `${exercise.packId}/${exercise.exercise.id}` : '';
  const [predicting, setPredicting] = useState({ key: '', value: '' });
  const [predicted, setPredicted] = useState<{ key: string; answer: string }>({
    key: '',
    answer: '',
  });
  const prediction = exercise?.exercise.prediction ?? null;
  const predictionValue = predicting.key === exerciseKey ? predicting.value : '';
  const checkWithPrediction = () => {
    setPredicted({ key: exerciseKey, answer: prediction ? predictionValue : '' });
    runCheck();
  };
  // The goal bar's Check (under the stage on a narrow screen) runs this one, prediction and all.
  useEffect(() => setCheckStarter(checkWithPrediction));
  /** How the prediction made before this check compared with its result, in a sentence. */
  const predictionWords = (result: CheckResult): string | null => {
    if (!prediction || predicted.key !== exerciseKey) return null;
    const echo = predictionText(prediction, predicted.answer);
    if (echo === null) return null;
    return comparePrediction(prediction, result, predicted.answer) ?? `Your prediction: ${echo}.`;
  };

  const watchFor = (result: CheckResult, checked: Scenario) => {
    const seed = failingSeed(result);
    if (seed === null) return null;
    return {
      seed,
      watching: watched?.checked === checked && watched.seed === seed && scenario.seed === seed,
      onWatch: () => {
        if (watchSeed(checked, seed)) setWatched({ seed, checked });
      },
    };
  };

  if (check.status === 'running') {
    const progress = check.progress;
    const percent = Math.round((progress?.fraction ?? 0) * 100);
    const where = progress
      ? `Checking seed ${progress.seed} (${progress.seedsDone + 1} of ${progress.seedCount})…`
      : 'Starting the check…';
    // A long check says how long it has left, so a learner knows whether to wait or to cancel.
    const left = check.timeLeft === null ? '' : ` ${check.timeLeft}`;
    return (
      <div className="check-bar check-running" data-testid="check-running">
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
    <>
      <div className="check-area">
        {locked.length > 0 && (
          <p className="knob-problem">
            These settings change {locked.map((p) => p.path).join(', ')}, which this exercise keeps
            fixed, so the check will not run them. “Start over” goes back to the start.
          </p>
        )}
        {prediction && (
          <PredictionField
            prediction={prediction}
            value={predictionValue}
            onChange={(value) => setPredicting({ key: exerciseKey, value })}
          />
        )}
      </div>
      {/* Its own box, a sibling of the knobs (see ExerciseBody): when they are taller than the
          screen it stays at the bottom of the screen while any of them is in view. */}
      <div className="check-bar">
        <button type="button" className="button primary" onClick={checkWithPrediction}>
          Check my answer
        </button>
      </div>
      {check.status === 'finished' &&
        (check.outcome.kind === 'done' ? (
          <CheckReport
            result={check.outcome.result}
            stale={changedSinceCheck(check.checked, scenario)}
            wrongNote={
              exercise
                ? wrongAnswerNote(exercise.exercise, check.outcome.result, check.checked)
                : null
            }
            watch={watchFor(check.outcome.result, check.checked)}
            predicted={predictionWords(check.outcome.result)}
          />
        ) : (
          <p className="knob-problem" data-testid="check-failed">
            The check could not finish: {check.outcome.message}. Try again; if it keeps failing,
            reload the page.
          </p>
        ))}
    </>
  );
}
