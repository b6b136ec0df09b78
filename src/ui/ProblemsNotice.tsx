/**
 * Says plainly what was refused and what runs instead: after a damaged share link, the defaults;
 * after a bad change, the last good settings. Lists what was wrong, field by field.
 */
import { playgroundStore, usePlayground } from '../store/index.ts';
import { ProblemList } from './share/ProblemList.tsx';

/**
 * `about` picks which problems this copy shows: a link's belong at the top of the page, where the
 * reader looks first after following it; a refused change belongs beside the controls that made it.
 */
export function ProblemsNotice({ about }: { about: 'link' | 'change' }) {
  const problems = usePlayground((s) => s.problems);
  const from = usePlayground((s) => s.problemsFrom);
  if (problems.length === 0 || (from === 'change') !== (about === 'change')) return null;
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

/** The copy at the top of the page, for a link's problems (a lazy component's default export). */
export default function LinkProblemsNotice() {
  return <ProblemsNotice about="link" />;
}
