/** Play, pause, step, reset, the speed and the simulated clock. */
import { MAX_SPEED, MIN_SPEED, playgroundStore, usePlayground } from '../store/index.ts';
import { formatNumber } from './format.ts';
import { positionOf, STEPS, valueAt, type Range } from './scale.ts';

const SPEED_RANGE: Range = { min: MIN_SPEED, max: MAX_SPEED, scale: 'log' };
const ROUND_SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];

/** Slider positions rarely land on 1× exactly; round speeds within 4% snap to it. */
function snapSpeed(speed: number): number {
  return ROUND_SPEEDS.find((r) => Math.abs(speed / r - 1) < 0.04) ?? speed;
}

export function Transport() {
  const playing = usePlayground((s) => s.playing);
  const speed = usePlayground((s) => s.speed);
  const timeMs = usePlayground((s) => s.live.timeMs);
  const { toggle, step, reset, setSpeed } = playgroundStore.getState();
  const speedText = `${formatNumber(speed, 2)}×`;
  return (
    <div className="transport" role="group" aria-label="Simulation">
      <div className="transport-buttons">
        <button type="button" className="button primary" onClick={toggle} aria-keyshortcuts="Space">
          {playing ? 'Pause' : 'Play'}
        </button>
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
      <div className="speed">
        <label htmlFor="speed">Speed</label>
        <input
          id="speed"
          type="range"
          min={0}
          max={STEPS}
          step={1}
          value={positionOf(speed, SPEED_RANGE)}
          aria-valuetext={`${formatNumber(speed, 2)} times real time`}
          aria-describedby="speed-help"
          onChange={(e) => setSpeed(snapSpeed(valueAt(Number(e.target.value), SPEED_RANGE)))}
        />
        <output htmlFor="speed" data-testid="speed-value">
          {speedText}
        </output>
        <p id="speed-help" className="help">
          Simulated time per second of your time, from a quarter speed to a hundred times.
        </p>
      </div>
    </div>
  );
}
