/** Play, pause, step, reset, the speed and the simulated clock. */
import { playgroundStore, usePlayground } from '../store/index.ts';
import { SpeedSlider } from './SpeedSlider.tsx';

interface TransportProps {
  /**
   * Whether the row has its own Play/Pause button. An embedded figure's play/pause is the button
   * over its stage, there at every level of controls: a second one here read as two controls for
   * one thing (a round ⏸ and a Pause button in every figure of the sample article).
   */
  playButton?: boolean;
}

export function Transport({ playButton = true }: TransportProps) {
  const playing = usePlayground((s) => s.playing);
  const speed = usePlayground((s) => s.speed);
  const timeMs = usePlayground((s) => s.live.timeMs);
  const { toggle, step, reset, setSpeed } = playgroundStore.getState();
  return (
    <div className="transport" role="group" aria-label="Simulation">
      <div className="transport-buttons">
        {playButton && (
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
