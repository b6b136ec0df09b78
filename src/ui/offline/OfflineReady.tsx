/**
 * A quiet line at the foot of the header's menu once the browser holds a whole copy of the site
 * (keepOffline.ts): an instructor whose Wi-Fi may drop knows the page will reload without it. While
 * the copy is still being made it says so; without one (a browser with no service workers, `npm run
 * dev`) it says nothing.
 */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  const watch = new MutationObserver(onChange);
  watch.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-offline-copy'],
  });
  return () => watch.disconnect();
}

const copyState = () => document.documentElement.dataset.offlineCopy ?? 'off';

export function OfflineReady() {
  const state = useSyncExternalStore(subscribe, copyState, () => 'off');
  if (state === 'off') return null;
  return (
    <p className="menu-note muted" data-testid="offline-state">
      {state === 'ready'
        ? 'Ready to work offline: this page reloads without a network.'
        : 'Saving a copy of the site for offline use…'}
    </p>
  );
}
