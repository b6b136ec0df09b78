/** The speed slider: a log scale from a quarter speed to a hundred times, snapping to round speeds. */
import { MAX_SPEED, MIN_SPEED } from '../store/runSlice.ts';
import { formatNumber } from './format.ts';
import { positionOf, STEPS, valueAfterMove, type Range } from './scale.ts';

export const SPEED_RANGE: Range = { min: MIN_SPEED, max: MAX_SPEED, scale: 'log' };
const ROUND_SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];

/** Slider positions rarely land on 1× exactly; round speeds within 4% snap to it. */
export function snapSpeed(speed: number): number {
  return ROUND_SPEEDS.find((r) => Math.abs(speed / r - 1) < 0.04) ?? speed;
}

interface SpeedSliderProps {
  /** The input's id; its help line is `${id}-help`. */
  id: string;
  speed: number;
  onSpeed(speed: number): void;
  /** One line under the slider. */
  help: string;
  /** The read-out's test id. */
  valueTestId: string;
}

export function SpeedSlider({ id, speed, onSpeed, help, valueTestId }: SpeedSliderProps) {
  return (
    <div className="speed">
      <label htmlFor={id}>Speed</label>
      <input
        id={id}
        type="range"
        min={0}
        max={STEPS}
        step={1}
        value={positionOf(speed, SPEED_RANGE)}
        aria-valuetext={`${formatNumber(speed, 2)} times real time`}
        aria-describedby={`${id}-help`}
        onChange={(e) =>
          onSpeed(valueAfterMove(Number(e.target.value), speed, SPEED_RANGE, snapSpeed))
        }
      />
      <output htmlFor={id} data-testid={valueTestId}>
        {formatNumber(speed, 2)}×
      </output>
      <p id={`${id}-help`} className="help">
        {help}
      </p>
    </div>
  );
}
