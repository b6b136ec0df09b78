/**
 * The box beside a knob's slider where an exact value is typed: a slider stops on round numbers,
 * and an exercise's hint may ask for 70/s or 0.9×. Enter or leaving the box applies it; Escape puts
 * the knob's value back. What cannot be read is said under the knob, and the knob keeps its value.
 */
import { useState } from 'react';
import type { NumberKnob } from '../domain/knobs.ts';
import { parseTypedValue, typedText } from '../domain/typedValue.ts';

interface TypedNumberBoxProps {
  knob: NumberKnob;
  /** The knob's value now; null when it is switched off ("No limit"). */
  value: number | null;
  disabled: boolean;
  /** The id of the sentence under the knob that says why a typed value was refused. */
  errorId: string;
  onError: (message: string | null) => void;
  onChange: (path: string, value: number) => void;
}

export function TypedNumberBox({
  knob,
  value,
  disabled,
  errorId,
  onError,
  onChange,
}: TypedNumberBoxProps) {
  // What the reader is typing; null when the box shows the knob's value.
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const shown = draft ?? (value === null ? '' : typedText(value));

  const apply = () => {
    if (draft === null) return;
    const typed = parseTypedValue(draft, knob);
    if (!typed.ok) {
      setRefused(true);
      onError(typed.message);
      return;
    }
    setDraft(null);
    setRefused(false);
    onError(null);
    if (typed.value !== value) onChange(knob.path, typed.value);
  };

  const unit = knob.unit;
  return (
    <span className="typed-number">
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className="typed-number-box"
        aria-label={`${knob.label}, exact value${unit ? ` in ${unit}` : ''}`}
        aria-invalid={refused || undefined}
        aria-describedby={refused ? errorId : undefined}
        data-testid={`typed-${knob.path}`}
        disabled={disabled}
        value={shown}
        // Never narrower than what it holds: a flex row once shrank 1000000 to show "100000".
        style={{ minWidth: typedBoxWidth(shown) }}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
            // What is typed next replaces the value just applied, rather than being added to it.
            e.currentTarget.select();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            setDraft(null);
            setRefused(false);
            onError(null);
          }
        }}
      />
      {unit && (
        <span className="typed-number-unit" aria-hidden="true">
          {unit}
        </span>
      )}
    </span>
  );
}

/** Room for every character of `text` (digits are 1ch each in tabular figures), its padding and border. */
function typedBoxWidth(text: string): string {
  return `calc(${Math.max(4, text.length)}ch + 0.9rem)`;
}
