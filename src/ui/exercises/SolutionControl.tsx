/**
 * "Show the solution", which asks first: it replaces the learner's settings with the reference
 * solution (as a fresh run, so they can watch it work), and "Undo" brings theirs back.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { applySolution } from './session.ts';

export function SolutionControl() {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) open.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <button ref={open} type="button" className="button" onClick={() => setAsking(true)}>
        Show the solution
      </button>
    );
  return (
    <div className="solution-confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`}>
        Show the reference solution? It replaces your settings and runs it from the start; “Undo
        last change” brings yours back.
      </p>
      <div className="exercise-actions">
        <button
          ref={confirm}
          type="button"
          className="button primary"
          onClick={() => {
            applySolution();
            setAsking(false);
          }}
        >
          Yes, show it
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          Not yet
        </button>
      </div>
    </div>
  );
}
