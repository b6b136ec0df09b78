/**
 * Where the canvas stage goes. The stage's drawing code loads as its own chunk right after the page,
 * so the first paint does not wait for it; the placeholder keeps the stage's height meanwhile: the
 * canvas's (stageHeightFor in src/render/stageLayout.ts, from the slot's width) and the line under it
 * (.stage-footer in src/ui/stage/stage.css), so nothing below moves when the stage arrives.
 */
import { lazy, Suspense } from 'react';

const Stage = lazy(() => import('./stage/Stage.tsx').then((m) => ({ default: m.Stage })));

const RESERVED = 'calc(clamp(340px, 200px + 24cqw, 500px) + 3.25rem)';

export function StageSlot() {
  return (
    <div data-testid="stage-slot" style={{ containerType: 'inline-size' }}>
      <Suspense fallback={<div style={{ height: RESERVED }} aria-busy="true" />}>
        <Stage />
      </Suspense>
    </div>
  );
}
