import { describe, expect, it } from 'vitest';
import { describeOutcome, goalLabel, meetsGoal, missBy } from './goalText.ts';
import { METRIC_IDS } from './metrics.ts';
import type { Goal } from './packSchema.ts';

describe('goalLabel', () => {
  it('says counts the way people do, zero as "No …"', () => {
    expect(goalLabel({ metric: 'dropped', compare: 'at-most', value: 0 })).toBe('No message lost');
    expect(goalLabel({ metric: 'dropped', compare: 'below', value: 1 })).toBe('No message lost');
    expect(goalLabel({ metric: 'dropped', reason: 'expired', compare: 'at-most', value: 0 })).toBe(
      'No message expired',
    );
    expect(goalLabel({ metric: 'dropped', compare: 'at-most', value: 5 })).toBe(
      'At most 5 messages lost',
    );
    expect(goalLabel({ metric: 'dropped', compare: 'below', value: 10 })).toBe(
      'Fewer than 10 messages lost',
    );
    expect(goalLabel({ metric: 'delivered', compare: 'at-least', value: 1000 })).toBe(
      'At least 1,000 messages delivered',
    );
    expect(goalLabel({ metric: 'retries', compare: 'at-most', value: 1500 })).toBe(
      'At most 1,500 retries',
    );
    expect(goalLabel({ metric: 'crashes', compare: 'at-most', value: 0 })).toBe(
      'No out-of-memory crash',
    );
    expect(goalLabel({ metric: 'outOfOrder', compare: 'at-most', value: 0 })).toBe(
      'No message out of order',
    );
  });

  it('says quantities with their unit', () => {
    expect(goalLabel({ metric: 'latencyP99', compare: 'below', value: 2000 })).toBe(
      'p99 latency under 2 s',
    );
    expect(goalLabel({ metric: 'latencyP95', compare: 'at-most', value: 350 })).toBe(
      'p95 latency at most 350 ms',
    );
    expect(goalLabel({ metric: 'throughput', compare: 'at-least', value: 45 })).toBe(
      'Throughput at least 45 messages/s',
    );
    expect(goalLabel({ metric: 'producerBlocked', compare: 'at-most', value: 0.1 })).toBe(
      'Producer blocked at most 10% of the time',
    );
    expect(goalLabel({ metric: 'memoryMax', compare: 'below', value: 750_000 })).toBe(
      'Peak memory under 750 KB',
    );
    expect(
      goalLabel({ metric: 'droppedFraction', reason: 'rejected', compare: 'below', value: 0.01 }),
    ).toBe('Share of messages rejected under 1%');
  });

  it('adds the window, by its label or by its times', () => {
    const goal: Goal = {
      metric: 'latencyP99',
      compare: 'below',
      value: 2000,
      window: { fromSec: 10, toSec: 20 },
    };
    expect(goalLabel(goal)).toBe('p99 latency under 2 s between 10 s and 20 s');
    expect(
      goalLabel({ ...goal, window: { fromSec: 10, toSec: 20, label: 'during the burst' } }),
    ).toBe('p99 latency under 2 s during the burst');
  });

  it('has a label for every metric and comparison', () => {
    for (const metric of METRIC_IDS)
      for (const compare of ['below', 'at-most', 'at-least', 'above'] as const)
        expect(goalLabel({ metric, compare, value: 3 } as Goal)).toMatch(/^[A-Zp]\S* .*\S$/);
  });
});

describe('meetsGoal and missBy', () => {
  it('compares strictly or not as the goal says', () => {
    const below: Goal = { metric: 'latencyP99', compare: 'below', value: 2000 };
    const atMost: Goal = { ...below, compare: 'at-most' };
    expect(meetsGoal(below, 2000)).toBe(false);
    expect(meetsGoal(atMost, 2000)).toBe(true);
    expect(meetsGoal({ ...below, compare: 'at-least' }, 2000)).toBe(true);
    expect(meetsGoal({ ...below, compare: 'above' }, 2000)).toBe(false);
    expect(missBy(below, 3400)).toBe(1400);
    expect(missBy(below, 1000)).toBe(0);
  });

  it('never passes a value that could not be measured', () => {
    const goal: Goal = { metric: 'latencyP99', compare: 'below', value: 2000 };
    expect(meetsGoal(goal, NaN)).toBe(false);
    expect(missBy(goal, NaN)).toBe(Infinity);
  });
});

describe('describeOutcome', () => {
  it('says by how much a limit was missed, or that it was met', () => {
    const goal: Goal = { metric: 'latencyP99', compare: 'below', value: 2000 };
    expect(describeOutcome(goal, 3400)).toBe('p99 latency was 3.4 s, 1.4 s over the limit of 2 s');
    expect(describeOutcome(goal, 1200)).toBe('p99 latency was 1.2 s, within the limit of 2 s');
    expect(describeOutcome(goal, 2000)).toBe('p99 latency was 2 s, not under the limit of 2 s');
  });

  it('says by how much a target was missed', () => {
    const goal: Goal = { metric: 'throughput', compare: 'at-least', value: 45 };
    expect(describeOutcome(goal, 38)).toBe(
      'Throughput was 38 messages/s, 7 messages/s short of the 45 messages/s needed',
    );
    expect(
      describeOutcome({ metric: 'producerBlocked', compare: 'at-most', value: 0.1 }, 0.24),
    ).toBe('Producer blocked 24% of the time, 14 percentage points over the limit of 10%');
    // A gap between two shares is in points: 78% is 12 points short of 90%, not "12%" short.
    expect(
      describeOutcome({ metric: 'producerBlocked', compare: 'at-most', value: 0.1 }, 0.11),
    ).toBe('Producer blocked 11% of the time, 1 percentage point over the limit of 10%');
  });

  it('counts in whole messages, with the strict bound made exact', () => {
    expect(describeOutcome({ metric: 'dropped', compare: 'at-most', value: 0 }, 12)).toBe(
      '12 messages lost, where the goal allows none',
    );
    expect(describeOutcome({ metric: 'dropped', compare: 'below', value: 10 }, 12)).toBe(
      '12 messages lost, 3 more than the 9 allowed',
    );
    expect(
      describeOutcome({ metric: 'dropped', reason: 'rejected', compare: 'at-most', value: 0 }, 0),
    ).toBe('No message rejected, as required');
    expect(describeOutcome({ metric: 'delivered', compare: 'above', value: 99 }, 80)).toBe(
      '80 messages delivered, 20 fewer than the 100 needed',
    );
  });

  it('says so when nothing was delivered to measure, and names the window', () => {
    const goal: Goal = {
      metric: 'latencyP99',
      compare: 'below',
      value: 2000,
      window: { fromSec: 0, toSec: 5, label: 'during the burst' },
    };
    expect(describeOutcome(goal, NaN)).toBe(
      'p99 latency during the burst could not be measured: no message was delivered in that time',
    );
    expect(describeOutcome(goal, 2500)).toBe(
      'p99 latency during the burst was 2.5 s, 500 ms over the limit of 2 s',
    );
  });
});
