/**
 * The exercise panel, mounted in exercise mode (an exercise link, or an exercise opened from the
 * list). It follows the link in the store: loads the pack, opens the exercise with the learner's
 * saved work, and says plainly when the pack or the exercise cannot be had.
 */
import { useEffect } from 'react';
import { playgroundStore, usePlayground } from '../../store/index.ts';
import { ProblemList } from '../share/ProblemList.tsx';
import { ExerciseBody } from './ExerciseBody.tsx';
import { ExerciseList } from './ExerciseList.tsx';
import { followRoute, retryRoute, useSession } from './session.ts';
import { StorageNotice } from './StorageNotice.tsx';
import './exercises.css';

function BackButton() {
  return (
    <button
      type="button"
      className="button"
      onClick={() => playgroundStore.getState().leaveExercise()}
    >
      Back to the free playground
    </button>
  );
}

function Announcer() {
  const text = useSession((s) => s.announcement);
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="exercise-announcer"
    >
      {text}
    </div>
  );
}

function Waiting() {
  const issue = useSession((s) => s.routeIssue);
  const loading = useSession((s) => s.loading);
  const shown = useSession((s) => s.shown);
  const route = usePlayground((s) => s.exerciseRoute);

  if (issue?.kind === 'pack')
    return (
      <>
        <h2 id="exercise-title">The exercises could not be loaded</h2>
        <div className="share-result share-error" role="alert" data-testid="route-problems">
          <p>
            {issue.load.kind === 'invalid'
              ? `The exercise pack at ${issue.load.from} is not valid, so it was not loaded. What is wrong with it:`
              : 'The exercise pack could not be loaded:'}
          </p>
          <ProblemList problems={issue.load.problems} whole={issue.load.from || 'The pack'} />
        </div>
        <div className="exercise-actions">
          <button type="button" className="button primary" onClick={retryRoute}>
            Try again
          </button>
          <BackButton />
        </div>
      </>
    );
  if (issue?.kind === 'missing')
    return (
      <>
        <h2 id="exercise-title">No such exercise</h2>
        <p role="alert">
          “{issue.packTitle}” has no exercise called “{issue.exerciseId}”. Choose one of its
          exercises:
        </p>
        <ExerciseList shown={shown} currentId={null} />
        <BackButton />
      </>
    );
  if (route?.exerciseId === null && loading === null)
    return (
      <>
        <h2 id="exercise-title">{shown.pack.title}</h2>
        {shown.pack.description && <p>{shown.pack.description}</p>}
        <p className="help">Choose an exercise to begin. Your progress is kept in this browser.</p>
        <ExerciseList shown={shown} currentId={null} />
        <BackButton />
      </>
    );
  return (
    <p className="muted" role="status">
      {loading !== null ? `Loading ${loading}…` : 'Opening the exercise…'}
    </p>
  );
}

export default function ExercisePanel() {
  const route = usePlayground((s) => s.exerciseRoute);
  const active = usePlayground((s) => s.exercise);
  useEffect(() => {
    if (route) void followRoute(route);
  }, [route]);
  const current = route !== null && active !== null && active.exercise.id === route.exerciseId;
  return (
    <section
      className="panel exercise-panel"
      aria-labelledby="exercise-title"
      data-testid="exercise-panel"
    >
      <Announcer />
      <StorageNotice />
      {current ? <ExerciseBody active={active} route={route} /> : <Waiting />}
    </section>
  );
}
