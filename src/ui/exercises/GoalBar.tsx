/**
 * The goal bar: on a narrow screen, right under the stage, the exercise's goals one line each with
 * how the last check found them, and Check. The exercise panel with its story, knobs and report
 * comes screens further down there, and a learner watching the stage lost sight of what it was
 * meant to do. "Details" leads down to the panel. A wide screen has the panel beside the stage and
 * no bar (global.css).
 */
import { useId } from 'react';
import { goalLabel } from '../../exercises/index.ts';
import { usePlayground } from '../../store/index.ts';
import { changedSinceCheck } from './CheckArea.tsx';
import { startCheck } from './checkStarter.ts';
import { goalStatuses, type GoalStatus } from './goalStatus.ts';
import { cancelCheck, useSession } from './session.ts';

const MARKS: Record<GoalStatus, { mark: string; words: string }> = {
  met: { mark: '✓', words: 'met' },
  missed: { mark: '✗', words: 'missed' },
  checking: { mark: '…', words: 'being checked' },
  unchecked: { mark: '○', words: 'not checked yet' },
};

/** Brings the panel's report (or, before a check, its title) into view and gives the title focus. */
function showDetails(): void {
  const title = document.getElementById('exercise-title');
  const target = document.querySelector('[data-testid="check-report"]') ?? title;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  title?.focus({ preventScroll: true });
}

export default function GoalBar() {
  const id = useId();
  const active = usePlayground((s) => s.exercise);
  const scenario = usePlayground((s) => s.scenario);
  const check = useSession((s) => s.check);
  if (active === null) return null;
  const { goals } = active.exercise;
  const statuses = goalStatuses(goals.length, check);
  const summary =
    check.status === 'running'
      ? `Checking… ${Math.round((check.progress?.fraction ?? 0) * 100)}%`
      : check.status === 'idle'
        ? 'Not checked yet.'
        : check.outcome.kind !== 'done' || check.outcome.result.status === 'refused'
          ? 'The check did not run: see the details.'
          : `${check.outcome.result.passed ? 'Passed' : 'Not yet'}: ${statuses.filter((s) => s === 'met').length} of ${goals.length} met${
              changedSinceCheck(check.checked, scenario) ? ', before your last change' : ''
            }.`;
  return (
    <section className="goal-bar" aria-labelledby={`${id}-title`} data-testid="goal-bar">
      <div className="goal-bar-head">
        <h2 id={`${id}-title`} className="goal-bar-title">
          Goals
        </h2>
        <p className="goal-bar-summary" data-testid="goal-bar-summary">
          {summary}
        </p>
      </div>
      <ul className="goal-bar-list">
        {goals.map((goal, i) => {
          const status = statuses[i] ?? 'unchecked';
          return (
            <li key={i} data-status={status} data-testid="goal-bar-goal">
              <span className="goal-mark" aria-hidden="true">
                {MARKS[status].mark}
              </span>
              <span>
                {goalLabel(goal)}
                <span className="visually-hidden">: {MARKS[status].words}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="goal-bar-actions">
        {check.status === 'running' ? (
          <button type="button" className="button" onClick={cancelCheck}>
            Cancel the check
          </button>
        ) : (
          <button type="button" className="button primary" onClick={startCheck}>
            Check
          </button>
        )}
        <button type="button" className="button" onClick={showDetails}>
          Details <span aria-hidden="true">↓</span>
        </button>
      </div>
    </section>
  );
}
