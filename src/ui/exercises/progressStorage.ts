/**
 * Progress in localStorage, under a versioned key (the document's form is in progressDocument.ts).
 * Nothing found there is ever lost to a bad read: damaged data is set aside under a key of its own
 * (or, when the browser has no room for that, left where it is) and reported in one plain sentence;
 * only the readable part is used, and written back cleaned so the report is made once. Progress of
 * a version this page does not know is reported and left alone, never overwritten. Writing keeps
 * within the reader's limits: when the progress outgrows them, or the browser's storage is full,
 * the packs used longest ago make room (never the one in use), and the learner is told. A browser
 * that refuses to store at all is reported too; progress then lives as long as the page.
 */
import { nameList } from '../../text/echo.ts';
import type { Progress } from './progress.ts';
import {
  parseProgressText,
  PROGRESS_LIMITS,
  progressText,
  storableProgress,
} from './progressDocument.ts';

export { parseProgressText, progressText } from './progressDocument.ts';

export const PROGRESS_KEY = 'backpressure-playground:progress:v1';
/** Earlier or later formats of the progress live under keys that start with this. */
const KEY_FAMILY = 'backpressure-playground:progress';
const FORMAT_VERSION = 1;
/** Stored progress that could not be read is moved here, under the time it was found. */
export const SET_ASIDE_PREFIX = 'backpressure-playground:set-aside:progress:';

/** Far beyond honest use (a pack's progress is a few KB); bigger is not read at all. */
export const MAX_PROGRESS_TEXT = PROGRESS_LIMITS.text;

/** The part of the Web Storage API this needs, so tests can pass a fake. */
export type ProgressStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

const KEPT_HERE = 'what you do here lasts only until you close the page';
const SET_ASIDE = 'The damaged data is set aside in this browser, not deleted.';
const NO_ROOM_TO_SET_ASIDE = `It is left as it is, since this browser has no room to set it aside; ${KEPT_HERE}.`;

export const NOTICES = {
  damaged: `Your saved exercise progress could not be read (the stored data is damaged), so it was reset. ${SET_ASIDE}`,
  damagedKept: `Your saved exercise progress could not be read (the stored data is damaged). ${NO_ROOM_TO_SET_ASIDE}`,
  old: 'Your saved exercise progress came from an older version of the playground and could not be carried over, so it was reset.',
  newer: `Your saved exercise progress was written by a newer version of the playground, which this page cannot read. It is left as it is; ${KEPT_HERE}.`,
  unknown: `Your saved exercise progress is in a form this page does not recognise. It is left as it is; ${KEPT_HERE}.`,
  unavailable:
    'This browser does not let the page keep data (storage is turned off or blocked), so your exercise progress lasts only until you close the page.',
  full: 'Your exercise progress could not be saved: this browser’s storage for the page is full. It is kept until you close the page.',
  tooLarge:
    'Your exercise progress could not be saved: it has grown larger than the page keeps. It is kept until you close the page.',
  partly: (count: number) =>
    `${count === 1 ? 'One entry' : `${count} entries`} of your saved exercise progress could not be read and ${count === 1 ? 'was' : 'were'} set aside; the rest is kept.`,
  settings: (count: number) =>
    `Your saved settings for ${count === 1 ? 'one exercise' : `${count} exercises`} could not be read and were set aside, so ${count === 1 ? 'that exercise opens' : 'those exercises open'} at the start; the rest of your progress is kept.`,
  partlyKept: `Part of your saved exercise progress could not be read. ${NO_ROOM_TO_SET_ASIDE}`,
  evicted: (packIds: readonly string[]) =>
    `To make room for your progress, what was saved for ${packIds.length === 1 ? 'the exercise pack' : 'the exercise packs'} used longest ago (${nameList(packIds)}) was removed.`,
} as const;

