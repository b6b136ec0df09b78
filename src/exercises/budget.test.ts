import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { budgetLine, budgetUse, type Budget } from './budget.ts';
import { checkExercise } from './checker.ts';
import { applyPatch } from './knobs.ts';
import { formatPackProblems, parsePack, type PackProblem } from './parsePack.ts';
import { PACK_FORMAT } from './packSchema.ts';

const stages = (door: number | null, second: number) => ({
  queue: { capacity: door },
  downstream: [{ name: 'second', queue: { capacity: second } }],
});

const BUDGET: Budget = {
  total: 20,
  unit: 'places',
  parts: [
    { knob: 'queue.capacity', label: 'stage 1' },
    { knob: 'downstream.0.queue.capacity', label: 'stage 2' },
  ],
};

/** A two-stage exercise whose capacities share 20 places. */
function pack(budget: unknown = BUDGET, solution: unknown = stages(5, 15)) {
  return {
    format: PACK_FORMAT,
    version: 1,
    id: 'chain',
    title: 'Chain',
    exercises: [
      {
        id: 'share',
        title: 'Share',
        story: 'Two stages share 20 places.',
        start: { workload: { pattern: { kind: 'steady', ratePerSec: 60 } }, ...stages(19, 1) },
        knobs: ['queue.capacity', 'downstream.0.queue.capacity'],
        goals: [{ metric: 'throughput', compare: 'at-least', value: 55 }],
        durationSec: 5,
        hints: ['Move them.'],
        solution,
        budget,
        explanation: 'Moved.',
      },
    ],
  };
}

function problemsOf(input: unknown): PackProblem[] {
  const result = parsePack(input);
  if (result.ok) throw new Error('expected problems, got a valid pack');
  return result.problems;
}

describe('a budget several knobs share', () => {
  it('adds up the parts and says how much is in use, or why the check will not run', () => {
    const scenario = (door: number | null, second: number) => {
      const parsed = parseScenario(stages(door, second));
      if (!parsed.ok) throw new Error(formatPackProblems(parsed.problems));
      return parsed.value;
    };
    expect(budgetLine(budgetUse(BUDGET, scenario(5, 15)))).toBe(
      '20 of the 20 places in use: stage 1 5, stage 2 15.',
    );
    const over = budgetUse(BUDGET, scenario(20, 20));
    expect(over).toMatchObject({ used: 40, over: true });
    expect(budgetLine(over)).toBe(
      'This exercise has 20 places in all, and your settings use 40 (stage 1 20, stage 2 20): take 20 away somewhere.',
    );
    const unlimited = budgetUse(BUDGET, scenario(null, 1));
    expect(unlimited.over).toBe(true);
    expect(budgetLine(unlimited)).toMatch(/stage 1 has no limit: give it a number/);
  });

  it('is checked when the pack loads: its parts are number knobs, and the start and solution keep to it', () => {
    const parsed = parsePack(pack());
    if (!parsed.ok) throw new Error(formatPackProblems(parsed.problems));
    expect(parsed.value.exercises[0]?.budget).toEqual(BUDGET);

    const notAKnob = { ...BUDGET, parts: [BUDGET.parts[0], { knob: 'workload', label: 'x' }] };
    expect(problemsOf(pack(notAKnob))).toContainEqual({
      path: 'exercises.0.budget.parts.1.knob',
      message: 'is not a knob of this exercise; list it in knobs (got "workload")',
    });
    const twice = { ...BUDGET, parts: [BUDGET.parts[0], BUDGET.parts[0]] };
    expect(problemsOf(pack(twice)).map((p) => p.path)).toContain('exercises.0.budget.parts.1.knob');
    expect(problemsOf(pack({ ...BUDGET, total: 10 })).map((p) => p.path)).toContain(
      'exercises.0.budget.total',
    );
    expect(problemsOf(pack(BUDGET, stages(10, 15)))[0]?.message).toMatch(
      /^spends more than the budget: This exercise has 20 places in all, and your settings use 25/,
    );
    expect(problemsOf(pack({ ...BUDGET, parts: [BUDGET.parts[0]] }))[0]?.path).toBe(
      'exercises.0.budget.parts',
    );
  });

  it('makes the check refuse, unrun, settings that spend more than it', () => {
    const parsed = parsePack(pack());
    if (!parsed.ok) throw new Error(formatPackProblems(parsed.problems));
    const exercise = parsed.value.exercises[0]!;
    const over = parseScenario(applyPatch(exercise.start, stages(15, 15)));
    if (!over.ok) throw new Error(formatPackProblems(over.problems));
    const result = checkExercise(exercise, over.value);
    expect(result).toMatchObject({ status: 'refused', passed: false, problems: [] });
    expect(result.headline).toBe(
      'Not checked: this exercise has 20 places in all, and your settings use 30 (stage 1 15, stage 2 15): take 10 away somewhere.',
    );
    expect(checkExercise(exercise, exercise.solution).status).not.toBe('refused');
  });
});
