/** Play, pause, step, reset, the speed and the simulated clock. */
import { playgroundStore, usePlayground } from '../store/index.ts';
import type { ReactNode } from 'react';
import { SpeedSlider } from './SpeedSlider.tsx';

interface TransportProps {
  /**
   * The row's play/pause, in place of its own Play/Pause button: an embedded figure's, the one
   * button that also stands over a figure without controls (src/ui/embed/PlayOverlay.tsx).
   */
  playButton?: ReactNode;
}

export function Transport({ playButton }: TransportProps) {
  const playing = usePlayground((s) => s.playing);
  const speed = usePlayground((s) => s.speed);
  const timeMs = usePlayground((s) => s.live.timeMs);
  const { toggle, step, reset, setSpeed } = playgroundStore.getState();
  return (
    <div className="transport" role="group" aria-label="Simulation">
      <div className="transport-buttons">
        {playButton ?? (
          <button
            type="button"
            className="button primary"
            onClick={toggle}
            aria-keyshortcuts="Space"
          >
            {playing ? 'Pause' : 'Play'}
          </button>
        )}
        <button type="button" className="button" onClick={step} aria-keyshortcuts="ArrowRight">
          Step
        </button>
        <button type="button" className="button" onClick={reset} aria-keyshortcuts="r">
          Reset
        </button>
        {/* To the millisecond, so a single step visibly moves the clock. */}
        <span className="clock" data-testid="sim-clock">
          <span className="visually-hidden">Simulated time </span>t = {(timeMs / 1000).toFixed(3)} s
        </span>
      </div>
      <SpeedSlider
        id="speed"
        speed={speed}
        onSpeed={setSpeed}
        help="Simulated time per second of your time, from a quarter speed to a hundred times."
        valueTestId="speed-value"
      />
    </div>
  );
}
