/**
 * Keeps the whole site in the browser, so a page that loaded once works on without a network (a
 * workshop's Wi-Fi drops): registers the service worker that the build generates (sw.js, beside
 * the pages; see `offlineCopy` in vite.config.ts). Its first visit downloads every file of the site
 * once, as soon as the page has loaded (after its first paint, not competing with it; files the page
 * already fetched come from the browser's cache); from then on every page, every panel and the
 * sample article come from the browser's copy, and a new build replaces the copy the next time a
 * page is opened online. The menu says once the copy is whole (OfflineReady.tsx).
 */

export type OfflineCopy = 'on' | 'ready' | 'off';

export function keepOffline(): void {
  // `npm run dev` serves no sw.js; a page opened from disk cannot have a service worker.
  if (!import.meta.env.PROD || !/^https?:$/.test(location.protocol)) return said('off');
  whenLoaded(register);
}

/**
 * For pages that may be framed by someone else's site (embed.html): only when the page it is in
 * belongs to this site too (the sample article's figures) or it is opened on its own. A figure on
 * another site's blog does not download the whole playground into its readers' browsers.
 */
export function keepOfflineWhenFirstParty(): void {
  if (sameSiteTop()) keepOffline();
  else said('off');
}

function sameSiteTop(): boolean {
  try {
    return window.top === window || window.top?.location.origin === location.origin;
  } catch {
    // Reading another origin's location throws: the frame is on someone else's page.
    return false;
  }
}

/**
 * At the load, not at the next idle moment: on a busy phone that waited up to 5 s more, and a reader
 * whose network went away 7 s after opening the page reloaded onto the browser's "No internet" page.
 */
function whenLoaded(then: () => void): void {
  if (document.readyState === 'complete') then();
  else window.addEventListener('load', then, { once: true });
}

function register(): void {
  try {
    // Every page that registers sits beside sw.js at the site's root, wherever that is hosted; the
    // worker's scope is that folder, which holds every page (examples/ too).
    navigator.serviceWorker
      .register(new URL('./sw.js', location.href))
      .then(() => {
        said('on');
        // A worker is active once it holds every file (its install copies them all first).
        return navigator.serviceWorker.ready.then(() => said('ready'));
      })
      .catch(quiet);
  } catch (error) {
    // No service workers here (a private window in some browsers, a sandboxed frame): the site
    // works as before, online only.
    quiet(error);
  }
}

function quiet(error: unknown): void {
  console.info('Backpressure Playground: no offline copy in this browser.', error);
  said('off');
}

/**
 * Whether this page keeps an offline copy, on <html data-offline-copy> for whoever needs to know
 * (the menu's line, and the end-to-end tests, which wait for it rather than for a time): 'on' while
 * the copy is being made, 'ready' once it is whole, 'off' when there is none.
 */
function said(state: OfflineCopy): void {
  document.documentElement.dataset.offlineCopy = state;
}
