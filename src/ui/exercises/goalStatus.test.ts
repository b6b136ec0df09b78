import { describe, expect, it } from 'vitest';
import { checkExercise, type CheckableExercise } from '../../exercises/index.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import { goalStatuses } from './goalStatus.ts';
import type { CheckState } from './session.ts';

describe('goalStatuses', () => {
  it('says not checked before a check and checking while one runs', () => {
    expect(goalStatuses(2, { status: 'idle' })).toEqual(['unchecked', 'unchecked']);
    expect(
      goalStatuses(3, { status: 'running', progress: null, place: 'page', timeLeft: null }),
    ).toEqual(['checking', 'checking', 'checking']);
  });

  it('gives each goal what the last check found', () => {
    // One consumer at 50 a second against 70, a queue of 20: it loses messages, yet keeps p99 low.
    const parsed = parseScenario({
      workload: { pattern: { kind: 'steady', ratePerSec: 70 } },
      queue: { capacity: 20 },
    });
    if (!parsed.ok) throw new Error('the start does not parse');
    const exercise: CheckableExercise = {
      start: parsed.value,
      knobs: ['queue.capacity'],
      goals: [
        { metric: 'dropped', compare: 'at-most', value: 0 },
        { metric: 'latencyP99', compare: 'below', value: 2000 },
      ],
      durationSec: 8,
      seeds: [1, 2],
    };
    const result = checkExercise(exercise, parsed.value);
    if (result.status === 'refused') throw new Error('refused');
    const check: CheckState = {
      status: 'finished',
      outcome: { kind: 'done', result },
      checked: parsed.value,
    };
    expect(goalStatuses(exercise.goals.length, check)).toEqual(
      result.goals.map((g) => (g.passed ? 'met' : 'missed')),
    );
    expect(goalStatuses(exercise.goals.length, check)).toEqual(['missed', 'met']);
  });

  it('says not checked after a check that could not run', () => {
    const check: CheckState = {
      status: 'finished',
      outcome: { kind: 'failed', message: 'the worker stopped' },
      checked: {} as never,
    };
    expect(goalStatuses(2, check)).toEqual(['unchecked', 'unchecked']);
  });
});
