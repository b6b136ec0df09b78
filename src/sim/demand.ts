/**
 * Demand held back: what the producer's pattern asked for while the producer was blocked or slowed
 * and could not send. Counted as the pattern's rate integral (an expected number of messages), so it
 * takes no randomness and cannot change a run.
 */
import { rateSegmentAt, type RateSegment } from './arrivalPattern.ts';
import type { Pattern } from './scenario.ts';

/**
 * Messages asked for and not sent between `from` and `to`: all the pattern asked for (times the
 * spike factor) when `blocked`, else what it asked for above the rate cap.
 */
export function heldBackBetween(
  pattern: Pattern,
  from: number,
  to: number,
  rateFactor: number,
  rateCap: number,
  blocked: boolean,
  seg: RateSegment,
): number {
  let t = from;
  let held = 0;
  while (t < to) {
    rateSegmentAt(pattern, t, seg);
    const asked = seg.ratePerSec * rateFactor;
    const sent = blocked ? 0 : Math.min(asked, rateCap);
    const end = Math.min(seg.end, to);
    held += ((asked - sent) * (end - t)) / 1000;
    t = end;
  }
  return held;
}
