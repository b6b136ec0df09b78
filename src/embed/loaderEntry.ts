/**
 * embed.js, built on its own as a classic script (see the embed loader plugin in vite.config.ts). It
 * finds embed.html next to itself, so it works from any host and sub-path, and mounts every
 * placeholder once the document is parsed. `window.BackpressurePlayground.mount()` mounts
 * placeholders added later, e.g. by a single-page blog.
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

const loader = createLoader(window, scriptAddress());
const mountAll = () => loader.mount();
(
  window as unknown as { BackpressurePlayground?: { mount: typeof mountAll } }
).BackpressurePlayground = { mount: mountAll };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
