/**
 * The stage: a canvas that fills its container's width. A thin shell: React renders it once and
 * hands the canvas to `attachStage`, which draws it (here or in the simulation's worker). Until the
 * first frame is drawn (the worker still starting), the stage's parts lie over the canvas in words
 * (StageSkeleton), as they did in its place while this loaded: the stage is never an empty box.
 */
import { useEffect, useRef, useState } from 'react';
import { attachStage } from './attachStage.ts';
import { browserStageEnv } from './browserEnv.ts';
import { cssHeightLimit } from './cssHeightLimit.ts';
import { StageSkeleton } from './StageSkeleton.tsx';
import { storeStageCount } from './storeStageCount.ts';

export function Stage() {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const container = containerRef.current;
    const canvas = canvasRef.current;
    if (container === null || canvas === null) return;
    return attachStage(
      canvas,
      container,
      {
        ...browserStageEnv(),
        observeHeightLimit: cssHeightLimit(container, storeStageCount),
        // The room the page's CSS gives the stage is already floored there (a phone's is lower than a
        // frame's least, so the knobs under the stage share its first screen): take it as it is.
        leastHeight: 0,
      },
      () => setDrawn(true),
    );
  }, []);
  return (
    <div ref={containerRef} className="stage" data-testid="stage" style={{ width: '100%' }}>
      <canvas ref={canvasRef} role="img" aria-label="Stage: loading." />
      {!drawn && <StageSkeleton over />}
    </div>
  );
}
