/** Says plainly when an input was not applied and that the last good settings are still running. */
import { playgroundStore, usePlayground } from '../store/index.ts';

export function ProblemsNotice() {
  const problems = usePlayground((s) => s.problems);
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="alert">
      <p>
        That change was not applied; the last good settings keep running.{' '}
        {problems.map((p) => `${p.path || 'Scenario'}: ${p.message}.`).join(' ')}
      </p>
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
