/**
 * A lazily loaded part brings its stylesheet with it. Vite's loader adds a <link> for it and never
 * asks again for one it has seen, even when that download failed; so before a part is retried, every
 * stylesheet that did not arrive (a link without a sheet) is asked for again, with a fresh <link>.
 */

/** Resolves to false when any of them failed again (still offline). */
export async function reloadFailedStylesheets(): Promise<boolean> {
  const missing = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (link) => link.sheet === null,
  );
  const results = await Promise.all(missing.map(reload));
  return results.every(Boolean);
}

function reload(link: HTMLLinkElement): Promise<boolean> {
  const fresh = link.cloneNode() as HTMLLinkElement;
  const arrived = new Promise<boolean>((resolve) => {
    fresh.addEventListener('load', () => resolve(true), { once: true });
    fresh.addEventListener('error', () => resolve(false), { once: true });
  });
  link.replaceWith(fresh);
  return arrived;
}
