/**
 * Decides whether the figure plays: the reader's wish (autoplay, then every press of play, pause or
 * step) and whether the frame is on screen. Off screen it pauses; back on screen it plays again only
 * if the reader had it playing, so a figure the reader paused stays paused after a scroll.
 */
import type { PlaygroundStore } from '../store/createPlaygroundStore.ts';

export interface PlayGate {
  /** From the IntersectionObserver: whether any of the frame is in the viewport. */
  setOnScreen(onScreen: boolean): void;
  readonly onScreen: boolean;
  /** Whether the reader wants it playing (it may still be paused for being off screen). */
  readonly wantsToPlay: boolean;
  /** Calls back after every on-screen report; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

/** Until the first report the frame counts as off screen, so a figure far down the page never starts. */
export function createPlayGate(store: PlaygroundStore, wantsToPlay: boolean): PlayGate {
  let onScreen = false;
  let intent = wantsToPlay;
  let applying = false;
  let disposed = false;
  const listeners = new Set<() => void>();

  function apply(): void {
    const want = intent && onScreen;
    if (store.getState().playing === want) return;
    applying = true;
    try {
      if (want) store.getState().play();
      else store.getState().pause();
    } finally {
      applying = false;
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying || state.playing === previous.playing) return;
    // Not our doing: the reader pressed play, pause or step.
    intent = state.playing;
    if (!onScreen) apply();
  });
  apply();

  return {
    setOnScreen(next) {
      if (disposed) return;
      onScreen = next;
      apply();
      for (const listener of listeners) listener();
    },
    get onScreen() {
      return onScreen;
    },
    get wantsToPlay() {
      return intent;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      unsubscribe();
      listeners.clear();
    },
  };
}
