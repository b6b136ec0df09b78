/**
 * The reader's display preferences (theme, large text, high contrast) kept in localStorage, so they
 * survive a reload. They belong to the reader, not to a link. Whatever the storage holds, reading
 * never throws: an unknown or damaged value is ignored and the default kept; a full or blocked
 * storage simply does not remember.
 */
import type { PlaygroundStore } from '../store/createPlaygroundStore.ts';
import type { PlaygroundState, Theme } from '../store/types.ts';

export const DISPLAY_KEY = 'backpressure-playground:display:v1';

export interface DisplayPrefs {
  theme: Theme;
  largeText: boolean;
  highContrast: boolean;
}

type PrefsStorage = Pick<Storage, 'getItem' | 'setItem'>;

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** The preferences stored, as far as they are valid. */
export function readDisplayPrefs(storage: PrefsStorage | null): Partial<DisplayPrefs> {
  let raw: unknown;
  try {
    const text = storage?.getItem(DISPLAY_KEY);
    if (typeof text !== 'string' || text.length > 1000) return {};
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const { theme, largeText, highContrast } = raw as Record<string, unknown>;
  const prefs: Partial<DisplayPrefs> = {};
  if (THEMES.includes(theme as Theme)) prefs.theme = theme as Theme;
  if (typeof largeText === 'boolean') prefs.largeText = largeText;
  if (typeof highContrast === 'boolean') prefs.highContrast = highContrast;
  return prefs;
}

export function writeDisplayPrefs(storage: PrefsStorage | null, prefs: DisplayPrefs): void {
  try {
    storage?.setItem(DISPLAY_KEY, JSON.stringify(prefs));
  } catch {
    // Full, or blocked by the browser's privacy settings: the page works the same, it just forgets.
  }
}

const prefsOf = (s: PlaygroundState): DisplayPrefs => ({
  theme: s.theme,
  largeText: s.largeText,
  highContrast: s.highContrast,
});

/** Applies the stored preferences to the store, then stores every change; returns a stop function. */
export function keepDisplayPrefs(store: PlaygroundStore, storage: PrefsStorage | null): () => void {
  const stored = readDisplayPrefs(storage);
  const state = store.getState();
  if (stored.theme !== undefined) state.setTheme(stored.theme);
  if (stored.largeText !== undefined) state.setLargeText(stored.largeText);
  if (stored.highContrast !== undefined) state.setHighContrast(stored.highContrast);
  return store.subscribe((next, previous) => {
    if (
      next.theme !== previous.theme ||
      next.largeText !== previous.largeText ||
      next.highContrast !== previous.highContrast
    )
      writeDisplayPrefs(storage, prefsOf(next));
  });
}

/** The page's localStorage, or null where reading it is not allowed. */
export function browserStorage(): PrefsStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
