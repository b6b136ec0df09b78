/**
 * Where the canvas stage goes. The stage's drawing code loads as its own chunk right after the page,
 * so the first paint does not wait for it; the placeholder keeps the stage's exact height meanwhile
 * (global.css computes it from the width as the stage does, plus the line under the canvas), so
 * nothing below it moves when it comes.
 */
import { LazyPart } from './loading/LoadBoundary.tsx';
import { retryableLazy } from './loading/retryableLazy.ts';

const Stage = retryableLazy(() => import('./stage/Stage.tsx').then((m) => ({ default: m.Stage })));

export function StageSlot() {
  return (
    <div data-testid="stage-slot">
      <LazyPart what="the stage" fallback={<div className="stage-placeholder" aria-busy="true" />}>
        <Stage />
      </LazyPart>
    </div>
  );
}
