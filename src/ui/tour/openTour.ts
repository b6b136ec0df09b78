/**
 * The way into the guided tour: "Start here" in the header calls `openTour()`, and so may anything
 * else that offers the tour (a first visit, `?tour=1`). The tour itself is still to be built; until
 * it is, `openTour()` opens "How to read the page" under the Start here button. The tour replaces
 * the body of `openTour()` (loading its own chunk lazily); every caller stays as it is.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Whether "How to read the page" is open under Start here. Its own tiny store, like listOpen.ts. */
const guideStore = createStore<{ open: boolean }>(() => ({ open: false }));

export function openTour(): void {
  guideStore.setState({ open: true });
}

export function setReadingGuideOpen(open: boolean): void {
  guideStore.setState({ open });
}

export function useReadingGuideOpen(): boolean {
  return useStore(guideStore, (s) => s.open);
}
