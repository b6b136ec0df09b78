/**
 * The one thing the page must know about the tour before its first paint: whether this reader has
 * seen it. Apart from tourProgress.ts (which reads and writes the whole memory) so that the first
 * JavaScript carries only this: the rest arrives with the header's buttons.
 */
export const TOUR_KEY = 'backpressure-playground:tour:v1';

export type TourStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Whether the stored memory says the tour was seen; damaged or missing memory says no. */
export function tourSeen(storage: TourStorage | null): boolean {
  try {
    const text = storage?.getItem(TOUR_KEY);
    if (typeof text !== 'string' || text.length > 200) return false;
    const raw: unknown = JSON.parse(text);
    return typeof raw === 'object' && raw !== null && (raw as { seen?: unknown }).seen === true;
  } catch {
    return false;
  }
}

/** The page's localStorage, or null where reading it is not allowed. */
export function tourStorage(): TourStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
