/** A learner's progress on one exercise in a few words: "Not started", "Tried", "Passed on 3 December 2026". */
import { statusOf, type ExerciseProgress } from './progress.ts';

export function progressWords(entry: ExerciseProgress | undefined): string {
  const status = statusOf(entry);
  if (status === 'not-started' || entry === undefined) return 'Not started';
  const helped = entry.solutionShown ? ' (solution shown)' : '';
  if (status === 'tried') return `Tried${helped}`;
  const date = new Date(entry.passedAt as string).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `Passed on ${date}${helped}`;
}
