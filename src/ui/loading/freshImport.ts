/**
 * A second try at a module whose download failed. Browsers keep a failed dynamic import's result
 * for the page's life (Chromium 150 does, as the HTML standard still says: whatwg/html#6768), so
 * importing the same address again fails at once without asking the network. The same file under an
 * address of its own (a query the server ignores) is asked for afresh. The failed module never ran,
 * so there is still only one copy of it running.
 */

/** The address of the script a failed import names ("Failed to fetch dynamically imported module: …"), or null. */
export function failedModuleUrl(cause: unknown): string | null {
  const message = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '';
  const match = /(\S+\.m?js)(?:\?\S*)?\s*$/.exec(message);
  return match?.[1] ?? null;
}

let attempt = 0;

/** Imports `url` under a fresh address, so a failure kept for the old one does not answer for it. */
export function freshImport(url: string): Promise<unknown> {
  attempt++;
  return import(/* @vite-ignore */ `${url}?retry=${attempt}`);
}
