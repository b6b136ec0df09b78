/**
 * What is wrong with a link or a file, one item per field. Long lists (a summary file imported by
 * mistake has dozens of unknown fields) are cut short with a count, so the notice stays readable.
 */
import type { ScenarioProblem } from '../../sim/parseScenario.ts';
import './share.css';

const SHOWN = 8;

interface ProblemListProps {
  problems: readonly ScenarioProblem[];
  /** What a problem without a field is about, e.g. "The link" or "The file". */
  whole: string;
}

export function ProblemList({ problems, whole }: ProblemListProps) {
  const hidden = problems.length - SHOWN;
  return (
    <ul className="problem-list">
      {problems.slice(0, SHOWN).map((p) => (
        <li key={`${p.path}\n${p.message}`}>
          {p.path ? <code>{p.path}</code> : whole}: {p.message}.
        </li>
      ))}
      {hidden > 0 && <li>…and {hidden} more.</li>}
    </ul>
  );
}
