/** One set of controls for every column: play, pause, step, reset, speed, and the shared clock. */
import { SpeedSlider } from '../SpeedSlider.tsx';
import { compareStore, useCompare } from './compareInstance.ts';

export function CompareTransport() {
  const playing = useCompare((s) => s.playing);
  const speed = useCompare((s) => s.speed);
  const timeMs = useCompare((s) => s.live.timeMs);
  const { toggle, step, reset, setSpeed } = compareStore.getState();
  return (
    <div className="transport compare-transport" role="group" aria-label="Every column">
      <div className="transport-buttons">
        <button type="button" className="button primary" onClick={toggle} aria-keyshortcuts="Space">
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          className="button"
          onClick={step}
          aria-keyshortcuts="ArrowRight"
          aria-describedby="compare-step-help"
        >
          Step
        </button>
        <button type="button" className="button" onClick={reset} aria-keyshortcuts="r">
          Reset
        </button>
        {/* To the millisecond, so a single step visibly moves the clock. */}
        <span className="clock" data-testid="compare-clock" data-time-ms={timeMs}>
          <span className="visually-hidden">Simulated time of every column </span>t ={' '}
          {(timeMs / 1000).toFixed(3)} s
        </span>
      </div>
      <SpeedSlider
        id="compare-speed"
        speed={speed}
        onSpeed={setSpeed}
        help="Simulated time per second of your time, the same for every column."
        valueTestId="compare-speed-value"
      />
      <p id="compare-step-help" className="help transport-note">
        One clock runs every column: Step moves them all to the next moment something happens in any
        of them. Keys: Space plays or pauses, → steps, R starts again.
      </p>
    </div>
  );
}
