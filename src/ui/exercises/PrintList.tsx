/**
 * What a printed exercise needs that the screen shows as controls: the prediction it asks for (with
 * room to write it), the settings it lets you change (in words, as the controls are labelled), the
 * hints only when asked for (a handout for the room leaves them out: the last one gives the
 * answer), and the pack's exercises as a list. Shown only in print (exercises.css). The solution and
 * the explanation are never printed.
 */
import type { Exercise } from '../../exercises/index.ts';
import { knobWords } from './knobWords.ts';
import type { ShownPack } from './session.ts';

interface PrintListProps {
  shown: ShownPack;
  exercise: Exercise;
  /** Print every hint, under a line that says to read them only when stuck. */
  withHints: boolean;
}

export function PrintList({ shown, exercise, withHints }: PrintListProps) {
  return (
    <div className="print-only" data-testid="print-list">
      {exercise.prediction && (
        <>
          <h3>Before you check</h3>
          <p>{exercise.prediction.question}</p>
          <p className="print-answer-line">
            Your prediction:
            {exercise.prediction.choices !== null
              ? ` ${exercise.prediction.choices.map((c) => `☐ ${c}`).join('   ')}`
              : ` ____________ ${exercise.prediction.unit}`}
          </p>
        </>
      )}
      <h3>Settings you may change</h3>
      <ul className="knob-list">
        {exercise.knobs.map((path) => (
          <li key={path}>{knobWords(path)}</li>
        ))}
      </ul>
      {withHints && exercise.hints.length > 0 && (
        <>
          <h3>Hints</h3>
          <p className="help">Read one at a time, and only when you are stuck.</p>
          <ol className="hint-list">
            {exercise.hints.map((hint, i) => (
              <li key={i}>{hint}</li>
            ))}
          </ol>
        </>
      )}
      <h3>The exercises in “{shown.pack.title}”</h3>
      <ol className="print-pack-list">
        {shown.pack.exercises.map((e) => (
          <li key={e.id} aria-current={e.id === exercise.id ? 'true' : undefined}>
            {e.title}
          </li>
        ))}
      </ol>
    </div>
  );
}
