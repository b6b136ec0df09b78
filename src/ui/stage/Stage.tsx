/**
 * The stage: a canvas that fills its container's width. A thin shell: it mounts the canvas and hands
 * it to `mountStage`, which sizes it, follows the page's preferences and draws on the store's frame
 * loop. React renders it once; nothing here re-renders per frame.
 */
import { useEffect, useRef } from 'react';
import { preparePalette } from '../../render/paint.ts';
import { playgroundStore, subscribeFrame } from '../../store/index.ts';
import { BLOCK_STYLES, DROP_REASON_STYLE } from '../palette.ts';
import { browserStageEnv } from './browserEnv.ts';
import { mountStage, type StageHost } from './mountStage.ts';

const palette = preparePalette({ blocks: BLOCK_STYLES, reasons: DROP_REASON_STYLE });

const host: StageHost = {
  getEngine: () => playgroundStore.getState().engine,
  subscribeFrame,
};

export function Stage() {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    const canvas = canvasRef.current;
    if (container === null || canvas === null) return;
    return mountStage(canvas, container, host, palette, browserStageEnv());
  }, []);
  return (
    <div ref={containerRef} className="stage" data-testid="stage" style={{ width: '100%' }}>
      <canvas ref={canvasRef} role="img" aria-label="Stage: loading." />
    </div>
  );
}
