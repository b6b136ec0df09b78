/**
 * Progress in localStorage, under a versioned key. Whatever is found there is treated as untrusted:
 * damaged, old or hostile data is reported in one plain sentence and reset (only the bad entries,
 * when the rest reads fine), and the cleaned data is written back so the report is made once.
 * Progress a newer playground wrote is reported and left alone, never overwritten. A
 * browser that refuses to store (storage off, or full) is reported too; progress then lives as long
 * as the page.
 */
import type { Attempt, ExerciseProgress, Progress } from './progress.ts';

export const PROGRESS_KEY = 'backpressure-playground:progress:v1';
/** Earlier or later formats of the progress live under keys that start with this. */
const KEY_FAMILY = 'backpressure-playground:progress';
const FORMAT_VERSION = 1;

/** Far beyond honest use (a pack's progress is a few KB); bigger is not read at all. */
export const MAX_PROGRESS_TEXT = 1_000_000;
const MAX_PACKS = 50;
const MAX_EXERCISES = 200;
const MAX_ATTEMPT_FIELDS = 100;
const MAX_PATH = 200;

/** The part of the Web Storage API this needs, so tests can pass a fake. */
export type ProgressStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

export const NOTICES = {
  damaged:
    'Your saved exercise progress could not be read (the stored data is damaged), so it was reset.',
  old: 'Your saved exercise progress came from an older version of the playground and could not be carried over, so it was reset.',
  newer:
    'Your saved exercise progress was written by a newer version of the playground, which this page cannot read. It is left as it is; what you do here lasts only until you close the page.',
  unavailable:
    'This browser does not let the page keep data (storage is turned off or blocked), so your exercise progress lasts only until you close the page.',
  full: 'Your exercise progress could not be saved: this browser’s storage for the page is full. It is kept until you close the page.',
  partly: (count: number) =>
    `${count === 1 ? 'One entry' : `${count} entries`} of your saved exercise progress could not be read and ${count === 1 ? 'was' : 'were'} removed; the rest is kept.`,
} as const;

export interface ReadProgress {
  progress: Progress;
  /** One sentence for the learner when something was reset or cannot be kept; null when all is well. */
  notice: string | null;
  /** False when the stored progress belongs to a newer playground: it must not be overwritten. */
  writable: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isId = (x: string) => x.length <= 60 && SLUG.test(x);

const isCount = (x: unknown, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;

function isDate(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 40 && Number.isFinite(Date.parse(x));
}

function readAttempt(x: unknown): Attempt | null | undefined {
  if (x === null) return null;
  if (!Array.isArray(x) || x.length === 0 || x.length > MAX_ATTEMPT_FIELDS) return undefined;
  const fields: (readonly [string, unknown])[] = [];
  for (const field of x) {
    if (!Array.isArray(field) || field.length !== 2) return undefined;
    const [path, value] = field as [unknown, unknown];
    if (typeof path !== 'string' || path.length > MAX_PATH || !FIELD_PATH.test(path))
      return undefined;
    if (path.split('.').some((key) => FORBIDDEN_KEYS.has(key))) return undefined;
    fields.push([path, value]);
  }
  return fields;
}

/** One exercise's entry, or undefined when any part of it is not what this code writes. */
function readEntry(x: unknown): ExerciseProgress | undefined {
  if (!isRecord(x)) return undefined;
  const { passedAt, checks, hintsShown, solutionShown } = x;
  const attempt = readAttempt(x['attempt'] ?? null);
  if (passedAt !== null && !isDate(passedAt)) return undefined;
  if (!isCount(checks, 1_000_000) || !isCount(hintsShown, 10)) return undefined;
  if (typeof solutionShown !== 'boolean' || attempt === undefined) return undefined;
  return { passedAt, checks, hintsShown, solutionShown, attempt };
}

/** The packs of a stored document; `dropped` counts entries (or packs) that were not readable. */
function readPacks(packs: unknown): { progress: Progress; dropped: number } | null {
  if (!isRecord(packs)) return null;
  const progress = new Map<string, Map<string, ExerciseProgress>>();
  let dropped = 0;
  for (const [packId, exercises] of Object.entries(packs)) {
    if (!isId(packId) || !isRecord(exercises) || progress.size >= MAX_PACKS) {
      dropped++;
      continue;
    }
    const entries = new Map<string, ExerciseProgress>();
    for (const [exerciseId, raw] of Object.entries(exercises)) {
      const entry = isId(exerciseId) && entries.size < MAX_EXERCISES ? readEntry(raw) : undefined;
      if (entry) entries.set(exerciseId, entry);
      else dropped++;
    }
    if (entries.size > 0) progress.set(packId, entries);
  }
  return { progress, dropped };
}

/** The stored text as progress, or the reason it cannot be. */
export function parseProgressText(text: string):
  | { progress: Progress; notice: string | null }
  // `keep`: the text is not this playground's to reset (a newer one wrote it).
  | { progress: null; notice: string; keep?: true } {
  if (text.length > MAX_PROGRESS_TEXT) return { progress: null, notice: NOTICES.damaged };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { progress: null, notice: NOTICES.damaged };
  }
  if (!isRecord(document)) return { progress: null, notice: NOTICES.damaged };
  const version = document['version'];
  if (typeof version === 'number' && version < FORMAT_VERSION)
    return { progress: null, notice: NOTICES.old };
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION)
    return { progress: null, notice: NOTICES.newer, keep: true };
  if (version !== FORMAT_VERSION) return { progress: null, notice: NOTICES.damaged };
  const read = readPacks(document['packs']);
  if (read === null) return { progress: null, notice: NOTICES.damaged };
  return {
    progress: read.progress,
    notice: read.dropped > 0 ? NOTICES.partly(read.dropped) : null,
  };
}

