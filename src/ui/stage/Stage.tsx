/**
 * The stage: a canvas that fills its container's width. A thin shell: React renders it once and
 * hands the canvas to `attachStage`, which draws it (here or in the simulation's worker).
 */
import { useEffect, useRef } from 'react';
import { attachStage } from './attachStage.ts';
import { browserStageEnv } from './browserEnv.ts';
import { cssHeightLimit } from './cssHeightLimit.ts';
import { storeStageCount } from './storeStageCount.ts';

export function Stage() {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    const canvas = canvasRef.current;
    if (container === null || canvas === null) return;
    return attachStage(canvas, container, {
      ...browserStageEnv(),
      observeHeightLimit: cssHeightLimit(container, storeStageCount),
      // The room the page's CSS gives the stage is already floored there (a phone's is lower than a
      // frame's least, so the knobs under the stage share its first screen): take it as it is.
      leastHeight: 0,
    });
  }, []);
  return (
    <div ref={containerRef} className="stage" data-testid="stage" style={{ width: '100%' }}>
      <canvas ref={canvasRef} role="img" aria-label="Stage: loading." />
    </div>
  );
}
