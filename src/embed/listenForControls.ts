/**
 * The figure's ear for its page: control messages (see embedContract.ts), accepted only from the
 * window that framed the figure and only in the documented shape. Any page may frame a figure, so
 * there is no origin to compare with; what no other window can fake is being the parent. Small, in
 * the first chunk; what the message asks is worked out by figureControl.ts, loaded when needed.
 */
import { readControlMessage, type ControlMessage } from './embedContract.ts';

export interface MessageFrom {
  data: unknown;
  source: unknown;
}

/**
 * The control message in `event` when the figure (the window `self`, framed by `parent`, with the
 * `id` option `id`) should act on it; otherwise null.
 */
export function acceptControl(
  event: MessageFrom,
  self: unknown,
  parent: unknown,
  id: string | null,
): ControlMessage | null {
  // Opened on its own, a figure has no page to obey, only itself.
  if (parent === self || event.source === null || event.source !== parent) return null;
  const message = readControlMessage(event.data);
  return message !== null && message.id === id ? message : null;
}

export function listenForControls(
  id: string | null,
  onControl: (message: ControlMessage) => void,
): () => void {
  const listener = (event: MessageEvent) => {
    const message = acceptControl(event, window, window.parent, id);
    if (message !== null) onControl(message);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
