import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
import {
  checkExercise,
  checkSteps,
  scenarioForSeed,
  type CheckableExercise,
  type CheckResult,
} from './checker.ts';
import type { Goal } from './packSchema.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** One consumer at 50 messages/s against 70: a queue of 20 rejects, a long one waits. */
const start = scenario({
  workload: { pattern: { kind: 'steady', ratePerSec: 70 } },
  queue: { capacity: 20 },
});
const goals: Goal[] = [
  { metric: 'dropped', compare: 'at-most', value: 0 },
  { metric: 'latencyP99', compare: 'below', value: 2000 },
  {
    metric: 'delivered',
    compare: 'at-least',
    value: 50,
    window: { fromSec: 2, toSec: 4, label: 'in the third and fourth seconds' },
  },
];
const exercise: CheckableExercise = {
  start,
  knobs: ['queue.capacity', 'queue.whenFull'],
  goals,
  durationSec: 8,
  seeds: [1, 2, 3],
};

function ran(result: CheckResult) {
  if (result.status === 'refused') throw new Error(result.headline);
  return result;
}

describe('checkExercise', () => {
  it('reports every goal on every seed with the value the run measured', () => {
    const result = ran(checkExercise(exercise, start));
    expect(result.seeds.map((s) => s.seed)).toEqual([1, 2, 3]);
    for (const seed of result.seeds) {
      expect(seed.goals).toHaveLength(3);
      // The same run outside the checker gives the same numbers.
      const sim = createSimulation(scenarioForSeed(exercise, start, seed.seed), {
        eventCapacity: 0,
      });
      sim.run(8000);
      const summary = sim.summary();
      expect(seed.goals[0]?.measured).toBe(summary.dropped.total);
      expect(seed.goals[1]?.measured).toBe(summary.latencyMs.p99);
      expect(seed.goals[0]?.threshold).toBe(0);
      expect(seed.goals[0]?.passed).toBe(false);
      expect(seed.passed).toBe(false);
    }
  });

  it('says by how much each goal was missed and on which seed, worst first', () => {
    const result = ran(checkExercise(exercise, start));
    expect(result.status).toBe('failed');
    expect(result.passed).toBe(false);
    const lost = result.seeds.map((s) => s.goals[0]?.measured as number);
    const worst = Math.max(...lost);
    const worstSeed = result.seeds[lost.indexOf(worst)]?.seed;
    expect(result.failures[0]).toBe(
      `${worst} messages lost, where the goal allows none, on seed ${worstSeed}`,
    );
    expect(result.goals[0]).toMatchObject({
      passed: false,
      failedSeeds: [1, 2, 3],
      label: 'No message lost',
    });
    expect(result.goals[0]?.worst.seed).toBe(worstSeed);
    expect(result.headline).toBe(`Not yet: 1 of 3 goals missed; the worst: ${result.failures[0]}.`);
    expect(result.goals[0]?.worst.miss).toBe(worst);
  });

  it('measures a windowed goal inside its window only', () => {
    const result = ran(checkExercise(exercise, start));
    for (const seed of result.seeds) {
      const sim = createSimulation(scenarioForSeed(exercise, start, seed.seed), {
        eventCapacity: 0,
      });
      sim.advanceTo(2000);
      const before = sim.summary().delivered;
      sim.advanceTo(4000);
      expect(seed.goals[2]?.measured).toBe(sim.summary().delivered - before);
      expect(seed.goals[2]?.label).toBe(
        'At least 50 messages delivered in the third and fourth seconds',
      );
    }
  });

  it('passes a scenario that meets every goal on every seed', () => {
    const blocking = { ...start, queue: { ...start.queue, whenFull: 'block' as const } };
    const result = ran(checkExercise(exercise, blocking));
    expect(result.passed).toBe(true);
    expect(result.status).toBe('passed');
    expect(result.failures).toEqual([]);
    expect(result.headline).toBe('Passed: all 3 goals met on all 3 seeds.');
    expect(result.goals.every((g) => g.passed && g.worst.margin >= 0)).toBe(true);
  });

  it('says “both” for two goals and two seeds, and a count that is 0 on every seed says so', () => {
    const blocking = { ...start, queue: { ...start.queue, whenFull: 'block' as const } };
    const two = { ...exercise, goals: goals.slice(0, 2), seeds: [1, 2] };
    const result = ran(checkExercise(two, blocking));
    expect(result.headline).toBe('Passed: both goals met on both seeds.');
    // Not "Closest call, seed 1: No message lost, as required", which only repeats the goal.
    expect(result.goals[0]?.line).toBe(': 0 messages on every seed.');
    expect(result.goals[1]?.line).toMatch(/^: met on every seed\. Closest call, seed [12]: p99/);
  });

  it('does not run a scenario that changed a locked field', () => {
    const cheating = { ...start, consumers: { ...start.consumers, count: 5 } };
    const result = checkExercise(exercise, cheating);
    expect(result.status).toBe('refused');
    if (result.status === 'refused') {
      expect(result.problems.map((p) => p.path)).toEqual(['consumers.count']);
      expect(result.headline).toMatch(
        /change only queue.capacity, queue.whenFull, and consumers.count was changed/,
      );
    }
  });

  it('ignores the learner’s seed, duration and recording settings', () => {
    const fiddled = {
      ...start,
      seed: 77,
      durationSec: 1,
      metrics: { ...start.metrics, sampleIntervalMs: 7 },
    };
    expect(checkExercise(exercise, fiddled)).toEqual(checkExercise(exercise, start));
  });

  it('fails a latency goal when nothing was delivered, saying why', () => {
    const silent = scenario({ workload: { pattern: { kind: 'steady', ratePerSec: 0 } } });
    const result = ran(
      checkExercise({ ...exercise, start: silent, goals: [goals[1] as Goal], seeds: [1] }, silent),
    );
    expect(result.seeds[0]?.goals[0]?.measured).toBeNaN();
    expect(result.failures[0]).toBe(
      'p99 latency could not be measured: no message was delivered, on seed 1',
    );
  });
});

describe('checkSteps', () => {
  it('advances in bounded steps, reports growing progress, and ends with the same result', () => {
    const steps = checkSteps(exercise, start, { messagesPerStep: 100 });
    const fractions: number[] = [];
    let step = steps.next();
    while (!step.done) {
      fractions.push(step.value.fraction);
      expect(step.value.seedCount).toBe(3);
      step = steps.next();
    }
    // About 70 made and 50 finished a simulated second, for 8 s on 3 seeds, 100 a step: about 29
    // steps, and a few more where a step stops short at a window's edge.
    expect(fractions.length).toBeGreaterThan(25);
    expect(fractions.length).toBeLessThan(45);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] as number))).toBe(true);
    expect(fractions.at(-1)).toBeCloseTo(1, 9);
    expect(step.value).toEqual(checkExercise(exercise, start));
  });

  it('sizes its steps by work, not by simulated time', () => {
    const busy = scenario({
      workload: { pattern: { kind: 'steady', ratePerSec: 5000 } },
      consumers: { count: 100 },
    });
    const quick = {
      ...exercise,
      start: busy,
      knobs: [],
      goals: [goals[0] as Goal],
      seeds: [1],
      durationSec: 4,
    };
    const steps = [...checkSteps(quick, busy, { messagesPerStep: 1000 })].length;
    // 5,000 made and about 5,000 finished a second, for 4 s: some 40 steps of 1,000.
    expect(steps).toBeGreaterThan(25);
    expect(steps).toBeLessThan(80);
  });
});