/** The progress as the text stored: plain JSON, ids as keys, attempts as [path, value] pairs. */
export function progressText(progress: Progress): string {
  const packs = Object.fromEntries(
    [...progress].map(([packId, exercises]) => [packId, Object.fromEntries(exercises)]),
  );
  return JSON.stringify({ version: FORMAT_VERSION, packs });
}

/**
 * Keys of older progress formats, which are removed and reported. Keys of newer formats (a later
 * playground, opened in this browser too) are that playground's business and left alone.
 */
function olderFormatKeys(storage: ProgressStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(KEY_FAMILY) || key === PROGRESS_KEY) continue;
    const version = /:v(\d+)$/.exec(key)?.[1];
    if (version === undefined || Number(version) < FORMAT_VERSION) keys.push(key);
  }
  return keys;
}

/**
 * Reads the progress; anything unreadable is reset (and the cleaned data written back) and
 * reported in `notice`. Never throws.
 */
export function readProgress(storage: ProgressStorage | null): ReadProgress {
  if (storage === null) return { progress: new Map(), notice: NOTICES.unavailable, writable: true };
  try {
    const old = olderFormatKeys(storage);
    for (const key of old) storage.removeItem(key);
    const text = storage.getItem(PROGRESS_KEY);
    if (text === null)
      return { progress: new Map(), notice: old.length > 0 ? NOTICES.old : null, writable: true };
    const parsed = parseProgressText(text);
    if (parsed.progress === null && parsed.keep)
      return { progress: new Map(), notice: parsed.notice, writable: false };
    if (parsed.progress === null) {
      storage.removeItem(PROGRESS_KEY);
      return { progress: new Map(), notice: parsed.notice, writable: true };
    }
    // Written back cleaned, so the next visit reads it without a word.
    if (parsed.notice !== null) writeProgress(storage, parsed.progress);
    return {
      progress: parsed.progress,
      notice: parsed.notice ?? (old.length > 0 ? NOTICES.old : null),
      writable: true,
    };
  } catch {
    return { progress: new Map(), notice: NOTICES.unavailable, writable: true };
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  // Chrome and Safari say QuotaExceededError (code 22); old Firefox, NS_ERROR_DOM_QUOTA_REACHED.
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22
  );
}

/** Saves the progress; on failure says why, in a sentence for the learner. Never throws. */
export function writeProgress(
  storage: ProgressStorage | null,
  progress: Progress,
): { ok: true } | { ok: false; notice: string } {
  if (storage === null) return { ok: false, notice: NOTICES.unavailable };
  try {
    if (progress.size === 0) storage.removeItem(PROGRESS_KEY);
    else storage.setItem(PROGRESS_KEY, progressText(progress));
    return { ok: true };
  } catch (error) {
    return { ok: false, notice: isQuotaError(error) ? NOTICES.full : NOTICES.unavailable };
  }
}

/** The page's localStorage, or null when the browser refuses access to it. */
export function browserStorage(): ProgressStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
