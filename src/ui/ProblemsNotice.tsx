/**
 * Says plainly what was refused and what runs instead: after a damaged share link, the defaults;
 * after a bad change, the last good settings. Lists what was wrong, field by field.
 */
import { playgroundStore, usePlayground } from '../store/index.ts';
import { ProblemList } from './share/ProblemList.tsx';

export function ProblemsNotice() {
  const problems = usePlayground((s) => s.problems);
  const from = usePlayground((s) => s.problemsFrom);
  if (problems.length === 0) return null;
  const fromLink = from !== 'change';
  return (
    <div className="notice" role="alert" data-testid="problems-notice">
      <div className="notice-body">
        <p>
          {from === 'link'
            ? 'This link could not be opened, so the playground shows its defaults instead. What is wrong with the link:'
            : from === 'view'
              ? 'This link opened, but some of its display options could not be used and were left as usual:'
              : 'That change was not applied; the last good settings keep running. What was wrong:'}
        </p>
        <ProblemList problems={problems} whole={fromLink ? 'The link' : 'The scenario'} />
      </div>
      <button
        type="button"
        className="button"
        onClick={() => playgroundStore.getState().dismissProblems()}
      >
        Dismiss
      </button>
    </div>
  );
}
