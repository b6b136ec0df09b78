/**
 * What this page keeps in the browser's localStorage, in words, so a reset for the next person on a
 * shared laptop can say exactly what it will erase before it does. Every key of the page starts with
 * the same prefix; the known ones are described by what they hold, anything else by its name.
 * Nothing outside the prefix is touched.
 */
import { parseProgressText } from '../exercises/progressDocument.ts';

export const PAGE_PREFIX = 'backpressure-playground:';

export type StoredDataStorage = Pick<Storage, 'getItem' | 'removeItem' | 'key' | 'length'>;

export interface StoredItem {
  /** The keys this item is kept under. */
  keys: string[];
  /** What it is, in a sentence fragment a reader understands ("Display settings: dark colours"). */
  what: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function progressWords(text: string | null): string {
  if (text === null) return 'Exercise progress';
  const stored = parseProgressText(text);
  if (stored.kind !== 'progress')
    return 'Exercise progress (stored in a form this page cannot read)';
  let passed = 0;
  let tried = 0;
  let settings = 0;
  for (const exercises of stored.progress.values())
    for (const entry of exercises.values()) {
      if (entry.passedAt !== null) passed++;
      else tried++;
      if (entry.attempt !== null) settings++;
    }
  const parts = [];
  if (passed > 0) parts.push(`${plural(passed, 'exercise', 'exercises')} passed`);
  if (tried > 0) parts.push(`${plural(tried, 'exercise', 'exercises')} tried`);
  const head = parts.length > 0 ? `Exercise progress: ${parts.join(', ')}` : 'Exercise progress';
  return settings > 0
    ? `${head}, with the settings saved for ${plural(settings, 'exercise', 'exercises')}`
    : head;
}

function displayWords(text: string | null): string {
  try {
    const raw = JSON.parse(text ?? '') as Record<string, unknown>;
    const parts = [];
    if (raw['theme'] === 'dark' || raw['theme'] === 'light') parts.push(`${raw['theme']} colours`);
    if (raw['largeText'] === true) parts.push('large text');
    if (raw['highContrast'] === true) parts.push('high contrast');
    return parts.length > 0 ? `Display settings: ${parts.join(', ')}` : 'Display settings';
  } catch {
    return 'Display settings';
  }
}

function tourWords(text: string | null): string {
  try {
    const raw = JSON.parse(text ?? '') as Record<string, unknown>;
    if (raw['finished'] === true) return 'The guided tour’s place: taken to the end';
    if (typeof raw['step'] === 'number' && raw['step'] > 0)
      return `The guided tour’s place: step ${Math.floor(raw['step']) + 1}`;
  } catch {
    // Described plainly below.
  }
  return 'The guided tour’s place: seen';
}

/** The page's keys in `storage`, grouped and described; an empty list when it keeps nothing. */
export function storedItems(storage: StoredDataStorage): StoredItem[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(PAGE_PREFIX)) keys.push(key);
  }
  keys.sort();
  const take = (test: (key: string) => boolean): string[] => {
    const found = keys.filter(test);
    for (const k of found) keys.splice(keys.indexOf(k), 1);
    return found;
  };
  const items: StoredItem[] = [];
  const progress = take((k) => k.startsWith(`${PAGE_PREFIX}progress`));
  if (progress.length > 0) {
    const current = progress.find((k) => k === `${PAGE_PREFIX}progress:v1`);
    items.push({
      keys: progress,
      what: progressWords(current === undefined ? null : storage.getItem(current)),
    });
  }
  const setAside = take((k) => k.startsWith(`${PAGE_PREFIX}set-aside:`));
  if (setAside.length > 0)
    items.push({
      keys: setAside,
      what: `${plural(setAside.length, 'copy', 'copies')} of damaged progress, set aside when it could not be read`,
    });
  const known: [string, (text: string | null) => string][] = [
    ['pack-file:v1', () => 'The exercise pack last loaded from a file'],
    ['tour:v1', tourWords],
    ['display:v1', displayWords],
    ['room-timer:v1', () => 'The room timer'],
    // The attendee's side of the room view: left behind, the next person's code would replace
    // this one's row in the instructor's table.
    ['room-attendee:v1', () => 'Your name and identity for the instructor’s room view'],
    ['room:v1', () => 'The room view’s table of attendees (the instructor’s page)'],
  ];
  for (const [suffix, words] of known) {
    const found = take((k) => k === `${PAGE_PREFIX}${suffix}`);
    if (found.length > 0)
      items.push({ keys: found, what: words(storage.getItem(found[0] as string)) });
  }
  // Whatever else the page keeps (a later feature's), by name: nothing is erased unsaid.
  for (const key of keys)
    items.push({
      keys: [key],
      what: `Other data of this page (“${key.slice(PAGE_PREFIX.length)}”)`,
    });
  return items;
}

/** Removes every key of `items`; returns how many could not be removed (a blocked storage). */
export function eraseItems(storage: StoredDataStorage, items: readonly StoredItem[]): number {
  let failed = 0;
  for (const item of items)
    for (const key of item.keys) {
      try {
        storage.removeItem(key);
      } catch {
        failed++;
      }
    }
  return failed;
}
