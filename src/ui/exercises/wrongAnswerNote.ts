/**
 * The note for a tempting wrong answer, shown beside a failed check whose settings match one the
 * pack lists. Only a check that ran and failed gets one: a pass needs no correction, and a check
 * refused for locked settings says what to change already.
 */
import { matchWrongAnswer, type CheckResult, type Exercise } from '../../exercises/index.ts';
import type { Scenario } from '../../sim/scenario.ts';

export function wrongAnswerNote(
  exercise: Exercise,
  result: CheckResult,
  checked: Scenario,
): string | null {
  if (result.status !== 'failed') return null;
  return matchWrongAnswer(exercise, checked)?.note ?? null;
}
