/**
 * Keeps the address bar on the link to what a page shows, so a reload (or a bookmark, or a link
 * copied from the address bar) restores it. A store subscription, not a React effect: it runs for
 * every change however it was made, and never during a render. Writes are debounced because a slider
 * drag changes the state many times a second and browsers throttle `history.replaceState`.
 * The playground and the compare page each say which changes matter and what the link is.
 */

/** What the sync needs from the browser, injectable so it can be tested without one. */
export interface AddressHost {
  currentUrl(): string;
  replaceUrl(url: string): void;
  setTimer(callback: () => void, ms: number): number;
  clearTimer(handle: number): void;
  /** Calls back when the page is being left (or frozen); returns an unsubscribe. */
  onLeave(callback: () => void): () => void;
}

/** The part of a Zustand store the sync reads. */
export interface Followed<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

export interface AddressRule<S> {
  /** Whether a change between two states can change the link. */
  changed(state: S, previous: S): boolean;
  /** The page's address for `state`, given the address it has now. */
  urlFor(state: S, currentUrl: string): string;
}

/** Long enough to wait out a slider drag, short enough that a quick reload still finds the change. */
export const ADDRESS_DELAY_MS = 400;

/** Starts the sync; returns a function that stops it. */
export function followAddress<S>(
  store: Followed<S>,
  rule: AddressRule<S>,
  host: AddressHost,
  delayMs = ADDRESS_DELAY_MS,
): () => void {
  let pending: number | null = null;

  const write = () => {
    if (pending !== null) host.clearTimer(pending);
    pending = null;
    const url = rule.urlFor(store.getState(), host.currentUrl());
    if (url !== host.currentUrl()) host.replaceUrl(url);
  };

  const unsubscribeStore = store.subscribe((state, previous) => {
    if (!rule.changed(state, previous)) return;
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

/** The browser's own address bar. */
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
