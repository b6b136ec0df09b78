/**
 * Holds the playground's run still while a dialog that covers it is read (the glossary), as "How to
 * read this" does: a reader who opened a card's "?" came back to a run that had moved on, its
 * numbers no longer the ones they asked about. Plays it again on close, unless it was played or
 * paused in the meantime.
 */
import { useEffect, useState } from 'react';
import { playgroundStore } from '../store/index.ts';

/** The line a dialog shows when it paused the run. */
export const HELD_WHILE_READING =
  'The run is paused while you read; it goes on when you close this.';

/** Pauses a playing run while the calling dialog is open; returns whether it did. */
export function useHoldRun(): boolean {
  // Read once, as the dialog opens: whether there is a playing run to hold.
  const [held] = useState(() => playgroundStore.getState().playing);
  useEffect(() => {
    if (!held) return;
    playgroundStore.getState().pause();
    return () => {
      if (!playgroundStore.getState().playing) playgroundStore.getState().play();
    };
  }, [held]);
  return held;
}
