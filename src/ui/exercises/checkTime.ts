/**
 * How long a running exercise check has left, in words, from the work the check has done so far
 * (estimated by estimateWork, so a ramp's busy end counts for more than its quiet start) and the
 * time it took. Said only for a check long enough to wonder about: a long run on five seeds can be
 * a minute of work, and the bar alone does not say whether that is ten seconds or ten minutes.
 */
import { formatSpan } from '../../cli-support/runPace.ts';
import type { CheckProgress } from '../../exercises/index.ts';
import { estimateWork } from '../../sim/estimateWork.ts';
import type { Scenario } from '../../sim/scenario.ts';

/** A check expected to take less than this, in all, says nothing about time. */
const SAY_AFTER_MS = 2000;
/** The first second's pace is mostly the engine warming up: too early to judge. */
const JUDGE_AFTER_MS = 1000;

/** The share of a check's work done: the seeds finished, and the estimated work of the one under way. */
export function checkWorkDone(scenario: Scenario, progress: CheckProgress): number {
  const work = (ms: number) =>
    ms <= 0 ? 0 : estimateWork({ ...scenario, durationSec: ms / 1000 }).work;
  const seedWork = Math.max(work(progress.durationMs), 1);
  const seeds = progress.seedsDone + Math.min(1, work(progress.simulatedMs) / seedWork);
  return Math.min(1, seeds / Math.max(1, progress.seedCount));
}

/** "about 40 s left", or null while the check is short or has only just begun. */
export function checkTimeLeft(
  scenario: Scenario,
  progress: CheckProgress,
  elapsedMs: number,
): string | null {
  if (elapsedMs < JUDGE_AFTER_MS) return null;
  const done = checkWorkDone(scenario, progress);
  if (done <= 0) return null;
  const remainingMs = (elapsedMs * (1 - done)) / done;
  if (elapsedMs + remainingMs < SAY_AFTER_MS) return null;
  return `${formatSpan(remainingMs)} left`;
}
