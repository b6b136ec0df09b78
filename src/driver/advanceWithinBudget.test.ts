import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../store/createPlaygroundStore.ts';
import { advanceWithinBudget, type Advanceable } from './advanceWithinBudget.ts';
import { localEngine } from '../store/testing/localEngine.ts';

/** A bare clock that records where it was sent. */
function recorder(startMs = 0): Advanceable & { calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    get now() {
      return calls.at(-1) ?? startMs;
    },
    advanceTo(timeMs: number) {
      calls.push(timeMs);
    },
  };
}

describe('advanceWithinBudget', () => {
  it('stops early when the work budget runs out and reports how far it got', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: false });
    let clock = 0;
    // Every slice "costs" 5 ms, so a 8 ms budget allows two slices of eight.
    const advanced = advanceWithinBudget(localEngine(store), 800, () => (clock += 5) - 5, 8);
    expect(advanced).toBe(200);
    expect(localEngine(store).now).toBe(200);
  });

  it('covers the whole stretch in equal slices when the budget allows', () => {
    const target = recorder();
    expect(advanceWithinBudget(target, 80, () => 0, 8)).toBe(80);
    expect(target.calls).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
  });

  it('does nothing for a stretch that is zero, negative or not a number', () => {
    for (const simMs of [0, -5, Number.NaN]) {
      const target = recorder(100);
      expect(advanceWithinBudget(target, simMs, () => 0, 8)).toBe(0);
      expect(target.calls).toEqual([]);
    }
  });

  // A clock that never runs out of budget used to spin for ever here: the slice was too small to
  // move the time (it underflowed to zero, or vanished next to a large time).
  it('finishes when a slice is too small to move the clock', () => {
    const tiny = recorder();
    expect(advanceWithinBudget(tiny, Number.MIN_VALUE, () => 0, 8)).toBe(Number.MIN_VALUE);
    expect(tiny.calls).toEqual([Number.MIN_VALUE]);

    const late = recorder(1e9);
    const moved = advanceWithinBudget(late, 1e-7, () => 0, 8);
    expect(late.now).toBe(1e9 + 1e-7);
    expect(moved).toBe(1e9 + 1e-7 - 1e9);
  });
});
