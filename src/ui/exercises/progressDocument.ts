/**
 * The stored form of the progress: one JSON document, versioned, with the limits its reader holds
 * it to. Whatever is read is untrusted (another tab, an extension, a person in the developer tools
 * may have written it), so the reader checks every entry; and the writer keeps to the same limits,
 * so nothing this page writes is ever refused when it is read back.
 */
import { checkInputSize } from '../../exercises/inputLimits.ts';
import type { Attempt, ExerciseProgress, Progress } from './progress.ts';

export const FORMAT_VERSION = 1;

/** Far beyond honest use (a pack's progress is a few KB); the writer keeps within them too. */
export const PROGRESS_LIMITS = {
  /** The whole document, in characters; bigger is not read at all. */
  text: 1_000_000,
  packs: 50,
  /** Per pack (a pack has at most 100 exercises). */
  exercises: 200,
  /** Changed fields in one exercise's saved settings. */
  attemptFields: 100,
  path: 200,
  /** One saved setting's value as JSON: a scenario's largest section is a few hundred characters. */
  valueText: 20_000,
  checks: 1_000_000,
  hints: 10,
} as const;

/** What a stored text turned out to be. */
export type StoredProgress =
  | {
      kind: 'progress';
      progress: Progress;
      /** Entries (or whole packs) that could not be read and were left out. */
      dropped: number;
      /** Entries whose saved settings could not be read: kept, with the settings left out. */
      settingsDropped: number;
    }
  /** Not this format at all, or broken beyond reading. */
  | { kind: 'damaged' }
  /** An older format, which this page knows it cannot carry over. */
  | { kind: 'old' }
  /** A version this page does not know (a newer playground's, or one nobody wrote): not its to touch. */
  | { kind: 'unknown'; newer: boolean };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const isId = (x: string) => x.length <= 60 && SLUG.test(x);

