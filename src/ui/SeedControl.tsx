/** The seed, shown and editable: the same seed gives the same run. */
import { useState } from 'react';
import { playgroundStore, usePlayground } from '../store/index.ts';
import { fieldInfo } from './fieldInfo.ts';

const MAX_SEED = 4_294_967_295;

export function SeedControl() {
  const seed = usePlayground((s) => s.scenario.seed);
  const problem = usePlayground((s) => s.problems.find((p) => p.path === 'seed'));
  // What the reader is typing, kept apart from the store until it is a valid seed.
  const [draft, setDraft] = useState<string | null>(null);
  const description = fieldInfo('seed', null).description;

  const commit = (text: string) => {
    const value = Number(text);
    if (text.trim() !== '' && playgroundStore.getState().setSeed(value)) setDraft(null);
  };

  return (
    <div className="knob seed">
      <div className="knob-head">
        <label htmlFor="seed">Seed</label>
      </div>
      <div className="seed-row">
        <input
          id="seed"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_SEED}
          step={1}
          value={draft ?? String(seed)}
          aria-describedby={problem ? 'seed-help seed-problem' : 'seed-help'}
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
            playgroundStore.getState().setSeed(Math.floor(Math.random() * MAX_SEED));
          }}
        >
          New seed
        </button>
      </div>
      <p className="help" id="seed-help">
        {description} Press Enter to apply.
      </p>
      {problem && (
        <p className="knob-problem" id="seed-problem">
          Not applied: {problem.message}. The run goes on with seed {seed}.
        </p>
      )}
    </div>
  );
}
