/**
 * The figure's one play/pause button. In a figure with controls it leads the transport's row, beside
 * Step and Reset (`inRow`): over the stage's top right corner it was a lone round icon far from them.
 * In a figure without controls it lies over the stage: large and labelled in the middle while
 * paused, a small corner button while playing, and the stage is told where it is, so its moment
 * chips keep clear of it. One element throughout, so keyboard focus stays on it when it flips.
 */
import { useLayoutEffect, useRef } from 'react';
import { playgroundStore, usePlayground } from '../../store/index.ts';

export function PlayOverlay({ inRow = false }: { inRow?: boolean }) {
  const playing = usePlayground((s) => s.playing);
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => (inRow ? undefined : reserveOnStage(button.current)), [playing, inRow]);
  return (
    <button
      ref={button}
      type="button"
      className={
        inRow ? 'button primary embed-play embed-play-row' : 'embed-play embed-play-overlay'
      }
      data-state={playing ? 'playing' : 'paused'}
      aria-label={playing ? 'Pause the simulation' : 'Play the simulation'}
      onClick={() => playgroundStore.getState().toggle()}
    >
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        {playing ? (
          <path d="M5 3h3.5v14H5zM11.5 3H15v14h-3.5z" fill="currentColor" />
        ) : (
          <path d="M5 2.5v15l12-7.5z" fill="currentColor" />
        )}
      </svg>
      {(inRow || !playing) && <span aria-hidden="true">{playing ? 'Pause' : 'Play'}</span>}
    </button>
  );
}

/**
 * Tells the stage's canvas where the button lies over it (a `stage-reserve` event, as the tour's tag
 * does), now and whenever the canvas is resized; returns a stop that withdraws it.
 */
function reserveOnStage(button: HTMLButtonElement | null): () => void {
  const canvas = button?.parentElement?.querySelector('canvas');
  if (button == null || canvas == null) return () => {};
  const send = (detail: { text: string; x: number; y: number; w: number; h: number } | null) =>
    canvas.dispatchEvent(new CustomEvent('stage-reserve', { detail }));
  const report = () => {
    const c = canvas.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    send({ text: 'Play/pause', x: b.left - c.left, y: b.top - c.top, w: b.width, h: b.height });
  };
  const observer = new ResizeObserver(report);
  observer.observe(canvas);
  report();
  return () => {
    observer.disconnect();
    send(null);
  };
}
