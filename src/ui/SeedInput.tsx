/**
 * A seed field: shown, editable, applied on Enter or leaving the field, with "New seed" and the
 * reason a typed seed was refused. The playground and the compare page each say what a seed changes.
 */
import { useState } from 'react';
import { fieldInfo } from '../domain/fieldInfo.ts';

const MAX_SEED = 4_294_967_295;

interface SeedInputProps {
  /** The input's id; the help and problem lines hang off it. */
  id: string;
  seed: number;
  problem: { message: string } | undefined;
  /** Tries a seed; false when it was refused (the problem says why). */
  onSeed(seed: number): boolean;
  /** What keeps running after a refusal, e.g. "The run goes on". */
  goesOn: string;
}

export function SeedInput({ id, seed, problem, onSeed, goesOn }: SeedInputProps) {
  // What the reader is typing, kept apart from the store until it is a valid seed.
  const [draft, setDraft] = useState<string | null>(null);
  const description = fieldInfo('seed', null).description;
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;

  const commit = (text: string) => {
    if (text.trim() !== '' && onSeed(Number(text))) setDraft(null);
  };

  return (
    <div className="knob seed">
      <div className="knob-head">
        <label htmlFor={id}>Seed</label>
      </div>
      <div className="seed-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_SEED}
          step={1}
          value={draft ?? String(seed)}
          aria-describedby={problem ? `${helpId} ${problemId}` : helpId}
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
            onSeed(Math.floor(Math.random() * MAX_SEED));
          }}
        >
          New seed
        </button>
      </div>
      <p className="help" id={helpId}>
        {description} Press Enter to apply.
      </p>
      {problem && (
        <p className="knob-problem" id={problemId}>
          Not applied: {problem.message}. {goesOn} with seed {seed}.
        </p>
      )}
    </div>
  );
}
