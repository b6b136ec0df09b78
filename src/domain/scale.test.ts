import { describe, expect, it } from 'vitest';
import { KNOBS } from './knobs.ts';
import {
  linearStep,
  positionOf,
  roundForLog,
  STEPS,
  valueAfterMove,
  valueAt,
  type Range,
} from './scale.ts';
import { snapSpeed, SPEED_RANGE } from './speed.ts';

const log: Range = { min: 1, max: 10_000, scale: 'log' };
const linear: Range = { min: 0, max: 500, scale: 'linear', integer: true };

describe('valueAt and positionOf', () => {
  it('hit both ends exactly', () => {
    expect(valueAt(0, log)).toBe(1);
    expect(valueAt(STEPS, log)).toBe(10_000);
    expect(valueAt(STEPS, linear)).toBe(500);
  });

  it('are inverse up to rounding', () => {
    for (const value of [1, 7, 70, 130, 999, 10_000]) {
      const back = valueAt(positionOf(value, log), log);
      expect(Math.abs(back / value - 1)).toBeLessThan(0.05);
    }
  });

  it('clamp values outside the slider', () => {
    expect(positionOf(1e6, log)).toBe(STEPS);
    expect(positionOf(-5, linear)).toBe(0);
  });

  it('round whole-number knobs', () => {
    expect(Number.isInteger(valueAt(77, linear))).toBe(true);
  });
});

/** Presses an arrow key on a slider showing `value` until it stops moving; every value it shows. */
function pressUntilStuck(
  start: number,
  direction: 1 | -1,
  range: Range,
  snap?: (value: number) => number,
): number[] {
  const seen = [start];
  let value = start;
  for (let press = 0; press <= 2 * STEPS; press++) {
    const next = valueAfterMove(positionOf(value, range) + direction, value, range, snap);
    if (next === value) break;
    value = next;
    seen.push(value);
  }
  return seen;
}

describe('valueAfterMove: arrow keys walk every slider end to end', () => {
  const numberKnobs = [...KNOBS.values()].filter((k) => k.kind === 'number');
  const sliders: [string, Range, ((value: number) => number)?][] = [
    ...numberKnobs.map((k): [string, Range] => [k.path, k]),
    ['speed', SPEED_RANGE, snapSpeed],
  ];
  it.each(sliders)('%s', (_, range, snap) => {
    const min = valueAt(0, range);
    const max = valueAt(STEPS, range);
    const up = pressUntilStuck(min, 1, range, snap);
    expect(up.at(-1)).toBe(snap ? snap(max) : max);
    const down = pressUntilStuck(max, -1, range, snap);
    expect(down.at(-1)).toBe(snap ? snap(min) : min);
    // Strictly one way, one step of the slider at a time, never a jump of more than a few.
    for (let i = 1; i < up.length; i++) expect(up[i]).toBeGreaterThan(up[i - 1] as number);
    for (let i = 1; i < down.length; i++) expect(down[i]).toBeLessThan(down[i - 1] as number);
    expect(up.length).toBeLessThanOrEqual(STEPS + 1);
  });

  it('reaches the values a hint names: 15 ms of processing from 20 ms, capacity 20 from 200', () => {
    const service = KNOBS.get('consumers.service.meanMs') as Range;
    expect(pressUntilStuck(20, -1, service)).toContain(15);
    const capacity = KNOBS.get('queue.capacity') as Range;
    expect(pressUntilStuck(200, -1, capacity)).toContain(20);
  });

  it('stops on round numbers only, so 70 messages/s, 4 s and 0.9× can be reached', () => {
    const rate = KNOBS.get('workload.pattern.ratePerSec') as Range;
    expect(pressUntilStuck(50, 1, rate)).toContain(70);
    const restart = KNOBS.get('queue.restartDelayMs') as Range;
    expect(pressUntilStuck(3000, 1, restart)).toContain(4000);
    const factor = KNOBS.get('feedback.decreaseFactor') as Range;
    expect(pressUntilStuck(0.5, 1, factor)).toContain(0.9);
    for (const knob of KNOBS.values()) {
      if (knob.kind !== 'number') continue;
      for (let p = 1; p < STEPS; p++) {
        const value = valueAt(p, knob);
        if (knob.scale === 'log' && !knob.integer)
          expect(roundForLog(value), knob.path).toBe(value);
        if (knob.scale === 'linear' && !knob.integer) {
          const steps = value / linearStep(knob.min, knob.max);
          expect(Math.abs(steps - Math.round(steps)), knob.path).toBeLessThan(1e-6);
        }
      }
    }
  });

  it('takes the value at the new position when nothing is set yet', () => {
    expect(valueAfterMove(STEPS, null, log)).toBe(10_000);
  });
});
