import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { takeSnapshot } from '../sim/snapshot.ts';
import { stageNumbersOfSnapshot, type StageNumbers } from '../render/stageNumbers.ts';
import { HeldNumbers } from './heldNumbers.ts';

/** The stage's numbers of a real run at each of `times`, ms. */
function numbersAt(times: number[]): StageNumbers[] {
  const engine = createSimulation(presetScenario('drop-oldest'));
  return times.map((t) => {
    engine.advanceTo(t);
    return stageNumbersOfSnapshot(takeSnapshot(engine, 10, 10), 0, 0);
  });
}

describe('HeldNumbers', () => {
  it('gives the stage the numbers of the instant the page showed, and forgets older ones', () => {
    const [a, b, c] = numbersAt([100, 200, 300]) as [StageNumbers, StageNumbers, StageNumbers];
    const held = new HeldNumbers();
    held.hold(1, 100, a);
    held.hold(1, 200, b);
    held.hold(1, 300, c);
    // The page drew two of them in one frame and says so for the later one.
    expect(held.release(1, 200)).toBe(b);
    expect(held.release(1, 100)).toBeNull();
    expect(held.release(1, 300)).toBe(c);
    expect(held.release(1, 300)).toBeNull();
  });

  it('never gives another run’s numbers for the same instant', () => {
    const [a] = numbersAt([100]) as [StageNumbers];
    const held = new HeldNumbers();
    held.hold(2, 100, a);
    expect(held.release(1, 100)).toBeNull();
    expect(held.release(2, 100)).toBe(a);
  });

  it('keeps a few instants only, however long the page takes to answer', () => {
    const times = Array.from({ length: 20 }, (_, i) => (i + 1) * 50);
    const numbers = numbersAt(times);
    const held = new HeldNumbers();
    times.forEach((t, i) => held.hold(1, t, numbers[i] as StageNumbers));
    expect(held.release(1, 50)).toBeNull();
    expect(held.release(1, 1000)).toBe(numbers[19]);
  });
});
