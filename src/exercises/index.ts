/**
 * Exercises: packs of stories with goals checked by running the simulation headless. The public
 * API for the pages; see docs/workshop.md for the pack format and the report of the helper that
 * built this folder for how the exercise page is meant to use it.
 *
 * Loading:   parsePackText(text) / parsePack(value) → ExercisePack or problems by field;
 *            loadBuiltInPack() → the pack that ships with the playground.
 * Knobs:     isEditable(exercise, 'queue.capacity'), hasEditableInside(exercise, 'queue'),
 *            lockedChanges(exercise, scenario).
 * Checking:  checkSteps(exercise, scenario) → a generator to run a few steps per frame or in a
 *            worker; checkExercise(exercise, scenario) runs to the end at once.
 * Words:     goalLabel(goal), describeOutcome(goal, measured), formatQuantity(value, unit);
 *            matchWrongAnswer(exercise, scenario) → the tempting wrong answer tried, with its note.
 *
 * Everything here is plain data in and out, deterministic, with no DOM, so it runs alike in Node,
 * a Web Worker and the page. The built-in pack is about 20 KB of text: import it lazily.
 */
import { BUILT_IN_PACK } from './builtInPack.ts';
import { formatPackProblems, parsePack, type ExercisePack } from './parsePack.ts';

export { BUILT_IN_PACK, type ExerciseFile, type PackFile } from './builtInPack.ts';
export {
  checkExercise,
  checkSteps,
  scenarioForSeed,
  type CheckOptions,
  type CheckProgress,
  type CheckResult,
  type CheckableExercise,
  type GoalResult,
  type GoalVerdict,
  type SeedResult,
} from './checker.ts';
export {
  budgetLine,
  budgetProblem,
  budgetUse,
  type Budget,
  type BudgetPart,
  type BudgetUse,
} from './budget.ts';
export { formatQuantity, type QuantityUnit } from './formatValue.ts';
export { describeOutcome, goalLabel, meetsGoal, windowPhrase } from './goalText.ts';
export {
  applyPatch,
  changedPaths,
  FREE_FIELDS,
  hasEditableInside,
  isEditable,
  lockedChanges,
  type ScenarioPatch,
} from './knobs.ts';
export { METRIC_IDS, METRICS, type MetricId } from './metrics.ts';
export {
  COMPARISONS,
  DEFAULT_SEEDS,
  PACK_FORMAT,
  PACK_VERSION,
  type Comparison,
  type Goal,
  type GoalWindow,
  type Measure,
} from './packSchema.ts';
export {
  formatPackProblems,
  parsePack,
  parsePackText,
  type Exercise,
  type ExercisePack,
  type PackProblem,
  type Prediction,
  type WrongAnswer,
} from './parsePack.ts';
export { comparePrediction } from './predictionCompare.ts';
export { proveExercise, type ExerciseProof } from './proveExercise.ts';
export { matchWrongAnswer } from './wrongAnswers.ts';

/** The pack that ships with the playground, checked (its tests prove it valid and solvable). */
export function loadBuiltInPack(): ExercisePack {
  const parsed = parsePack(BUILT_IN_PACK);
  if (!parsed.ok)
    throw new Error(
      `The built-in exercise pack is not valid:\n${formatPackProblems(parsed.problems)}`,
    );
  return parsed.value;
}