const isCount = (x: unknown, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;

function isDate(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 40 && Number.isFinite(Date.parse(x));
}

/**
 * A saved setting small and shallow enough to hand to the scenario checks: a value nested
 * thousands deep would overflow their stack on every opening of the exercise.
 */
function isStorableValue(value: unknown): boolean {
  if (value === undefined || checkInputSize(value).length > 0) return false;
  return JSON.stringify(value).length <= PROGRESS_LIMITS.valueText;
}

/** Saved settings as they may be stored, or undefined when they may not. */
export function readAttempt(x: unknown): Attempt | null | undefined {
  if (x === null) return null;
  if (!Array.isArray(x) || x.length === 0 || x.length > PROGRESS_LIMITS.attemptFields)
    return undefined;
  const fields: (readonly [string, unknown])[] = [];
  for (const field of x) {
    if (!Array.isArray(field) || field.length !== 2) return undefined;
    const [path, value] = field as [unknown, unknown];
    if (typeof path !== 'string' || path.length > PROGRESS_LIMITS.path || !FIELD_PATH.test(path))
      return undefined;
    if (path.split('.').some((key) => FORBIDDEN_KEYS.has(key))) return undefined;
    if (!isStorableValue(value)) return undefined;
    fields.push([path, value]);
  }
  return fields;
}

/** The settings of a check: absent in progress stored before they were kept, [] for the start's. */
function readCheckedWith(x: unknown): Attempt | null {
  if (Array.isArray(x) && x.length === 0) return [];
  return readAttempt(x ?? null) ?? null;
}

/**
 * One exercise's entry; `attempt: undefined` when only its saved settings are unreadable (the rest
 * is kept), or undefined when any other part is not what this code writes.
 */
function readEntry(x: unknown): { entry: ExerciseProgress; settingsDropped: boolean } | undefined {
  if (!isRecord(x)) return undefined;
  const { passedAt, checks, hintsShown, solutionShown } = x;
  if (passedAt !== null && !isDate(passedAt)) return undefined;
  if (!isCount(checks, PROGRESS_LIMITS.checks) || !isCount(hintsShown, PROGRESS_LIMITS.hints))
    return undefined;
  if (typeof solutionShown !== 'boolean') return undefined;
  const attempt = readAttempt(x['attempt'] ?? null);
  return {
    entry: {
      passedAt,
      checks,
      hintsShown,
      solutionShown,
      attempt: attempt ?? null,
      checkedWith: readCheckedWith(x['checkedWith']),
    },
    settingsDropped: attempt === undefined,
  };
}

/** The packs of a stored document, least recently used first (as `order` says, when it can). */
function readPacks(packs: unknown, order: unknown): StoredProgress | null {
  if (!isRecord(packs)) return null;
  const progress = new Map<string, Map<string, ExerciseProgress>>();
  let dropped = 0;
  let settingsDropped = 0;
  for (const [packId, exercises] of Object.entries(packs)) {
    if (!isId(packId) || !isRecord(exercises) || progress.size >= PROGRESS_LIMITS.packs) {
      dropped++;
      continue;
    }
    const entries = new Map<string, ExerciseProgress>();
    for (const [exerciseId, raw] of Object.entries(exercises)) {
      const read =
        isId(exerciseId) && entries.size < PROGRESS_LIMITS.exercises ? readEntry(raw) : undefined;
      if (read === undefined) {
        dropped++;
        continue;
      }
      entries.set(exerciseId, read.entry);
      if (read.settingsDropped) settingsDropped++;
    }
    if (entries.size > 0) progress.set(packId, entries);
  }
  return { kind: 'progress', progress: inOrder(progress, order), dropped, settingsDropped };
}

/** The packs reordered by a stored `order` list; an odd list is ignored (it only ranks packs). */
function inOrder<T>(packs: Map<string, T>, order: unknown): Map<string, T> {
  if (!Array.isArray(order) || order.length > PROGRESS_LIMITS.packs * 2) return packs;
  const ranked = new Map<string, T>();
  const listed = new Set(order.filter((id): id is string => typeof id === 'string'));
  for (const [id, value] of packs) if (!listed.has(id)) ranked.set(id, value);
  for (const id of listed) {
    const value = packs.get(id);
    if (value !== undefined) ranked.set(id, value);
  }
  return ranked;
}

/** What the stored text is: progress (with what could not be read counted), or why it is not. */
export function parseProgressText(text: string): StoredProgress {
  if (text.length > PROGRESS_LIMITS.text) return { kind: 'damaged' };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { kind: 'damaged' };
  }
  if (!isRecord(document) || !('version' in document)) return { kind: 'damaged' };
  const version = document['version'];
  if (version === FORMAT_VERSION)
    return readPacks(document['packs'], document['order']) ?? { kind: 'damaged' };
  if (typeof version === 'number' && Number.isInteger(version) && version < FORMAT_VERSION)
    return { kind: 'old' };
  // 2, 1.5, "1": not a format this page wrote or knows how to drop, so not its to delete.
  return {
    kind: 'unknown',
    newer: typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION,
  };
}

/**
 * The progress as the text stored: plain JSON, ids as keys, attempts as [path, value] pairs, and
 * the packs' ids from the least to the most recently used (object keys of digits only would not
 * keep their order).
 */
export function progressText(progress: Progress): string {
  const packs = Object.fromEntries(
    [...progress].map(([packId, exercises]) => [packId, Object.fromEntries(exercises)]),
  );
  return JSON.stringify({ version: FORMAT_VERSION, order: [...progress.keys()], packs });
}

const clampCount = (n: number, max: number) =>
  Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), max) : 0;

/**
 * The progress as the reader will accept it: counts within their limits, settings that may not be
 * stored left out, entries and packs with ids the reader refuses left out, at most the exercises
 * per pack it reads. What is left out here still lives in the page's memory until it is closed.
 */
export function storableProgress(progress: Progress): Progress {
  const out = new Map<string, Map<string, ExerciseProgress>>();
  for (const [packId, exercises] of progress) {
    if (!isId(packId)) continue;
    const entries = new Map<string, ExerciseProgress>();
    for (const [exerciseId, entry] of exercises) {
      if (!isId(exerciseId) || entries.size >= PROGRESS_LIMITS.exercises) continue;
      entries.set(exerciseId, {
        passedAt: entry.passedAt !== null && isDate(entry.passedAt) ? entry.passedAt : null,
        checks: clampCount(entry.checks, PROGRESS_LIMITS.checks),
        hintsShown: clampCount(entry.hintsShown, PROGRESS_LIMITS.hints),
        solutionShown: entry.solutionShown,
        attempt: readAttempt(entry.attempt) ?? null,
        checkedWith: readCheckedWith(entry.checkedWith),
      });
    }
    if (entries.size > 0) out.set(packId, entries);
  }
  return out;
}
