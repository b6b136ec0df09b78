/** Progressive hints, one at a time, from a nudge to the answer; how many were shown is remembered. */
import { useEffect, useRef } from 'react';
import { TermText } from '../glossary/TermText.tsx';
import { revealHint } from './session.ts';

interface HintListProps {
  hints: readonly string[];
  shown: number;
  /** Glossary terms already linked above (TermText): each is linked once. */
  seen: Set<string>;
}

export function HintList({ hints, shown, seen }: HintListProps) {
  const latest = useRef<HTMLLIElement>(null);
  const revealed = useRef(shown);
  // Focus moves to a hint just revealed (not to one restored from last time), so it is read at once.
  useEffect(() => {
    if (shown > revealed.current) latest.current?.focus();
    revealed.current = shown;
  }, [shown]);
  const visible = hints.slice(0, shown);
  return (
    <section className="hints" aria-labelledby="hints-title">
      <h3 id="hints-title">Hints</h3>
      {visible.length > 0 && (
        <ol className="hint-list">
          {visible.map((hint, i) => (
            <li key={i} ref={i === visible.length - 1 ? latest : undefined} tabIndex={-1}>
              <TermText text={hint} seen={seen} />
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button type="button" className="button" onClick={revealHint}>
          {shown === 0 ? 'Show a hint' : 'Show another hint'}{' '}
          <span className="muted">
            ({shown + 1} of {hints.length})
          </span>
        </button>
      ) : (
        <p className="help">That was the last hint: it gives the change itself.</p>
      )}
    </section>
  );
}
