/**
 * The note for a tempting wrong answer, shown beside a failed check whose settings match one the
 * pack lists. A check that failed gets one, and so does one refused for spending more than the
 * exercise's budget (a tempting answer too: "give every stage 60"); a pass needs no correction, and
 * a check refused for locked settings says what to change already.
 */
import { matchWrongAnswer, type CheckResult, type Exercise } from '../../exercises/index.ts';
import type { Scenario } from '../../sim/scenario.ts';

export function wrongAnswerNote(
  exercise: Exercise,
  result: CheckResult,
  checked: Scenario,
): string | null {
  const overBudgetOnly = result.status === 'refused' && result.problems.length === 0;
  if (result.status !== 'failed' && !overBudgetOnly) return null;
  return matchWrongAnswer(exercise, checked)?.note ?? null;
}
