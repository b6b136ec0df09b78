/**
 * What the page says beside a knob that cannot take (full) effect in the current scenario, because
 * another setting overrides it: a credit window larger than the queue it feeds, say. The knob keeps
 * its value (turning the other setting back makes it count again), and the note says why it does
 * not count now, so a reader never moves a slider and wonders why nothing changes.
 */
import { effectiveCreditWindow } from '../sim/creditWindow.ts';
import type { Scenario } from '../sim/scenario.ts';
import { formatNumber } from './format.ts';

/** The note beside the knob at `path`, or null when the knob takes effect as set. */
export function knobNote(path: string, scenario: Scenario): string | null {
  const { feedback, queue } = scenario;
  if (feedback.kind === 'watermark')
    return watermarkNote(path, feedback.highWatermark, queue.capacity);
  if (feedback.kind !== 'credit') return null;
  const inForce = effectiveCreditWindow(feedback.window, queue.capacity);
  if (inForce >= feedback.window) return null;
  if (path === 'feedback.window') {
    return queue.capacity === 0
      ? 'Only 1 takes effect: with no room to wait, the consumers give out one credit at a time, for a message handed straight to a worker.'
      : `Only ${formatNumber(inForce)} take effect: the consumers never give out more credit than the ${formatNumber(inForce)} places in the queue, so the queue cannot overflow.`;
  }
  if (path === 'queue.capacity') {
    return `The credit window of ${formatNumber(feedback.window)} is cut to ${formatNumber(inForce)} to match: credit is only given for room there is.`;
  }
  return null;
}

/**
 * A slow-down signal whose high-water mark lies above the queue's capacity: the queue never holds
 * that many, so the signal never fires and the producer is never slowed (the "Payments" exercise
 * once lost 1,079 messages this way without a word).
 */
function watermarkNote(path: string, high: number, capacity: number | null): string | null {
  if (capacity === null || high <= capacity) return null;
  if (path === 'feedback.highWatermark')
    return `Never reached: the queue holds at most ${formatNumber(capacity)}, so the signal never fires and the producer is never slowed. Set it below ${formatNumber(capacity)}.`;
  if (path === 'queue.capacity')
    return `The slow-down signal waits for ${formatNumber(high)} in the queue, more than it can hold, so it never fires.`;
  return null;
}
