/**
 * The messages between the page and the exercise-check worker. The page sends one check; the
 * worker answers with progress (a few times a second) and then the result. Cancelling is the
 * page terminating the worker: immediate, and nothing half-done is left behind.
 */
import type { CheckableExercise, CheckProgress, CheckResult } from '../exercises/checker.ts';
import type { Scenario } from '../sim/scenario.ts';

export interface CheckRequest {
  type: 'check';
  exercise: CheckableExercise;
  scenario: Scenario;
}

export type CheckReply =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; result: CheckResult }
  | { type: 'failed'; message: string };
