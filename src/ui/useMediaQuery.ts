/**
 * Whether a CSS media query matches, kept up to date. Read synchronously on the first render, so a
 * part laid out for the window's width is drawn right the first time, with nothing moving after.
 */
import { useCallback, useSyncExternalStore } from 'react';

/** The page's one breakpoint between the wide layout (two columns) and the narrow ones. */
export const WIDE = '(min-width: 64rem)';
/** A phone's width, where the parts stack in one column (global.css orders them). */
export const PHONE = '(max-width: 39.99rem)';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