export interface ReadProgress {
  progress: Progress;
  /** One sentence for the learner when something was reset or cannot be kept; null when all is well. */
  notice: string | null;
  /** False when what is stored must not be overwritten (not this page's, or not set aside). */
  writable: boolean;
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

/** Copies `text` to a key of its own; false when the browser would not store it. */
function setAside(storage: ProgressStorage, text: string, now: Date): boolean {
  try {
    let key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
    // Two tabs finding the same damage in the same millisecond keep both copies.
    for (let n = 2; storage.getItem(key) !== null; n++)
      key = `${SET_ASIDE_PREFIX}${now.toISOString()}-${n}`;
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the progress; anything unreadable is set aside (the readable rest written back cleaned)
 * and reported in `notice`. Never throws.
 */
export function readProgress(
  storage: ProgressStorage | null,
  now: Date = new Date(),
): ReadProgress {
  if (storage === null) return { progress: new Map(), notice: NOTICES.unavailable, writable: true };
  try {
    const old = olderFormatKeys(storage);
    for (const key of old) storage.removeItem(key);
    const text = storage.getItem(PROGRESS_KEY);
    if (text === null)
      return { progress: new Map(), notice: old.length > 0 ? NOTICES.old : null, writable: true };
    const stored = parseProgressText(text);
    switch (stored.kind) {
      case 'unknown':
        return {
          progress: new Map(),
          notice: stored.newer ? NOTICES.newer : NOTICES.unknown,
          writable: false,
        };
      case 'old':
        storage.removeItem(PROGRESS_KEY);
        return { progress: new Map(), notice: NOTICES.old, writable: true };
      case 'damaged':
        if (!setAside(storage, text, now))
          return { progress: new Map(), notice: NOTICES.damagedKept, writable: false };
        storage.removeItem(PROGRESS_KEY);
        return { progress: new Map(), notice: NOTICES.damaged, writable: true };
    }
    const { progress, dropped, settingsDropped } = stored;
    if (dropped === 0 && settingsDropped === 0)
      return { progress, notice: old.length > 0 ? NOTICES.old : null, writable: true };
    // The original is kept whole before the cleaned progress replaces it.
    if (!setAside(storage, text, now))
      return { progress, notice: NOTICES.partlyKept, writable: false };
    // Written back cleaned, so the next visit reads it without a word.
    writeProgress(storage, progress);
    const notice = [
      dropped > 0 ? NOTICES.partly(dropped) : '',
      settingsDropped > 0 ? NOTICES.settings(settingsDropped) : '',
    ];
    return { progress, notice: notice.filter(Boolean).join(' '), writable: true };
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

export type WrittenProgress =
  | {
      ok: true;
      /** What was stored; without `evicted`'s packs when room had to be made. */
      progress: Progress;
      /** Packs whose stored progress was removed to make room, least recently used first. */
      evicted: string[];
    }
  | { ok: false; notice: string };

/** `progress` without `packId`. */
function without(progress: Progress, packId: string): Progress {
  const next = new Map(progress);
  next.delete(packId);
  return next;
}

/**
 * Saves the progress. `current` (by default the most recently used pack, the last) is never
 * evicted; the packs used longest ago are, when the progress outgrows what the reader accepts or
 * what the browser will store. On failure says why, in a sentence for the learner, and leaves what
 * was stored as it was. Never throws.
 */
export function writeProgress(
  storage: ProgressStorage | null,
  progress: Progress,
  current: string | undefined = [...progress.keys()].pop(),
): WrittenProgress {
  if (storage === null) return { ok: false, notice: NOTICES.unavailable };
  let kept = storableProgress(progress);
  const evicted: string[] = [];
  const evictOne = (): boolean => {
    const oldest = [...kept.keys()].find((id) => id !== current);
    if (oldest === undefined) return false;
    kept = without(kept, oldest);
    evicted.push(oldest);
    return true;
  };
  while (kept.size > PROGRESS_LIMITS.packs) if (!evictOne()) break;
  let text = progressText(kept);
  while (text.length > PROGRESS_LIMITS.text && evictOne()) text = progressText(kept);
  // The reader must take back exactly what is written: anything less is not written at all.
  const check = parseProgressText(text);
  if (check.kind !== 'progress' || check.dropped > 0 || check.settingsDropped > 0)
    return { ok: false, notice: NOTICES.tooLarge };
  for (;;) {
    try {
      if (kept.size === 0) storage.removeItem(PROGRESS_KEY);
      else storage.setItem(PROGRESS_KEY, text);
      return { ok: true, progress: kept, evicted };
    } catch (error) {
      if (!isQuotaError(error)) return { ok: false, notice: NOTICES.unavailable };
      if (!evictOne()) return { ok: false, notice: NOTICES.full };
      text = progressText(kept);
    }
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
