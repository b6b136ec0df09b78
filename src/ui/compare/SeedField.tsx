/** The shared seed, shown and editable: the same seed gives every column the same messages. */
import { useState } from 'react';
import { fieldInfo } from '../fieldInfo.ts';
import { compareStore, useCompare } from './compareInstance.ts';

const MAX_SEED = 4_294_967_295;

export function SeedField() {
  const seed = useCompare((s) => s.comparison.columns[0]?.seed ?? 0);
  const problem = useCompare((s) =>
    s.problemsFrom === 'change'
      ? s.problems.find((p) => p.column === null && p.path === 'seed')
      : undefined,
  );
  // What the reader is typing, kept apart from the store until it is a valid seed.
  const [draft, setDraft] = useState<string | null>(null);
  const description = fieldInfo('seed', null).description;

  const commit = (text: string) => {
    if (text.trim() !== '' && compareStore.getState().setShared('seed', Number(text)))
      setDraft(null);
  };

  return (
    <div className="knob seed">
      <div className="knob-head">
        <label htmlFor="compare-seed">Seed</label>
      </div>
      <div className="seed-row">
        <input
          id="compare-seed"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_SEED}
          step={1}
          value={draft ?? String(seed)}
          aria-describedby={
            problem ? 'compare-seed-help compare-seed-problem' : 'compare-seed-help'
          }
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(null);
            // A new seed is the reader's choice, not the simulation's, so plain Math.random is fine here.
            compareStore.getState().setShared('seed', Math.floor(Math.random() * MAX_SEED));
          }}
        >
          New seed
        </button>
      </div>
      <p className="help" id="compare-seed-help">
        {description} Press Enter to apply.
      </p>
      {problem && (
        <p className="knob-problem" id="compare-seed-problem">
          Not applied: {problem.message}. The columns go on with seed {seed}.
        </p>
      )}
    </div>
  );
}
