/**
 * Goals in words, generated from the goal's data so the label can never disagree with what is
 * checked: "No message lost", "p99 latency under 2 s during the burst", and for a result, "p99
 * latency was 3.4 s, 1.4 s over the 2 s limit".
 */
import { formatNumber, formatPointGap, formatQuantity, formatSeconds } from './formatValue.ts';
import { METRICS, REASON_WORDS, type MetricDefinition } from './metrics.ts';
import type { DropReason } from '../sim/types.ts';
import type { Comparison, Goal, GoalWindow } from './packSchema.ts';

const QUANTITY_WORDS: Record<Comparison, string> = {
  below: 'under',
  'at-most': 'at most',
  'at-least': 'at least',
  above: 'over',
};

const COUNT_WORDS: Record<Comparison, string> = {
  below: 'Fewer than',
  'at-most': 'At most',
  'at-least': 'At least',
  above: 'More than',
};

function definition(goal: Goal): MetricDefinition {
  return METRICS[goal.metric];
}

function reasonOf(goal: Goal) {
  return 'reason' in goal ? goal.reason : undefined;
}

/** " during the burst", or " between 10 s and 20 s"; nothing for a goal on the whole run. */
export function windowPhrase(window: GoalWindow | undefined): string {
  if (!window) return '';
  return ` ${window.label ?? `between ${formatSeconds(window.fromSec)} and ${formatSeconds(window.toSec)}`}`;
}

/** What a count goal counts, after the number: "messages lost", "messages rejected", "retries". */
function counted(goal: Goal, value: number): string {
  const def = definition(goal);
  const reason = reasonOf(goal);
  const what = reason ? REASON_WORDS[reason] : def.name;
  return `${formatQuantity(value, def.unit)}${what ? ` ${what}` : ''}`;
}

/** The noun of a quantity goal: "p99 latency", "Share of messages rejected". */
function quantityName(goal: Goal): string {
  const def = definition(goal);
  const reason = reasonOf(goal);
  return reason && goal.metric === 'droppedFraction'
    ? `Share of messages ${REASON_WORDS[reason]}`
    : def.name;
}

function withSuffix(goal: Goal, valueText: string): string {
  const suffix = definition(goal).suffix;
  return suffix ? `${valueText} ${suffix}` : valueText;
}

/** The strongest whole-number bound a count goal allows: "below 10" allows at most 9. */
function countBound(goal: Goal): { upper: boolean; bound: number } {
  switch (goal.compare) {
    case 'at-most':
      return { upper: true, bound: goal.value };
    case 'below':
      return { upper: true, bound: Math.ceil(goal.value) - 1 };
    case 'at-least':
      return { upper: false, bound: goal.value };
    case 'above':
      return { upper: false, bound: Math.floor(goal.value) + 1 };
  }
}

/** The goal as one line a person understands, generated from its data. */
export function goalLabel(goal: Goal): string {
  const def = definition(goal);
  const window = windowPhrase(goal.window);
  if (def.style === 'count') {
    const { upper, bound } = countBound(goal);
    if (upper && bound <= 0) {
      const reason = reasonOf(goal);
      return `${reason ? `No message ${REASON_WORDS[reason]}` : def.none}${window}`;
    }
    return `${COUNT_WORDS[goal.compare]} ${counted(goal, goal.value)}${window}`;
  }
  const value = withSuffix(goal, formatQuantity(goal.value, def.unit));
  return `${quantityName(goal)} ${QUANTITY_WORDS[goal.compare]} ${value}${window}`;
}

/** Whether `measured` meets the goal; a value that could not be measured (NaN) never does. */
export function meetsGoal(goal: Goal, measured: number): boolean {
  if (Number.isNaN(measured)) return false;
  switch (goal.compare) {
    case 'below':
      return measured < goal.value;
    case 'at-most':
      return measured <= goal.value;
    case 'at-least':
      return measured >= goal.value;
    case 'above':
      return measured > goal.value;
  }
}

/** How far `measured` is on the wrong side of the threshold, in the goal's unit; 0 when it passes. */
export function missBy(goal: Goal, measured: number): number {
  if (Number.isNaN(measured)) return Infinity;
  if (meetsGoal(goal, measured)) return 0;
  return Math.abs(measured - goal.value);
}

/**
 * One sentence on how a run did against a goal: "p99 latency was 3.4 s, 1.4 s over the 2 s
 * limit", "Throughput was 49 messages/s, above the 45 messages/s needed", "12 messages lost,
 * where the goal allows none".
 */
export function describeOutcome(goal: Goal, measured: number): string {
  const def = definition(goal);
  const window = windowPhrase(goal.window);
  if (Number.isNaN(measured))
    return `${quantityName(goal)}${window} could not be measured: no message was delivered${goal.window ? ' in that time' : ''}`;
  const passed = meetsGoal(goal, measured);

  if (def.style === 'count') {
    const { upper, bound } = countBound(goal);
    const got = `${counted(goal, measured)}${window}`;
    const allowed = `the ${formatNumber(bound)} ${upper ? 'allowed' : 'needed'}`;
    if (passed && upper && measured === 0)
      return `${reasonOf(goal) ? `No message ${REASON_WORDS[reasonOf(goal) as DropReason]}` : def.none}${window}, as required`;
    if (passed) return `${got}, ${upper ? 'within' : 'reaching'} ${allowed}`;
    if (upper && bound <= 0) return `${got}, where the goal allows none`;
    return `${got}, ${formatNumber(Math.abs(measured - bound))} ${upper ? 'more' : 'fewer'} than ${allowed}`;
  }

  const fmt = (x: number) => formatQuantity(x, def.unit);
  const upper = goal.compare === 'below' || goal.compare === 'at-most';
  const suffix = definition(goal).suffix;
  // "Producer blocked 24% of the time" reads better without a verb than with one.
  const got = suffix
    ? `${quantityName(goal)} ${fmt(measured)} ${suffix}${window}`
    : `${quantityName(goal)}${window} was ${fmt(measured)}`;
  const limit = upper ? `the limit of ${fmt(goal.value)}` : `the ${fmt(goal.value)} needed`;
  if (passed) return `${got}, ${upper ? 'within' : 'meeting'} ${limit}`;
  const gap = Math.abs(measured - goal.value);
  if (gap === 0) return `${got}, not ${upper ? 'under' : 'over'} ${limit}`;
  const gapText = def.unit === 'fraction' ? formatPointGap(gap) : fmt(gap);
  return `${got}, ${gapText} ${upper ? 'over' : 'short of'} ${limit}`;
}
