/** Properties that hold for every valid scenario: conservation, sane numbers, determinism. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { arbitraryScenario } from './testing/arbitraryScenario.ts';
import { conservationGap as engineConservationGap } from './testing/conservation.ts';
import type { Summary } from './types.ts';

const RUN_MS = 4_000;

function valid(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok)
    throw new Error(`generator made an invalid scenario: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** produced = delivered + dropped + waiting + in service + waiting to retry + held by the producer. */
function conservationGap(s: Summary): number {
  return (
    s.produced -
    (s.delivered + s.dropped.total + s.waiting + s.inService + s.retryWaiting + s.heldByProducer)
  );
}

/** Steps event by event (bounded), checking conservation and the engine's own bookkeeping after each. */
function stepAndCheck(sim: Engine, untilMs: number, maxEvents: number): void {
  for (let i = 0; i < maxEvents; i++) {
    const t = sim.nextEventTime();
    if (t > untilMs) break;
    sim.advanceTo(t);
    if (engineConservationGap(sim) !== 0)
      expect.fail(`conservation broken at t = ${t}: gap ${engineConservationGap(sim)}`);
    const capacity = sim.scenario.queue.capacity;
    if (capacity !== null && sim.room.count > capacity)
      expect.fail(`depth ${sim.room.count} above capacity ${capacity}`);
    let busy = sim.retiring.length;
    for (const w of sim.workers) if (w.message !== null) busy++;
    if (sim.inService !== busy)
      expect.fail(`inService ${sim.inService} but ${busy} workers hold a message`);
  }
  sim.advanceTo(untilMs);
}

function everyNumber(value: unknown, check: (n: number) => void): void {
  if (typeof value === 'number') check(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) everyNumber(v, check);
}

describe('every valid scenario', () => {
  it('conserves messages at every event', () => {
    fc.assert(
      fc.property(arbitraryScenario, (input) => {
        const sim = createSimulation(valid(input));
        stepAndCheck(sim, RUN_MS, 3_000);
        expect(conservationGap(sim.summary())).toBe(0);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('reports only finite, non-negative numbers', () => {
    fc.assert(
      fc.property(arbitraryScenario, (input) => {
        const sim = createSimulation(valid(input), { eventCapacity: 0 });
        sim.run(RUN_MS);
        everyNumber(sim.summary(), (n) => {
          expect(Number.isFinite(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(0);
        });
        expect(sim.summary().utilization).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('gives the same run for the same scenario and seed, however it is stepped', () => {
    fc.assert(
      fc.property(
        arbitraryScenario,
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 12 }),
        (input, steps) => {
          const scenario = valid(input);
          const whole = createSimulation(scenario, { eventCapacity: 0 });
          whole.run(RUN_MS);
          const stepped = createSimulation(structuredClone(scenario), { eventCapacity: 0 });
          for (const step of steps) stepped.advanceTo(Math.min(RUN_MS, stepped.now + step));
          stepped.advanceTo(RUN_MS);
          expect(stepped.summary()).toEqual(whole.summary());
          for (const column of whole.series.columns)
            expect(stepped.series.read(column)).toEqual(whole.series.read(column));
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
