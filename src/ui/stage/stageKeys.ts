/**
 * The keys the focused stage answers. Listed here once, for the stage, the help and the legend.
 */
import type { StageInput } from '../../render/stagePainter.ts';

/** Keys the focused stage answers, and what they do. */
export const STAGE_KEYS: readonly { keys: string; what: string }[] = [
  { keys: 'F or Enter', what: 'Follow the message that leaves next' },
  { keys: 'N', what: 'Follow the newest message' },
  { keys: 'Arrow keys', what: 'Follow the next block over' },
  { keys: 'Esc', what: 'Stop following' },
];

/** The stage's answer to a key, or null for keys it leaves to the page. */
export function stageInputForKey(key: string): StageInput | null {
  switch (key) {
    case 'f':
    case 'F':
    case 'Enter':
      return { kind: 'head' };
    case 'n':
    case 'N':
      return { kind: 'newest' };
    case 'ArrowLeft':
      return { kind: 'left' };
    case 'ArrowRight':
      return { kind: 'right' };
    case 'ArrowUp':
      return { kind: 'up' };
    case 'ArrowDown':
      return { kind: 'down' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}
