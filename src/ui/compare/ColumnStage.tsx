/**
 * A column's stage: the Tetris well and its workers, the same picture as in the playground. A thin
 * shell; the drawing code loads on first use and keeps the text alternative on the canvas current.
 */
import { memo, useEffect, useRef } from 'react';
import { columnLetter } from '../../compare/comparison.ts';

export const ColumnStage = memo(function ColumnStage({ index }: { index: number }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    const canvas = canvasRef.current;
    if (container === null || canvas === null) return;
    let stop: (() => void) | null = null;
    let stopped = false;
    void import('./mountColumnStage.ts').then(({ mountColumnStage }) => {
      if (!stopped) stop = mountColumnStage(canvas, container, index);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [index]);
  return (
    <div
      ref={containerRef}
      className="stage column-stage"
      data-testid={`column-stage-${columnLetter(index)}`}
    >
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={`Stage of column ${columnLetter(index)}: loading.`}
      />
    </div>
  );
});
