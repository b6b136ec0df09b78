/**
 * One exercise being worked on: the story, the goals in words, the settings to change, the check,
 * hints, the solution, the explanation once passed, and the ways back and onwards.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { goalLabel } from '../../exercises/index.ts';
import { playgroundStore, usePlayground } from '../../store/index.ts';
import type { ActiveExercise, ExerciseRoute } from '../../store/types.ts';
import { copyText } from '../share/copyText.ts';
import { useStatus } from '../share/useStatus.ts';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { CheckArea } from './CheckArea.tsx';
import { RunEndNote } from './RunEndNote.tsx';
import { UnprovenPackNote } from './UnprovenPackNote.tsx';
import { answerUrl } from './exerciseLink.ts';
import { HintList } from './HintList.tsx';
import { ExerciseKnobs } from './ExerciseKnobs.tsx';
import { Paragraphs } from './Paragraphs.tsx';
import { progressOf } from './progress.ts';
import { openExercise, startOver, useSession } from './session.ts';
import { PrintList } from './PrintList.tsx';
import { SolutionControl } from './SolutionControl.tsx';
import { explanationShown } from './explanationShown.ts';
import { useTallKnobs } from './useTallKnobs.ts';

const ShowProgress = retryableLazy(() => import('./ShowProgress.tsx'));

/**
 * Set by "Next": the button sits far down by Check, and the next exercise would open with its story
 * and goals scrolled out of view above, so the new exercise's panel is brought into view and its
 * title takes the focus (the button itself is gone).
 */
let bringNextIntoView = false;

function showNewExercise(title: HTMLHeadingElement): void {
  const panel = title.closest('.exercise-panel') ?? title;
  if (panel.getBoundingClientRect().top < 0) {
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }
  title.focus({ preventScroll: true });
}

interface ExerciseBodyProps {
  active: ActiveExercise;
  route: ExerciseRoute;
}

function seedWords(seeds: readonly number[]): string {
  return seeds.length === 1 ? `seed ${seeds[0]}` : `${seeds.length} seeds (${seeds.join(', ')})`;
}

