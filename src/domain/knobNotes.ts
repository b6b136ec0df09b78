/**
 * What the page says beside a knob that cannot take (full) effect in the current scenario, because
 * another setting overrides it: a credit window larger than the queue it feeds, say. The knob keeps
 * its value (turning the other setting back makes it count again), and the note says why it does
 * not count now, so a reader never moves a slider and wonders why nothing changes.
 */
import type { Scenario } from '../sim/scenario.ts';
import { formatNumber } from './format.ts';
import { surgeOf, surgeWhen } from './knobValue.ts';

/**
 * The credit window in force, as the engine's effectiveCreditWindow (src/sim/creditWindow.ts) has
 * it; written out here so the strategy switcher's chunk does not pull in that module's chunk too
 * (the first screen's map of chunks has no bytes to spare). knobNotes.test.ts checks the two agree.
 */
function windowInForce(window: number, capacity: number | null): number {
  return capacity === null ? window : Math.min(window, Math.max(1, capacity));
}

/** The note beside the knob at `path`, or null when the knob takes effect as set. */
export function knobNote(path: string, scenario: Scenario): string | null {
  const { feedback, queue } = scenario;
  const starting = startingWorkersNote(path, scenario);
  if (starting !== null) return starting;
  const scaler = autoscaleNote(path, scenario);
  if (scaler !== null) return scaler;
  const surge = path === 'workload.pattern.baseRatePerSec' ? surgeOf(scenario) : null;
  if (surge !== null)
    return `The rate before and after the surge: ${surgeWhen(surge)} the producer sends ${formatNumber(surge.ratePerSec)}/s, as its box on the stage shows.`;
  if (feedback.kind === 'watermark')
    return watermarkNote(path, feedback.highWatermark, queue.capacity);
  if (feedback.kind !== 'credit') return null;
  const inForce = windowInForce(feedback.window, queue.capacity);
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

/**
 * With an autoscaler the consumers' count is where the run starts, not what it runs: a reader saw
 * "1 worker" beside the knob and three workers on the stage.
 */
function startingWorkersNote(path: string, scenario: Scenario): string | null {
  const autoscale = scenario.consumers.autoscale;
  if (path !== 'consumers.count' || autoscale === null) return null;
  return `The workers the run starts with: the autoscaler adds more as the queue deepens, up to ${formatNumber(autoscale.max)}, and lets them go again down to ${formatNumber(autoscale.min)}.`;
}

/** An autoscaler that waits for a deeper queue than there can be: no worker is ever added. */
function autoscaleNote(path: string, scenario: Scenario): string | null {
  const autoscale = scenario.consumers.autoscale;
  const capacity = scenario.queue.capacity;
  if (autoscale === null || capacity === null || autoscale.scaleUpDepth < capacity) return null;
  if (path === 'consumers.autoscale.scaleUpDepth')
    return `Never reached before the queue is full: it holds at most ${formatNumber(capacity)}, and a full queue turns messages away instead of adding a worker. Set it below ${formatNumber(capacity)}.`;
  if (path === 'queue.capacity')
    return `A worker is added at ${formatNumber(autoscale.scaleUpDepth)} waiting, which this queue only reaches when it is full.`;
  return null;
}

/**
 * The notes on a strategy's own knobs, said beside the strategy itself as well as beside each knob
 * in Settings: a reader who picks a strategy should not have to scroll to learn it does nothing.
 */
export function strategyNotes(knobs: readonly string[], scenario: Scenario): string[] {
  const notes: string[] = [];
  for (const path of knobs) {
    const note = knobNote(path, scenario);
    if (note !== null) notes.push(note);
  }
  return notes;
}
