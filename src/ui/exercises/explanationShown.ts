/**
 * Whether an exercise shows its explanation ("Why it works"): once passed, now or before, but not
 * straight after a check that failed. Beside "Not yet" it would read as the answer to the failure,
 * and give the solution away.
 */
export function explanationShown(
  passedBefore: boolean,
  lastCheck: 'passed' | 'failed' | null,
): boolean {
  if (lastCheck === 'failed') return false;
  return lastCheck === 'passed' || passedBefore;
}
