/**
 * Tells the page's author, in the figure itself, which options or which part of the scenario could
 * not be used and what is used instead. The figure runs either way; the reader can dismiss the note.
 */
import { useState } from 'react';
import { usePlayground } from '../../store/index.ts';
import type { ScenarioProblem } from '../../sim/parseScenario.ts';
import type { EmbedProblem } from '../../embed/embedOptions.ts';

/** One empty list, so the store selector below returns the same value while nothing is wrong. */
const NONE: readonly ScenarioProblem[] = [];

export function EmbedNotice({ problems }: { problems: readonly EmbedProblem[] }) {
  // Only problems with the scenario the figure was opened with; the figure has no knobs to get wrong.
  const linkProblems = usePlayground((s) => (s.problemsFrom === 'link' ? s.problems : NONE));
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || (problems.length === 0 && linkProblems.length === 0)) return null;
  return (
    <div className="notice embed-notice" data-testid="embed-notice">
      <div>
        {linkProblems.length > 0 && (
          <>
            <p>The scenario could not be opened, so the figure shows the first one instead:</p>
            <ul>
              {linkProblems.map((p) => (
                <li key={`${p.path}:${p.message}`}>{`${p.path || 'Scenario'}: ${p.message}.`}</li>
              ))}
            </ul>
          </>
        )}
        {problems.length > 0 && (
          <>
            <p>Some options could not be used:</p>
            <ul>
              {problems.map((p) => (
                <li key={`${p.option}:${p.message}`}>{`${p.option}: ${p.message}.`}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
