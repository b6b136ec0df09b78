/**
 * Where the exercise panel goes, in exercise mode. The page's entry lazy-loads only this small
 * module, so it names one chunk rather than the panel's dozen; the panel itself loads from here.
 */
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';

const ExercisePanel = retryableLazy(() => import('./ExercisePanel.tsx'));

export default function ExerciseArea() {
  return (
    <div className="exercise-area">
      <LazyPart what="the exercise" fallback={<p className="muted">Loading the exercise…</p>}>
        <ExercisePanel />
      </LazyPart>
    </div>
  );
}
