/**
 * One goal's line in a check's result, after the goal's own words: met on every seed with the closest
 * call, or missed on which seeds with the worst. A count that came out the same on every seed says so
 * plainly: "No message lost: 0 on every seed." The closest call of such a goal only repeated the goal
 * ("Closest call, seed 1: No message lost, as required.") and told the attendee nothing.
 */
import { formatQuantity } from './formatValue.ts';
import { METRICS } from './metrics.ts';
import type { Goal } from './packSchema.ts';

/** "seed 3", "seeds 1, 2 and 4". */
export function seedList(seeds: readonly number[]): string {
  if (seeds.length === 1) return `seed ${seeds[0]}`;
  return `seeds ${seeds.slice(0, -1).join(', ')} and ${seeds.at(-1)}`;
}

/** What the line needs of a goal's verdict and of the seeds (checker.ts's, which calls this). */
interface Verdict {
  goalIndex: number;
  passed: boolean;
  failedSeeds: readonly number[];
  worst: { seed: number; text: string };
}
interface Seed {
  goals: readonly { measured: number }[];
}

/** What follows the goal's label: ": 0 messages on every seed.", ": met on every seed. Closest call, …". */
export function verdictText(goal: Goal, verdict: Verdict, seeds: readonly Seed[]): string {
  const values = seeds.map((s) => s.goals[verdict.goalIndex]?.measured ?? NaN);
  const same = values.length > 1 && values.every((v) => v === values[0]);
  const def = METRICS[goal.metric];
  if (verdict.passed && same && def.style === 'count')
    return `: ${formatQuantity(values[0] as number, def.unit)} on every seed.`;
  return verdict.passed
    ? `: met on every seed. Closest call, seed ${verdict.worst.seed}: ${verdict.worst.text}.`
    : `: missed on ${seedList(verdict.failedSeeds)} of ${seeds.length}. Worst, seed ${verdict.worst.seed}: ${verdict.worst.text}.`;
}
