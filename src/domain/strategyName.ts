/**
 * A strategy's name and line as a scenario has it, the one source every place that names the
 * strategy on screen reads (the line above the stage, the strategy switcher, an exercise's Strategy
 * list). "Reject with retries" is named for the retries it turns on; where retries are off (an
 * exercise that keeps them off, or a reader who set "Never retry") the queue simply turns the
 * newcomer away, and the name is the "When the queue is full" choice "Reject the newcomer". An
 * attendee read "Reject with retries … the producer may retry later" above a retry setting of
 * "Never retry", and "Reject the newcomer" for the same setting in the exercise's own list.
 */
import type { Strategy } from './strategies.ts';
import type { Scenario } from '../sim/scenario.ts';
import { formatMs } from './format.ts';

/**
 * The "When the queue is full" knob's name for rejecting (knobs.ts reads it from here, so the two
 * never part). A constant rather than a look-up in the knobs, so the line above the stage does not
 * bring every knob into the first screen's script.
 */
export const REJECT_THE_NEWCOMER = 'Reject the newcomer';

/** Rejection with no retry behind it: the strategy's name would promise retries that are off. */
const rejectsWithoutRetry = (strategy: Strategy, scenario: Scenario) =>
  strategy.id === 'drop-incoming' && scenario.retry.kind === 'none';

/** The name of `strategy` as `scenario` (the strategy applied) has it. */
export function strategyName(strategy: Strategy, scenario: Scenario): string {
  if (rejectsWithoutRetry(strategy, scenario)) return REJECT_THE_NEWCOMER;
  return strategy.label;
}

/**
 * For the free playground's strategy list, where the strategy's usual name is the one a reader knows
 * from other presets: what the name it has here stands for, or null when it has its usual name. A
 * reader saw "Reject with retries" become "Reject the newcomer" on the Nginx preset (retries off)
 * with nothing saying why. (An exercise that keeps retries off names it so throughout; no note.)
 */
export function strategyListNote(strategy: Strategy, scenario: Scenario): string | null {
  if (!rejectsWithoutRetry(strategy, scenario)) return null;
  return `It is ${strategy.label} with the retries off.`;
}

/**
 * An unlimited queue that deletes what has waited too long (Kafka's retention): it takes everything
 * but never runs out of memory; what it costs is the records deleted unread. The age, or null.
 */
const expiresUnbounded = (strategy: Strategy, scenario: Scenario): number | null =>
  strategy.id === 'none' ? scenario.queue.maxAgeMs : null;

/** The strategy's one line as `scenario` has it. */
export function strategySummary(strategy: Strategy, scenario: Scenario): string {
  if (rejectsWithoutRetry(strategy, scenario))
    return 'A full queue turns the newcomer away, and it is not tried again.';
  const maxAge = expiresUnbounded(strategy, scenario);
  if (maxAge !== null)
    return `An unlimited queue takes everything, and deletes unread what has waited ${formatMs(maxAge)}.`;
  return strategy.summary;
}

/**
 * A sentence for the strategy's longer explanation where the scenario has it otherwise than the
 * catalogue does, or null: that explanation tells of retries, which are off here, or of memory
 * running out, which a queue that deletes what is too old never does.
 */
export function strategyNameNote(strategy: Strategy, scenario: Scenario): string | null {
  const maxAge = expiresUnbounded(strategy, scenario);
  if (maxAge !== null)
    return `Here the queue deletes what has waited ${formatMs(maxAge)}, so its memory never runs out: what follows about memory does not apply. The price is the messages deleted before anyone read them.`;
  if (!rejectsWithoutRetry(strategy, scenario)) return null;
  return `This is ${strategy.label} with the retries off: a message turned away is not tried again, so what follows about retries does not apply here.`;
}
