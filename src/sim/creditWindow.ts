/**
 * The credits a receiver hands out under credit-window feedback. Real flow control (TCP's receive
 * window, HTTP/2's WINDOW_UPDATE) advertises free buffer, so it can never promise more than the
 * receiver can hold: the window is capped at the queue's capacity. Every message with a credit is
 * then either being processed or has a place to wait, and none is ever turned away for a full queue.
 * With no room to wait at all (capacity 0) a message can only be handed straight to a free worker:
 * one credit, so the next is sent only after the last was processed.
 */
import type { Scenario } from './scenario.ts';

/** The window in force for `window` credits in front of a queue of `capacity` (null: no limit). */
export function effectiveCreditWindow(window: number, capacity: number | null): number {
  return capacity === null ? window : Math.min(window, Math.max(1, capacity));
}

/** The scenario's window in force, or null without credit-window feedback. */
export function creditWindowOf(scenario: Scenario): number | null {
  const f = scenario.feedback;
  return f.kind === 'credit' ? effectiveCreditWindow(f.window, scenario.queue.capacity) : null;
}
