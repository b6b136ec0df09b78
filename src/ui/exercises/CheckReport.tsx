/**
 * A check's result: the headline, the note for a tempting wrong answer when the settings were one,
 * each goal met or missed with its worst seed and by how much, and every seed's numbers behind a
 * disclosure.
 */
import type { CheckResult } from '../../exercises/index.ts';
import { ProblemList } from '../share/ProblemList.tsx';

interface CheckReportProps {
  result: CheckResult;
  /** The learner changed the settings after this check ran. */
  stale: boolean;
  /** What the pack says about the tempting wrong answer these settings were; null when none. */
  wrongNote?: string | null;
  /**
   * How the learner's prediction before this check compared with its result, in a sentence; null
   * when none was asked or given.
   */
  predicted?: string | null;
  /** After a failed check: the seed where it failed worst, and how to run it on the stage. */
  watch?: { seed: number; onWatch: () => void; watching: boolean } | null;
}

export function CheckReport({
  result,
  stale,
  wrongNote = null,
  watch = null,
  predicted = null,
}: CheckReportProps) {
  return (
    <div
      className={`check-report ${result.passed ? 'check-passed' : 'check-failed'}`}
      data-testid="check-report"
      data-status={result.status}
    >
      <p className="check-headline" data-testid="check-headline">
        {result.headline}
      </p>
      {predicted !== null && (
        <p className="prediction-beside" data-testid="prediction-beside-result">
          {predicted}
        </p>
      )}
      {wrongNote !== null && (
        <p className="wrong-answer-note" data-testid="wrong-answer-note">
          <strong>A common wrong turn.</strong> {wrongNote}
        </p>
      )}
      {stale && (
        <p className="help">
          Your settings have changed since this check. Check again to see how they do.
        </p>
      )}
      {result.status === 'refused' ? (
        result.problems.length > 0 && (
          <ProblemList problems={result.problems} whole="The scenario" />
        )
      ) : (
        <>
          {watch !== null && (
            <p className="watch-seed">
              <button type="button" className="button" onClick={watch.onWatch}>
                Watch seed {watch.seed}, where it failed
              </button>{' '}
              <span className="muted" data-testid="watch-seed-status" aria-live="polite">
                {watch.watching
                  ? `The stage now runs seed ${watch.seed} from the start, with the settings checked.`
                  : ''}
              </span>
            </p>
          )}
          <ul className="goal-results">
            {result.goals.map((goal) => (
              <li
                key={goal.goalIndex}
                data-testid="goal-result"
                data-passed={goal.passed ? 'true' : 'false'}
              >
                <span className="goal-mark" aria-hidden="true">
                  {goal.passed ? '✓' : '✗'}
                </span>
                <span>
                  <strong>{goal.label}</strong>
                  {goal.line}
                </span>
              </li>
            ))}
          </ul>
          <details className="seed-details">
            <summary>Every seed’s numbers</summary>
            <ul className="seed-results">
              {result.seeds.map((seed) => (
                <li key={seed.seed}>
                  <strong>
                    Seed {seed.seed}: {seed.passed ? 'every goal met' : 'not every goal met'}
                  </strong>
                  <ul>
                    {seed.goals.map((goal) => (
                      <li key={goal.goalIndex}>
                        <span className="goal-mark" aria-hidden="true">
                          {goal.passed ? '✓' : '✗'}
                        </span>{' '}
                        {goal.text}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
