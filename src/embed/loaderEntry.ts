/**
 * embed.js, built on its own as a classic script (see the embed loader plugin in vite.config.ts). It
 * finds embed.html next to itself, so it works from any host and sub-path, and mounts every
 * placeholder once the document is parsed. `window.BackpressurePlayground.mount()` mounts
 * placeholders added later, e.g. by a single-page blog; controls added later need nothing (one click
 * listener on the document serves them all).
 */
import { createLoader } from './loader.ts';

/** This script's own address; read now, because `currentScript` is only set while it runs. */
function scriptAddress(): string {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="embed.js"]');
  const last = scripts[scripts.length - 1];
  return last ? last.src : new URL('embed.js', location.href).href;
}

interface Api {
  mount(): number;
}

function start(): Api {
  const loader = createLoader(window, scriptAddress());
  return { mount: () => loader.mount() };
}

const host = window as unknown as { BackpressurePlayground?: Api };
// A second copy of the script (a page may include it twice) leaves the work to the first: two
// loaders would each pass a control's click on, and the second would know none of the frames.
const api = (host.BackpressurePlayground ??= start());
const mountAll = () => api.mount();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
