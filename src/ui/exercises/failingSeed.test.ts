import { describe, expect, it } from 'vitest';
import { checkExercise, loadBuiltInPack, type CheckResult } from '../../exercises/index.ts';
import { failingSeed } from './failingSeed.ts';

const pack = loadBuiltInPack();

/** A result with the given (seed, goal misses), the rest of the fields as a check fills them. */
function failed(misses: { seed: number; miss: number; threshold: number }[]): CheckResult {
  const seeds = [...new Set(misses.map((m) => m.seed))].map((seed) => ({
    seed,
    passed: false,
    predictionMeasured: null,
    goals: misses
      .filter((m) => m.seed === seed)
      .map((m, goalIndex) => ({
        goalIndex,
        label: 'goal',
        seed,
        measured: m.threshold + m.miss,
        threshold: m.threshold,
        passed: false,
        miss: m.miss,
        margin: -m.miss,
        text: 'missed',
      })),
  }));
  return { status: 'failed', passed: false, seeds, goals: [], failures: [], headline: '' };
}

describe('failingSeed', () => {
  it('is the seed the headline names, for every built-in start', () => {
    for (const exercise of pack.exercises.slice(0, 4)) {
      const result = checkExercise(exercise, exercise.start);
      const seed = failingSeed(result);
      expect(seed, exercise.id).not.toBeNull();
      expect(result.headline, exercise.id).toMatch(new RegExp(`on seed ${String(seed)}\\.$`));
    }
  });

  it('ranks misses as a share of the threshold, not in raw units', () => {
    // 30 ms over a 100 ms limit is worse than 200 messages over a limit of 10,000.
    const result = failed([
      { seed: 4, miss: 200, threshold: 10_000 },
      { seed: 7, miss: 30, threshold: 100 },
    ]);
    expect(failingSeed(result)).toBe(7);
  });

  it('takes the first seed on a tie, as the headline does', () => {
    expect(
      failingSeed(
        failed([
          { seed: 2, miss: 5, threshold: 0 },
          { seed: 3, miss: 5, threshold: 0 },
        ]),
      ),
    ).toBe(2);
  });

  it('is null for a pass or a check that did not run', () => {
    const tipping = pack.exercises[0]!;
    expect(failingSeed(checkExercise(tipping, tipping.solution))).toBeNull();
    expect(
      failingSeed({ status: 'refused', passed: false, problems: [], headline: 'Not checked' }),
    ).toBeNull();
  });
});
