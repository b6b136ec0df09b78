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

/**
 * The stage's own chunks, asked for together with it: found one import after another (the stage,
 * then its attaching, then its view and shell, then its keys), they took four round trips in turn,
 * now two (the bundler answers each of these with a small chunk that imports the real one),
 * and a first visit showed the stage's outline for a second or more before its first frame. No
 * module preloads for parts loaded later (vite.config.ts), so the stage asks for them itself, when it
 * is needed; one that fails here fails the stage's own import too, which offers Retry.
 */
function loadStage() {
  for (const early of [
    import('./stage/attachStage.ts'),
    import('./stage/watchStageView.ts'),
    import('./stage/stageShell.ts'),
    import('./stage/stageKeys.ts'),
  ])
    early.catch(() => {});
  return import('./stage/Stage.tsx');
}

const Stage = retryableLazy(loadStage, 'Stage');

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
