/**
 * Where the canvas stage goes. The stage's drawing code loads as its own chunk right after the page,
 * so the first paint does not wait for it; the placeholder keeps the stage's exact height meanwhile
 * (global.css computes it from the width as the stage does, plus the line under the canvas), so
 * nothing below it moves when it comes. It is not empty meanwhile: it holds the stage's parts, named
 * and empty (StageSkeleton), which stay over the canvas until the stage's first frame is drawn.
 */
import { LazyPart } from './loading/LoadBoundary.tsx';
import { retryableLazy } from './loading/retryableLazy.ts';
import { StageSkeleton } from './stage/StageSkeleton.tsx';

const Stage = retryableLazy(() => import('./stage/Stage.tsx'), 'Stage');

export function StageSlot() {
  return (
    <div data-testid="stage-slot">
      <LazyPart
        what="the stage"
        fallback={
          <div className="stage-placeholder" aria-busy="true">
            <StageSkeleton />
          </div>
        }
      >
        <Stage />
      </LazyPart>
    </div>
  );
}
