/**
 * Knobs turned again and again on a running simulation, at random times, to random settings: the
 * books must balance after every event, and the same changes at the same times give the same run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { AttemptLedger, offerGap } from './testing/attemptLedger.ts';
import { arbitraryChanges, type Change } from './testing/arbitraryRun.ts';
import { arbitraryScenario } from './testing/arbitraryScenario.ts';
import { brokenInvariant } from './testing/invariants.ts';

const AFTER_LAST_MS = 2_000;
const MAX_EVENTS = 2_500;

function valid(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`invalid scenario: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** The scenario after a change: the patched sections, with the seed and series length kept. */
function applied(current: Scenario, patch: Partial<ScenarioInput>): Scenario {
  return valid({
    ...current,
    ...patch,
    seed: current.seed,
    metrics: { ...(patch.metrics ?? current.metrics), seriesLength: current.metrics.seriesLength },
  });
}

/** When each change happens, and what the scenario is from then on. */
function schedule(first: Scenario, changes: readonly Change[]): { at: number; to: Scenario }[] {
  let at = 0;
  let current = first;
  return changes.map(({ afterMs, patch }) => {
    at += afterMs;
    current = applied(current, patch);
    return { at, to: current };
  });
}

/** Runs event by event through the changes, checking everything after each event. */
function runChecked(first: Scenario, plan: readonly { at: number; to: Scenario }[]): Engine {
  const sim = createSimulation(first, { eventCapacity: 1 << 16 });
  const ledger = new AttemptLedger();
  let events = 0;
  const stepTo = (until: number) => {
    while (events < MAX_EVENTS && sim.nextEventTime() <= until) {
      const t = sim.nextEventTime();
      sim.advanceTo(t);
      events++;
      const broken = brokenInvariant(sim);
      if (broken !== null) expect.fail(`at t = ${t}: ${broken}`);
      if (offerGap(sim) !== 0) expect.fail(`at t = ${t}: offers off by ${offerGap(sim)}`);
      ledger.read(sim);
      if (ledger.problems.length > 0) expect.fail(ledger.problems[0]);
    }
    sim.advanceTo(until);
  };
  for (const { at, to } of plan) {
    stepTo(at);
    expect(sim.reconfigure(to).resetNeeded).toBe(false);
    const broken = brokenInvariant(sim);
    if (broken !== null) expect.fail(`right after the change at ${at}: ${broken}`);
    const c = to.consumers;
    if (c.autoscale === null) expect(sim.workers.length).toBe(c.count);
  }
  stepTo((plan.at(-1)?.at ?? 0) + AFTER_LAST_MS);
  return sim;
}

describe('a sequence of changes to a running simulation', () => {
  it('keeps the books balanced after every event and every change', () => {
    fc.assert(
      fc.property(arbitraryScenario, arbitraryChanges, (input, changes) => {
        const first = valid(input);
        runChecked(first, schedule(first, changes));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('gives the same run for the same changes at the same times, however it is stepped', () => {
    fc.assert(
      fc.property(
        arbitraryScenario,
        arbitraryChanges,
        fc.integer({ min: 1, max: 500 }),
        (input, changes, stride) => {
          const first = valid(input);
          const plan = schedule(first, changes);
          const end = (plan.at(-1)?.at ?? 0) + AFTER_LAST_MS;
          const run = (step: number) => {
            const sim = createSimulation(first, { eventCapacity: 0 });
            for (const { at, to } of plan) {
              while (sim.now + step < at) sim.advanceTo(sim.now + step);
              sim.advanceTo(at);
              sim.reconfigure(to);
            }
            sim.advanceTo(end);
            return sim.summary();
          };
          expect(run(stride)).toEqual(run(end + 1));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