export function ExerciseBody({ active, route }: ExerciseBodyProps) {
  const { exercise } = active;
  const shown = useSession((s) => (s.shown.pack.id === active.packId ? s.shown : null));
  const entry = useSession((s) => progressOf(s.progress, active.packId, exercise.id));
  const note = useSession((s) => s.routeNote);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const workRef = useRef<HTMLDivElement>(null);
  const tallKnobs = useTallKnobs(workRef);
  useEffect(() => {
    if (!bringNextIntoView || titleRef.current === null) return;
    bringNextIntoView = false;
    showNewExercise(titleRef.current);
  }, [exercise.id]);
  const lastCheck = useSession((s) =>
    s.check.status === 'finished' && s.check.outcome.kind === 'done'
      ? s.check.outcome.result.passed
        ? 'passed'
        : 'failed'
      : null,
  );
  const passedNow = lastCheck === 'passed';
  const canUndo = usePlayground((s) => s.history.length > 0);
  const [copied, say] = useStatus();
  const [showingProgress, setShowingProgress] = useState(false);
  // A handout is for the room: without the hints (the last gives the answer) unless asked for.
  const [printHints, setPrintHints] = useState(false);
  const showButton = useRef<HTMLButtonElement>(null);
  const packInfo = useMemo(
    () => ({
      ref: route.pack,
      id: active.packId,
      title: shown?.pack.title ?? active.packId,
      exerciseIds: shown?.pack.exercises.map((e) => e.id) ?? [exercise.id],
    }),
    [route.pack, active.packId, shown, exercise.id],
  );

  const index = shown?.pack.exercises.findIndex((e) => e.id === exercise.id) ?? -1;
  const next = index >= 0 ? shown?.pack.exercises[index + 1] : undefined;
  const passedBefore = (entry?.passedAt ?? null) !== null;
  const passed = passedNow || passedBefore;
  const explain = explanationShown(passedBefore, lastCheck);
  // The first use of each glossary term in the story, the explanation and the hints is a link to it.
  const seen = new Set<string>();

  const copyAnswer = async () => {
    const url = answerUrl(location.href, route, playgroundStore.getState().scenario);
    // A pack loaded from a file lives in this browser only: the link names it but cannot carry it.
    const fromFile = route.pack.kind === 'file';
    say(
      (await copyText(url))
        ? fromFile
          ? 'Link copied, but it opens this exercise only in a browser that has loaded the same pack file: send the file along, and ask your neighbour to load it first (Exercises, Load a pack file).'
          : 'Link copied: it opens this exercise with your settings, to compare answers.'
        : 'This browser did not allow copying.',
    );
  };

  return (
    <article className="exercise-body" aria-labelledby="exercise-title">
      {shown && index >= 0 && (
        <p className="exercise-kicker">
          Exercise {index + 1} of {shown.pack.exercises.length} · {shown.pack.title}
        </p>
      )}
      <h2 id="exercise-title" ref={titleRef} tabIndex={-1}>
        {exercise.title}
      </h2>
      {shown && <UnprovenPackNote pack={shown.pack} refTo={shown.ref} />}
      {note && (
        <p className="exercise-note" data-testid="exercise-note">
          {note}
        </p>
      )}
      <Paragraphs text={exercise.story} className="exercise-story" seen={seen} />

      <h3>Goals</h3>
      <ul className="goal-list" data-testid="goal-list">
        {exercise.goals.map((goal, i) => (
          <li key={i}>{goalLabel(goal)}</li>
        ))}
      </ul>
      <p className="help">
        Checked on {seedWords(exercise.seeds)}, {exercise.durationSec} simulated{' '}
        {exercise.durationSec === 1 ? 'second' : 'seconds'} each. Every goal must be met on every
        seed.
      </p>

      {/* The knobs and Check in one box, so Check can stick to the screen's bottom within it. */}
      <div ref={workRef} className={tallKnobs ? 'exercise-work knobs-tall' : 'exercise-work'}>
        <ExerciseKnobs />
        <RunEndNote />
        <CheckArea />
      </div>

      {explain && (
        <section
          className="exercise-explanation"
          aria-labelledby="explanation-title"
          data-testid="exercise-explanation"
        >
          <h3 id="explanation-title">Why it works</h3>
          <Paragraphs text={exercise.explanation} seen={seen} />
        </section>
      )}

      <HintList hints={exercise.hints} shown={entry?.hintsShown ?? 0} seen={seen} />

      <div className="exercise-actions">
        <button type="button" className="button" onClick={startOver}>
          Start over
        </button>
        <SolutionControl />
        <button
          type="button"
          className="button"
          disabled={!canUndo}
          onClick={() => playgroundStore.getState().undo()}
        >
          Undo last change
        </button>
        <button type="button" className="button" onClick={copyAnswer}>
          Copy a link to my answer
        </button>
      </div>
      <p className="share-status" role="status">
        {copied}
      </p>
      <div className="exercise-actions no-print">
        <button
          ref={showButton}
          type="button"
          className="button"
          aria-expanded={showingProgress}
          onClick={() => setShowingProgress((showing) => !showing)}
        >
          Show my progress to the instructor
        </button>
        <span className="print-choice">
          <button type="button" className="button" onClick={() => window.print()}>
            Print this exercise
          </button>
          <label className="check">
            <input
              type="checkbox"
              checked={printHints}
              onChange={(event) => setPrintHints(event.target.checked)}
            />
            with the hints (they lead to the answer)
          </label>
        </span>
      </div>
      {showingProgress && (
        <LazyPart what="your progress code" fallback={<p className="muted">Making your code…</p>}>
          <ShowProgress
            pack={packInfo}
            onClose={() => {
              setShowingProgress(false);
              showButton.current?.focus();
            }}
          />
        </LazyPart>
      )}
      <div className="exercise-actions">
        {passed && next && shown && (
          <button
            type="button"
            className="button primary"
            onClick={() => {
              bringNextIntoView = true;
              openExercise(shown.ref, next.id);
            }}
          >
            Next: {next.title}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => playgroundStore.getState().leaveExercise()}
        >
          Back to the free playground
        </button>
      </div>
      {shown && <PrintList shown={shown} exercise={exercise} withHints={printHints} />}
    </article>
  );
}
