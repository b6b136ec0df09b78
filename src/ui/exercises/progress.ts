/**
 * A learner's progress through exercises, per pack and exercise: when it was first passed, how many
 * checks and hints it took, whether the solution was shown, and the learner's last settings. Plain
 * immutable data (maps, so no id can ever reach an object's prototype); progressStorage.ts keeps it
 * in localStorage, in the form progressDocument.ts describes.
 */
import { changedPaths } from '../../exercises/knobs.ts';
import type { Scenario } from '../../sim/scenario.ts';
import { getAt, setAt } from '../../domain/path.ts';

/** The learner's settings as the fields they changed from the start: dotted path and new value. */
export type Attempt = readonly (readonly [path: string, value: unknown])[];

export interface ExerciseProgress {
  /** When the exercise was first passed (an ISO date), or null. */
  passedAt: string | null;
  /** Checks run so far. */
  checks: number;
  /** Hints revealed so far, in order. */
  hintsShown: number;
  solutionShown: boolean;
  /** The learner's last settings, or null when they are the start's. */
  attempt: Attempt | null;
  /**
   * The settings of the last passing check, or of the last check while none has passed (an empty
   * list: the start's); null before any check. The answer the room view shows the instructor.
   */
  checkedWith: Attempt | null;
}

/** Progress by pack id, then exercise id. */
export type Progress = ReadonlyMap<string, ReadonlyMap<string, ExerciseProgress>>;

export type ProgressStatus = 'not-started' | 'tried' | 'passed';

export const EMPTY_PROGRESS: Progress = new Map();

const FRESH: ExerciseProgress = {
  passedAt: null,
  checks: 0,
  hintsShown: 0,
  solutionShown: false,
  attempt: null,
  checkedWith: null,
};

export function progressOf(
  progress: Progress,
  packId: string,
  exerciseId: string,
): ExerciseProgress | undefined {
  return progress.get(packId)?.get(exerciseId);
}

export function statusOf(entry: ExerciseProgress | undefined): ProgressStatus {
  if (entry === undefined) return 'not-started';
  return entry.passedAt === null ? 'tried' : 'passed';
}

/**
 * The progress with one exercise's entry replaced by `change` of it (a fresh entry if none). Its
 * pack moves to the end: packs are kept from the least to the most recently used, so that when
 * storage runs out of room the one used longest ago makes way.
 */
export function updateProgress(
  progress: Progress,
  packId: string,
  exerciseId: string,
  change: (entry: ExerciseProgress) => ExerciseProgress,
): Progress {
  const pack = new Map(progress.get(packId) ?? []);
  pack.set(exerciseId, change(pack.get(exerciseId) ?? FRESH));
  const next = new Map(progress);
  next.delete(packId);
  next.set(packId, pack);
  return next;
}

/**
 * A check's outcome: a pass keeps the date of the first one. The settings checked (the entry's own
 * by default) become its answer, unless a failing check follows a pass: a pass stays the answer.
 */
export function withCheck(
  entry: ExerciseProgress,
  passed: boolean,
  now: Date,
  checked: Attempt = entry.attempt ?? [],
): ExerciseProgress {
  const keepPass = !passed && entry.passedAt !== null && entry.checkedWith !== null;
  return {
    ...entry,
    checks: entry.checks + 1,
    passedAt: entry.passedAt ?? (passed ? now.toISOString() : null),
    checkedWith: keepPass ? entry.checkedWith : checked,
  };
}

/** The fields of `scenario` that differ from `start`, as an attempt; null when there are none. */
export function attemptFrom(start: Scenario, scenario: Scenario): Attempt | null {
  const paths = changedPaths(start, scenario);
  if (paths.length === 0) return null;
  return paths.map((path) => [path, getAt(scenario, path) ?? null] as const);
}

/** The start with an attempt's changes written over it; still to be parsed and checked for locks. */
export function applyAttempt(start: Scenario, attempt: Attempt): unknown {
  return attempt.reduce<unknown>((scenario, [path, value]) => setAt(scenario, path, value), start);
}

export function sameAttempt(a: Attempt | null, b: Attempt | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
