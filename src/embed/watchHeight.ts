/** Sends the parent page a resize message whenever the figure's height changes, so its frame fits exactly. */
import { createHeightReporter } from './heightReporter.ts';

export function watchHeight(element: HTMLElement, id: string | null): () => void {
  // Opened on its own, there is no parent to tell.
  if (window.parent === window) return () => {};
  // "*": inside a sandboxed page the parent's origin is opaque and cannot be named. The message
  // holds nothing but a height and the id the parent chose; the parent checks where it came from.
  const report = createHeightReporter((message) => window.parent.postMessage(message, '*'), id);
  const observer = new ResizeObserver(() => report(element.getBoundingClientRect().height));
  observer.observe(element);
  return () => observer.disconnect();
}
