/**
 * Keeps the address bar in step with the scenario, so a reload (or a bookmark, or a link copied from
 * the address bar) restores what is on screen. A store subscription, not a React effect: it runs for
 * every change however it was made, and never during a render. Writes are debounced because a slider
 * drag changes the scenario many times a second and browsers throttle `history.replaceState`.
 */
import { shareUrl } from '../../share/shareUrl.ts';
import type { PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { exerciseUrl } from '../exercises/exerciseLink.ts';

/** What the sync needs from the browser, injectable so it can be tested without one. */
export interface AddressHost {
  currentUrl(): string;
  replaceUrl(url: string): void;
  setTimer(callback: () => void, ms: number): number;
  clearTimer(handle: number): void;
  /** Calls back when the page is being left (or frozen); returns an unsubscribe. */
  onLeave(callback: () => void): () => void;
}

/** Long enough to wait out a slider drag, short enough that a quick reload still finds the change. */
export const ADDRESS_DELAY_MS = 400;

/** Starts the sync; returns a function that stops it. */
export function startAddressSync(
  store: PlaygroundStore,
  host: AddressHost = browserAddressHost(),
  delayMs = ADDRESS_DELAY_MS,
): () => void {
  let pending: number | null = null;

  const write = () => {
    if (pending !== null) host.clearTimer(pending);
    pending = null;
    const { scenario, presetId, speed, advanced, chartFocus, exerciseRoute } = store.getState();
    // In an exercise the address is the exercise's link, which a reload reopens with the learner's
    // saved work, rather than a scenario link that would leave the exercise.
    const url = exerciseRoute
      ? exerciseUrl(host.currentUrl(), exerciseRoute)
      : shareUrl(host.currentUrl(), scenario, presetId, { speed, advanced, chartFocus });
    if (url !== host.currentUrl()) host.replaceUrl(url);
  };

  const unsubscribeStore = store.subscribe((state, previous) => {
    if (
      state.scenario === previous.scenario &&
      state.presetId === previous.presetId &&
      state.speed === previous.speed &&
      state.advanced === previous.advanced &&
      state.chartFocus === previous.chartFocus &&
      state.exerciseRoute === previous.exerciseRoute
    )
      return;
    if (pending !== null) host.clearTimer(pending);
    pending = host.setTimer(write, delayMs);
  });
  // A change made just before a reload must not be lost to the debounce.
  const unsubscribeLeave = host.onLeave(() => {
    if (pending !== null) write();
  });

  return () => {
    if (pending !== null) host.clearTimer(pending);
    pending = null;
    unsubscribeStore();
    unsubscribeLeave();
  };
}

export function browserAddressHost(): AddressHost {
  return {
    currentUrl: () => location.href,
    // Keeps whatever state the history entry has; only the address changes.
    replaceUrl: (url) => history.replaceState(history.state, '', url),
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
    clearTimer: (handle) => window.clearTimeout(handle),
    onLeave(callback) {
      window.addEventListener('pagehide', callback);
      return () => window.removeEventListener('pagehide', callback);
    },
  };
}
