/**
 * The seed to watch after a failed check: the one where a goal was missed by the most, measured as
 * the checker ranks its misses (a share of the threshold, or per unit for a threshold of 0), so it
 * is the seed the headline names.
 */
import type { CheckResult, GoalResult } from '../../exercises/index.ts';

const relativeMiss = (g: GoalResult) => g.miss / (g.threshold > 0 ? g.threshold : 1);

export function failingSeed(result: CheckResult): number | null {
  if (result.status !== 'failed') return null;
  const misses = result.seeds.flatMap((s) => s.goals.filter((g) => !g.passed));
  const worst = misses.reduce<GoalResult | null>(
    (best, g) => (best === null || relativeMiss(g) > relativeMiss(best) ? g : best),
    null,
  );
  return worst?.seed ?? null;
}
