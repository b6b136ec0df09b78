/**
 * Whether the Exercises list in the page header is open. Its own tiny store, so the header button
 * loads without the exercise module, and a dropped pack file can open the list to show the outcome.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export const listOpenStore = createStore<{ open: boolean }>(() => ({ open: false }));

export function setListOpen(open: boolean): void {
  listOpenStore.setState({ open });
}

export function useListOpen(): boolean {
  return useStore(listOpenStore, (s) => s.open);
}
