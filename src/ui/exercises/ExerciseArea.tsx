/**
 * Where the exercise panel goes, in exercise mode. The page's entry lazy-loads only this small
 * module, so it names one chunk rather than the panel's dozen; the panel itself loads from here.
 */
import { lazy, Suspense } from 'react';

const ExercisePanel = lazy(() => import('./ExercisePanel.tsx'));

export default function ExerciseArea() {
  return (
    <div className="exercise-area">
      <Suspense fallback={<p className="muted">Loading the exercise…</p>}>
        <ExercisePanel />
      </Suspense>
    </div>
  );
}
