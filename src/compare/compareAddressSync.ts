/**
 * Keeps the address bar on the link to the comparison on screen, as the playground's does for its
 * scenario (src/ui/share/addressSync.ts, whose host interface and delay this shares): a reload, a
 * bookmark or a link copied from the address bar restores every column. Debounced, because a slider
 * drag changes the comparison many times a second and browsers throttle `history.replaceState`.
 */
import type { AddressHost } from '../ui/share/addressSync.ts';
import { compareUrl } from './compareUrl.ts';
import type { CompareStore } from './compareStore.ts';

/** As the playground's: long enough to wait out a slider drag, short enough for a quick reload. */
export const ADDRESS_DELAY_MS = 400;

export function startCompareAddressSync(
  store: CompareStore,
  host: AddressHost = browserCompareAddressHost(),
  delayMs = ADDRESS_DELAY_MS,
): () => void {
  let pending: number | null = null;

  const write = () => {
    if (pending !== null) host.clearTimer(pending);
    pending = null;
    const url = compareUrl(host.currentUrl(), store.getState().comparison);
    if (url !== host.currentUrl()) host.replaceUrl(url);
  };

  const unsubscribeStore = store.subscribe((state, previous) => {
    if (state.comparison === previous.comparison) return;
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

/**
 * The browser's address bar. The playground's module has the same few lines; importing them from
 * there would split that module out of the playground's first bundle into a chunk of its own.
 */
export function browserCompareAddressHost(): AddressHost {
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
