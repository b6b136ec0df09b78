/** Tells the parent page the figure's height, once per change, in whole CSS pixels. */
import { RESIZE_MESSAGE_TYPE, type ResizeMessage } from './embedContract.ts';

export function createHeightReporter(
  post: (message: ResizeMessage) => void,
  id: string | null,
): (height: number) => void {
  let last = -1;
  return (height) => {
    // Rounded up: a frame half a pixel too short would show a scrollbar.
    const rounded = Math.ceil(height);
    if (!Number.isFinite(rounded) || rounded <= 0 || rounded === last) return;
    last = rounded;
    post({ type: RESIZE_MESSAGE_TYPE, id, height: rounded });
  };
}
