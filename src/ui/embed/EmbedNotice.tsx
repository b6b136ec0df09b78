/**
 * Tells the page's author, in the figure itself, which options or which part of the scenario could
 * not be used and what is used instead, and which of the page's controls asked for something the
 * figure cannot do. The figure runs either way; the reader can dismiss the note, and a control that
 * fails later brings it back for that control alone.
 */
import { useState, useSyncExternalStore } from 'react';
import { usePlayground } from '../../store/index.ts';
import type { ScenarioProblem } from '../../sim/parseScenario.ts';
import type { EmbedProblem } from '../../embed/embedOptions.ts';
import type { ControlNotice } from '../../embed/controlNotice.ts';

/** One empty list, so the store selector below returns the same value while nothing is wrong. */
const NONE: readonly ScenarioProblem[] = [];

export function EmbedNotice({
  problems,
  control,
}: {
  problems: readonly EmbedProblem[];
  control: ControlNotice;
}) {
  // Only problems with the scenario the figure was opened with; the figure has no knobs to get wrong.
  const linkProblems = usePlayground((s) => (s.problemsFrom === 'link' ? s.problems : NONE));
  const controlProblem = useSyncExternalStore(control.subscribe, () => control.current);
  // Null until dismissed; then the serial of the control problem shown at that moment (0 for none).
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const opening = dismissedAt === null && (problems.length > 0 || linkProblems.length > 0);
  const fromControl =
    controlProblem !== null && (dismissedAt === null || controlProblem.serial > dismissedAt)
      ? controlProblem
      : null;
  if (!opening && fromControl === null) return null;
  return (
    <div className="notice embed-notice" data-testid="embed-notice">
      <div>
        {opening && linkProblems.length > 0 && (
          <>
            <p>The scenario could not be opened, so the figure shows the first one instead:</p>
            <ul>
              {linkProblems.map((p) => (
                <li key={`${p.path}:${p.message}`}>{`${p.path || 'Scenario'}: ${p.message}.`}</li>
              ))}
            </ul>
          </>
        )}
        {opening && problems.length > 0 && (
          <>
            <p>Some options could not be used:</p>
            <ul>
              {problems.map((p) => (
                <li key={`${p.option}:${p.message}`}>{`${p.option}: ${p.message}.`}</li>
              ))}
            </ul>
          </>
        )}
        {fromControl !== null && (
          // A new element for each problem, so a screen reader announces a repeat of the same one too.
          <div role="alert" key={fromControl.serial} data-testid="embed-control-problem">
            <p>
              A control on the page asked for something the figure cannot do, so nothing changed:
            </p>
            <ul>
              <li>{`${fromControl.message}.`}</li>
            </ul>
          </div>
        )}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => setDismissedAt(controlProblem?.serial ?? 0)}
      >
        Dismiss
      </button>
    </div>
  );
}
