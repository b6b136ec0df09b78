import { describe, expect, it } from 'vitest';
import type { Goal } from './packSchema.ts';
import { seedList, verdictText } from './verdictText.ts';

const none: Goal = { metric: 'heldBack', compare: 'at-most', value: 0 };
const p99: Goal = { metric: 'latencyP99', compare: 'below', value: 1000 };
const seeds = (...measured: number[]) => measured.map((m) => ({ goals: [{ measured: m }] }));
const verdict = (passed: boolean, failedSeeds: number[] = []) => ({
  goalIndex: 0,
  passed,
  failedSeeds,
  worst: { seed: 2, text: 'the worst seed’s sentence' },
});

describe('one goal’s line in a check’s result', () => {
  it('a count met with the same number on every seed says the number, not the goal again', () => {
    expect(verdictText(none, verdict(true), seeds(0, 0, 0))).toBe(': 0 messages on every seed.');
  });

  it('a count that differs from seed to seed, or a quantity, gives the closest call', () => {
    const limit: Goal = { metric: 'heldBack', compare: 'at-most', value: 10 };
    expect(verdictText(limit, verdict(true), seeds(0, 4, 2))).toBe(
      ': met on every seed. Closest call, seed 2: the worst seed’s sentence.',
    );
    expect(verdictText(p99, verdict(true), seeds(300, 300))).toMatch(/Closest call/);
  });

  it('a miss names its seeds and the worst', () => {
    expect(verdictText(none, verdict(false, [1, 2]), seeds(5, 9, 0))).toBe(
      ': missed on seeds 1 and 2 of 3. Worst, seed 2: the worst seed’s sentence.',
    );
    expect(seedList([4])).toBe('seed 4');
  });
});
