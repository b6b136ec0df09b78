/**
 * One line for when every column delivers the same because the consumers are the bottleneck in
 * each: a reader saw "Delivered 364, last second 44/s" in all three columns and took it for a bug.
 * Derived from the numbers, so it shows only while it is true.
 */
import type { Summary } from '../sim/types.ts';

/** From this share of their time busy, over the run, the consumers count as saturated. */
const SATURATED = 0.95;
/** Deliveries this close (a share of the largest, or two messages) count as the same. */
const SAME_SHARE = 0.01;

export function sameDeliveriesNote(summaries: readonly Summary[]): string | null {
  if (summaries.length < 2) return null;
  let least = Infinity;
  let most = 0;
  let workers = 0;
  for (const s of summaries) {
    if (s.delivered <= 0 || !(s.utilization >= SATURATED)) return null;
    least = Math.min(least, s.delivered);
    most = Math.max(most, s.delivered);
    workers = Math.max(workers, s.workers.max);
  }
  if (most - least > Math.max(2, most * SAME_SHARE)) return null;
  const who = workers === 1 ? 'The consumer is' : 'The consumers are';
  return `${who} busy all the time in every column, so deliveries match; the differences are in losses and waits.`;
}
