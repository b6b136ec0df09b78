/**
 * The play/pause button over the stage: large and labelled in the middle while paused, a small
 * corner button while playing. One element throughout, so keyboard focus stays on it when it flips.
 */
import { playgroundStore, usePlayground } from '../../store/index.ts';

export function PlayOverlay() {
  const playing = usePlayground((s) => s.playing);
  return (
    <button
      type="button"
      className="embed-play"
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
      {!playing && <span aria-hidden="true">Play</span>}
    </button>
  );
}
