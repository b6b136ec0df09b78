/**
 * Says plainly that the link could not be opened, that the default comparison runs instead, and what
 * was wrong with the link, part by part.
 */
import type { CompareProblem } from '../../compare/compareLink.ts';
import { compareStore, useCompare } from './compareInstance.ts';

const SHOWN = 8;
const NONE: readonly CompareProblem[] = [];

function where(problem: CompareProblem): string {
  const part = problem.column === null ? 'The link' : `Column ${problem.column}`;
  return problem.path ? `${part}, ${problem.path}` : part;
}

export function LinkNotice() {
  const problems = useCompare((s) => (s.problemsFrom === 'link' ? s.problems : NONE));
  if (problems.length === 0) return null;
  const hidden = problems.length - SHOWN;
  return (
    <div className="notice" role="alert" data-testid="link-notice">
      <div className="notice-body">
        <p>
          This comparison link could not be opened, so the page shows its default comparison
          instead. What is wrong with the link:
        </p>
        <ul className="problem-list">
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>
              {where(p)}: {p.message}.
            </li>
          ))}
          {hidden > 0 && <li>…and {hidden} more.</li>}
        </ul>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => compareStore.getState().dismissProblems()}
      >
        Dismiss
      </button>
    </div>
  );
}
