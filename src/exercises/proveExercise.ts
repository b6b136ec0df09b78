/**
 * The proof every exercise must pass before anyone is asked to solve it: its start fails on every
 * seed (a learner cannot pass by changing nothing, or by luck), its reference solution passes on
 * every seed (the exercise can be solved with its knobs), and each tempting wrong answer it lists
 * fails (so its note is never shown beside a pass that could not happen). Used by
 * `npm run check-exercises` and by the built-in pack's tests.
 *
 * It also finds thin margins: goals the solution meets with less than MARGIN_WARNING of the
 * threshold to spare on some seed, where a slightly different seed or a small change to the
 * simulation could tip the exercise over. They are warnings, not failures.
 */
import { checkExercise, type CheckOptions, type CheckResult, type GoalResult } from './checker.ts';
import type { Exercise, WrongAnswer } from './parsePack.ts';

/** Room under which a solution's goal is a warning: 10% of the threshold. */
export const MARGIN_WARNING = 0.1;

/** How one tempting wrong answer did: it should fail. */
export interface WrongAnswerProof {
  /** Its position in the exercise's list. */
  index: number;
  wrongAnswer: WrongAnswer;
  result: CheckResult;
  /** Seeds on which it missed a goal; empty means it passes, and the proof does not hold. */
  failedSeeds: number[];
}

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
  wrongAnswers: WrongAnswerProof[];
  /**
   * Goals the solution meets with less than MARGIN_WARNING to spare: for each such goal, its
   * closest seed. Goals that allow none (a threshold of 0) have no share to measure and are left out.
   */
  thinMargins: GoalResult[];
}

/** "1", "1 and 2", "1, 2 and 3". */
function listOf(items: readonly number[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${String(items.at(-1))}`;
}

function seedsWhere(result: CheckResult, passed: boolean): number[] {
  return result.status === 'refused'
    ? []
    : result.seeds.filter((s) => s.passed === passed).map((s) => s.seed);
}

/** Room left as a share of the threshold; zero thresholds (none allowed) have no share to give. */
export function relativeRoom(goal: GoalResult): number {
  return goal.threshold === 0 ? Infinity : goal.margin / Math.abs(goal.threshold);
}

function closestCall(result: CheckResult): GoalResult | null {
  if (result.status === 'refused') return null;
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

function thinMargins(result: CheckResult): GoalResult[] {
  if (result.status === 'refused') return [];
  return result.goals
    .map((verdict) => verdict.worst)
    .filter((g) => g.passed && relativeRoom(g) < MARGIN_WARNING);
}

function proveWrongAnswer(
  exercise: Exercise,
  wrongAnswer: WrongAnswer,
  index: number,
  options: CheckOptions,
): WrongAnswerProof {
  const result = checkExercise(exercise, wrongAnswer.scenario, options);
  // A locked result cannot happen for a parsed pack, and is not a pass either.
  const failedSeeds = result.status === 'refused' ? exercise.seeds : seedsWhere(result, false);
  return { index, wrongAnswer, result, failedSeeds };
}

export function proveExercise(exercise: Exercise, options: CheckOptions = {}): ExerciseProof {
  const start = checkExercise(exercise, exercise.start, options);
  const solution = checkExercise(exercise, exercise.solution, options);
  const startPassedSeeds = seedsWhere(start, true);
  const solutionFailedSeeds =
    solution.status === 'refused' ? exercise.seeds : seedsWhere(solution, false);
  const wrongAnswers = exercise.wrongAnswers.map((wrong, i) =>
    proveWrongAnswer(exercise, wrong, i, options),
  );
  const problems = [
    ...(startPassedSeeds.length > 0
      ? [
          `the start already meets every goal on ${startPassedSeeds.length === 1 ? 'seed' : 'seeds'} ${listOf(startPassedSeeds)}, so it would pass unchanged`,
        ]
      : []),
    ...(solution.status === 'refused'
      ? [`the solution changes locked fields: ${solution.problems.map((p) => p.path).join(', ')}`]
      : solution.failures.map((f) => `the solution misses a goal: ${f}`)),
    ...wrongAnswers
      .filter((w) => w.failedSeeds.length === 0)
      .map(
        (w) =>
          `wrong answer ${w.index + 1} (${JSON.stringify(w.wrongAnswer.settings)}) passes on every seed, so it is not a wrong answer; change it or remove it`,
      ),
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
    wrongAnswers,
    thinMargins: thinMargins(solution),
  };
}
