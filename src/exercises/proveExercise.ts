/**
 * The proof every exercise must pass before anyone is asked to solve it: its start fails on every
 * seed (a learner cannot pass by changing nothing, or by luck) and its reference solution passes on
 * every seed (the exercise can be solved with its knobs). Used by `npm run check-exercises` and by
 * the built-in pack's tests.
 */
import { checkExercise, type CheckOptions, type CheckResult, type GoalResult } from './checker.ts';
import type { Exercise } from './parsePack.ts';

export interface ExerciseProof {
  exercise: Exercise;
  start: CheckResult;
  solution: CheckResult;
  /** Seeds on which the start met every goal (should be none). */
  startPassedSeeds: number[];
  /** Seeds on which the solution missed a goal (should be none). */
  solutionFailedSeeds: number[];
  holds: boolean;
  /** Why the proof does not hold, one sentence each; empty when it holds. */
  problems: string[];
  /**
   * The solution's closest call: a goal it missed if there is one, otherwise the goal and seed with
   * the least room, relative to the goal's threshold; null when the solution passes and every goal
   * is a "none allowed" goal, where any pass is exact.
   */
  closestCall: GoalResult | null;
}

/** "1", "1 and 2", "1, 2 and 3". */
function listOf(items: readonly number[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${String(items.at(-1))}`;
}

function seedsWhere(result: CheckResult, passed: boolean): number[] {
  return result.status === 'locked'
    ? []
    : result.seeds.filter((s) => s.passed === passed).map((s) => s.seed);
}

/** Room left as a share of the threshold; zero thresholds (none allowed) have no share to give. */
export function relativeRoom(goal: GoalResult): number {
  return goal.threshold === 0 ? Infinity : goal.margin / Math.abs(goal.threshold);
}

function closestCall(result: CheckResult): GoalResult | null {
  if (result.status === 'locked') return null;
  const goals = result.seeds.flatMap((s) => s.goals);
  // A miss is closer than any pass, even on a goal that allows none (which has no share to compare).
  const missed = goals.find((g) => !g.passed);
  if (missed) return missed;
  const all = goals.filter((g) => relativeRoom(g) < Infinity);
  return all.reduce<GoalResult | null>(
    (best, g) => (best === null || relativeRoom(g) < relativeRoom(best) ? g : best),
    null,
  );
}

export function proveExercise(exercise: Exercise, options: CheckOptions = {}): ExerciseProof {
  const start = checkExercise(exercise, exercise.start, options);
  const solution = checkExercise(exercise, exercise.solution, options);
  const startPassedSeeds = seedsWhere(start, true);
  const solutionFailedSeeds =
    solution.status === 'locked' ? exercise.seeds : seedsWhere(solution, false);
  const problems = [
    ...(startPassedSeeds.length > 0
      ? [
          `the start already meets every goal on ${startPassedSeeds.length === 1 ? 'seed' : 'seeds'} ${listOf(startPassedSeeds)}, so it would pass unchanged`,
        ]
      : []),
    ...(solution.status === 'locked'
      ? [`the solution changes locked fields: ${solution.problems.map((p) => p.path).join(', ')}`]
      : solution.failures.map((f) => `the solution misses a goal: ${f}`)),
  ];
  return {
    exercise,
    start,
    solution,
    startPassedSeeds,
    solutionFailedSeeds,
    holds: problems.length === 0,
    problems,
    closestCall: closestCall(solution),
  };
}
