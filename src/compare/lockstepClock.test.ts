import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { arbitraryScenario } from '../sim/testing/arbitraryScenario.ts';
import { comparisonOf, defaultComparison } from './comparison.ts';
import { LockstepClock } from './lockstepClock.ts';

function valid(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** Each scenario run alone, headless, in one call to `timeMs`. */
function alone(scenario: Scenario, timeMs: number) {
  const engine = createSimulation(scenario, { eventCapacity: 0 });
  engine.advanceTo(timeMs);
  return { summary: engine.summary(), depth: Array.from(engine.series.read('depth')) };
}

function expectLockstepAndAlone(clock: LockstepClock): void {
  for (const engine of clock.engines) expect(engine.now).toBe(clock.now);
  clock.engines.forEach((engine, i) => {
    const expected = alone(clock.scenarios[i] as Scenario, clock.now);
    expect(engine.summary()).toEqual(expected.summary);
    expect(Array.from(engine.series.read('depth'))).toEqual(expected.depth);
  });
}

/** A clock that moves `tick` ms each time it is read, so budgets run out part-way. */
function tickingClock(tick: number): () => number {
  let t = 0;
  return () => (t += tick);
}

const columns = () => defaultComparison().columns;

describe('LockstepClock', () => {
  it('starts every column at time zero', () => {
    const clock = new LockstepClock(columns());
    expect(clock.now).toBe(0);
    expect(clock.engines.map((e) => e.now)).toEqual([0, 0, 0]);
  });

  it('advances every column to the same time within a budget, and reports how far', () => {
    const clock = new LockstepClock(columns());
    // Each read of the clock costs 3 ms of a 8 ms budget: the run stops after a few slices.
    const moved = clock.advance(4000, tickingClock(3), 8);
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(4000);
    expectLockstepAndAlone(clock);
  });

  it('covers the whole stretch when the budget allows', () => {
    const clock = new LockstepClock(columns());
    expect(clock.advance(2500, () => 0, 8)).toBe(2500);
    expect(clock.now).toBe(2500);
    expectLockstepAndAlone(clock);
  });

  it('never goes backwards', () => {
    const clock = new LockstepClock(columns());
    clock.advanceTo(1000);
    clock.advanceTo(400);
    expect(clock.advance(-5, () => 0, 8)).toBe(0);
    expect(clock.now).toBe(1000);
    expectLockstepAndAlone(clock);
  });

  it('finishes a stretch too short to move the clock, instead of spinning', () => {
    const clock = new LockstepClock(columns());
    expect(clock.advance(Number.MIN_VALUE, () => 0, 8)).toBe(Number.MIN_VALUE);
    expectLockstepAndAlone(clock);
  });

  it('steps every column to the next moment something visible happens in any of them', () => {
    const clock = new LockstepClock(columns());
    const written = () => clock.engines.map((e) => e.events?.written ?? 0);
    let before = written();
    for (let i = 0; i < 25; i++) {
      const at = clock.now;
      clock.step();
      expect(clock.now).toBeGreaterThanOrEqual(at);
      const after = written();
      expect(after.some((w, c) => w !== before[c])).toBe(true);
      before = after;
    }
    expect(clock.now).toBeGreaterThan(0);
    expectLockstepAndAlone(clock);
  });

  it('steps by a sample interval when the columns keep no animation log', () => {
    const scenarios = columns();
    const clock = new LockstepClock(scenarios, (s) => createSimulation(s, { eventCapacity: 0 }));
    clock.step();
    expect(clock.now).toBe(scenarios[0]?.metrics.sampleIntervalMs);
    expectLockstepAndAlone(clock);
  });

  it('keeps every column in step and equal to its run alone, whatever the sequence', () => {
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('advance' as const),
        ms: fc.double({ min: 0, max: 800, noNaN: true }),
        tick: fc.integer({ min: 0, max: 6 }),
      }),
      fc.record({ kind: fc.constant('step' as const) }),
      fc.record({ kind: fc.constant('to' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(arbitraryScenario, { minLength: 2, maxLength: 4 }),
        fc.array(operation, { maxLength: 12 }),
        (inputs, operations) => {
          const comparison = comparisonOf(inputs.map(valid));
          const clock = new LockstepClock(comparison.columns);
          for (const op of operations) {
            if (op.kind === 'advance') clock.advance(op.ms, tickingClock(op.tick), 8);
            else if (op.kind === 'step') clock.step();
            else clock.advanceTo(op.ms);
            for (const engine of clock.engines) expect(engine.now).toBe(clock.now);
          }
          expectLockstepAndAlone(clock);
        },
      ),
      { numRuns: 40 },
    );
  });
});
