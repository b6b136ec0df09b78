/**
 * The demand held back, live, in an exercise that has a goal on it (Payments: "No message held
 * back"). The check reported "1,076 messages held back" while the cards showed lost, delivered and
 * the rest, but nothing held back: the attendee could not see, during the run, what the check would
 * measure. Counted as the check counts it, to the nearest whole message.
 */
import { formatNumber } from '../domain/format.ts';
import type { Goal } from '../exercises/packSchema.ts';

/** The line under the cards, or null when no goal of the exercise counts what is held back. */
export function heldBackLine(heldBack: number, goals: readonly Goal[] | null): string | null {
  if (goals === null || !goals.some((g) => g.metric === 'heldBack')) return null;
  const n = Math.max(0, Math.round(heldBack));
  return `Held back so far: ${formatNumber(n, 6)} ${n === 1 ? 'message' : 'messages'} the producer wanted to send and could not; the check counts them.`;
}
