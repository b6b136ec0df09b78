/** The speed slider: a log scale from a quarter speed to a hundred times, snapping to round speeds. */
import { formatNumber } from '../domain/format.ts';
import { positionOf, STEPS, valueAfterMove } from '../domain/scale.ts';
import { snapSpeed, SPEED_RANGE } from '../domain/speed.ts';

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
