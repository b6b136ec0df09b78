/**
 * The shares of each priority level, typed as a short list ("6, 3, 1"): the schema's only list field,
 * which no slider fits. Checked by the schema when applied; a bad list keeps the last good one.
 */
import { useState } from 'react';
import { parseWeights } from '../../compare/parseWeights.ts';
import { compareStore, useCompare } from './compareInstance.ts';

const PATH = 'workload.priorityWeights';

export function PriorityField() {
  const weights = useCompare((s) => s.comparison.columns[0]?.workload.priorityWeights ?? [1]);
  const problem = useCompare((s) =>
    s.problemsFrom === 'change'
      ? s.problems.find((p) => p.column === null && p.path.startsWith(PATH))
      : undefined,
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [typo, setTypo] = useState(false);

  const commit = (text: string) => {
    const parsed = parseWeights(text);
    setTypo(parsed === null);
    if (parsed !== null && compareStore.getState().setShared(PATH, parsed)) setDraft(null);
  };
  const message = typo
    ? 'write one to five numbers separated by commas, such as 6, 3, 1'
    : problem?.message;

  return (
    <div className="knob">
      <div className="knob-head">
        <label htmlFor="compare-priorities">Priority shares</label>
      </div>
      <input
        id="compare-priorities"
        type="text"
        className="text-input"
        inputMode="decimal"
        autoComplete="off"
        value={draft ?? weights.join(', ')}
        aria-describedby={
          message ? 'compare-priorities-help compare-priorities-problem' : 'compare-priorities-help'
        }
        aria-invalid={message ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
      <p className="help" id="compare-priorities-help">
        Share of messages at each priority level, lowest first: “1” gives every message the same
        priority; “6, 3, 1” makes most of them unimportant. Press Enter to apply.
      </p>
      {message && (
        <p className="knob-problem" id="compare-priorities-problem">
          Not applied: {message}. The columns go on with {weights.join(', ')}.
        </p>
      )}
    </div>
  );
}
