/** One set of controls for every column: play, pause, step, reset, speed, and the shared clock. */
import { MAX_SPEED, MIN_SPEED } from '../../store/runSlice.ts';
import { formatNumber } from '../format.ts';
import { positionOf, STEPS, valueAt, type Range } from '../scale.ts';
import { compareStore, useCompare } from './compareInstance.ts';

const SPEED_RANGE: Range = { min: MIN_SPEED, max: MAX_SPEED, scale: 'log' };
const ROUND_SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];

/** Slider positions rarely land on 1× exactly; round speeds within 4% snap to it. */
function snapSpeed(speed: number): number {
  return ROUND_SPEEDS.find((r) => Math.abs(speed / r - 1) < 0.04) ?? speed;
}

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
      <div className="speed">
        <label htmlFor="compare-speed">Speed</label>
        <input
          id="compare-speed"
          type="range"
          min={0}
          max={STEPS}
          step={1}
          value={positionOf(speed, SPEED_RANGE)}
          aria-valuetext={`${formatNumber(speed, 2)} times real time`}
          aria-describedby="compare-speed-help"
          onChange={(e) => setSpeed(snapSpeed(valueAt(Number(e.target.value), SPEED_RANGE)))}
        />
        <output htmlFor="compare-speed" data-testid="compare-speed-value">
          {formatNumber(speed, 2)}×
        </output>
        <p id="compare-speed-help" className="help">
          Simulated time per second of your time, the same for every column.
        </p>
      </div>
      <p id="compare-step-help" className="help transport-note">
        One clock runs every column: Step moves them all to the next moment something happens in any
        of them. Keys: Space plays or pauses, → steps, R starts again.
      </p>
    </div>
  );
}
