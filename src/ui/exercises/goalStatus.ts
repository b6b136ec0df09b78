/**
 * How each of an exercise's goals stands, for the goal bar under the stage: met or missed by the
 * last check, being checked, or not checked yet (before any check, and after one that did not run).
 */
import type { CheckState } from './session.ts';

export type GoalStatus = 'met' | 'missed' | 'checking' | 'unchecked';

export function goalStatuses(goalCount: number, check: CheckState): GoalStatus[] {
  const all = (status: GoalStatus) => Array.from({ length: goalCount }, () => status);
  if (check.status === 'running') return all('checking');
  if (check.status === 'idle' || check.outcome.kind !== 'done') return all('unchecked');
  const result = check.outcome.result;
  if (result.status === 'refused') return all('unchecked');
  const verdicts = result.goals;
  return Array.from({ length: goalCount }, (_, i): GoalStatus => {
    const verdict = verdicts.find((v) => v.goalIndex === i);
    return verdict === undefined ? 'unchecked' : verdict.passed ? 'met' : 'missed';
  });
}
