/**
 * Properties that hold for every valid scenario: the books balance at every event (messages, credits,
 * offers, attempts), numbers are sane, and a run is the same however it is stepped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { AttemptLedger, offerGap } from './testing/attemptLedger.ts';
import { arbitraryCreditScenario, arbitraryRetryStorm } from './testing/arbitraryRun.ts';
import { arbitraryScenario } from './testing/arbitraryScenario.ts';
import { arbitraryTrouble } from './testing/arbitraryTrouble.ts';
import { abandonedGap } from './testing/conservation.ts';
import { brokenInvariant } from './testing/invariants.ts';
import type { Summary } from './types.ts';

const RUN_MS = 4_000;

function valid(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok)
    throw new Error(`generator made an invalid scenario: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/**
 * produced = delivered + dropped + waiting + in service + waiting to retry + held by the producer,
 * counting requests: copies whose requester gave up (`abandoned`) wait or are processed for nobody.
 */
function conservationGap(s: Summary): number {
  return (
    s.produced -
    (s.delivered +
      s.dropped.total +
      s.waiting +
      s.inService -
      s.abandoned +
      s.retryWaiting +
      s.rateDelayed +
      s.heldByProducer)
  );
}

/** An event log this large loses nothing between two steps of one event each. */
const WHOLE_LOG = 1 << 16;

/**
 * Steps event by event (bounded), checking after each: the engine's books (brokenInvariant, with
 * every credit accounted for), that offers are first attempts or retries, each message's attempts
 * through the event log (AttemptLedger), and the queue's capacity.
 */
function stepAndCheck(sim: Engine, untilMs: number, maxEvents: number): void {
  const ledger = new AttemptLedger();
  for (let i = 0; i < maxEvents; i++) {
    const t = sim.nextEventTime();
    if (t > untilMs) break;
    sim.advanceTo(t);
    // Walking everything the engine holds costs as much as it holds: every event while that is
    // little, every 50th beyond (a leak or a wrong count stays wrong, so it is still caught).
    if (sim.room.count + sim.retryWaiting < 500 || i % 50 === 0) {
      const broken = brokenInvariant(sim);
      if (broken !== null) expect.fail(`at t = ${t}: ${broken}`);
    }
    if (offerGap(sim) !== 0) expect.fail(`at t = ${t}: offers off by ${offerGap(sim)}`);
    if (abandonedGap(sim) !== 0)
      expect.fail(`at t = ${t}: abandoned copies off by ${abandonedGap(sim)}`);
    ledger.read(sim);
    if (ledger.problems.length > 0) expect.fail(ledger.problems[0]);
    const capacity = sim.scenario.queue.capacity;
    if (capacity !== null && sim.room.count > capacity)
      expect.fail(`depth ${sim.room.count} above capacity ${capacity}`);
  }
  if (sim.nextEventTime() > untilMs) {
    ledger.checkTotals(sim);
    if (ledger.problems.length > 0) expect.fail(ledger.problems[0]);
  }
  sim.advanceTo(untilMs);
}

/** Every message offered no more often than its retry policy allows, by the summary's counts. */
function checkAttemptCounts(sim: Engine): void {
  const s = sim.summary();
  const retry = sim.scenario.retry;
  const max = retry.kind === 'none' ? 1 : retry.maxAttempts;
  expect(s.offered).toBeLessThanOrEqual(s.produced * max);
  expect(s.retries).toBeLessThanOrEqual((s.produced - s.heldByProducer) * (max - 1));
  sim.inspect((m, place) => {
    if (place !== 'spare' && m.attempts > max)
      expect.fail(`message ${m.id} (${place}) made ${m.attempts} of ${max} attempts`);
    if (place === 'retry-wait' && m.attempts >= max)
      expect.fail(`message ${m.id} waits to retry after its last attempt (${m.attempts})`);
  });
}

function everyNumber(value: unknown, check: (n: number) => void): void {
  if (typeof value === 'number') check(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) everyNumber(v, check);
}

describe('every valid scenario', () => {
  it('keeps its books at every event: messages, workers, credits, offers and attempts', () => {
    fc.assert(
      fc.property(arbitraryScenario, (input) => {
        const sim = createSimulation(valid(input), { eventCapacity: WHOLE_LOG });
        stepAndCheck(sim, RUN_MS, 3_000);
        expect(conservationGap(sim.summary())).toBe(0);
        checkAttemptCounts(sim);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('keeps count in a retry storm, and never offers a message once more than allowed', () => {
    fc.assert(
      fc.property(arbitraryRetryStorm, (input) => {
        const sim = createSimulation(valid(input), { eventCapacity: WHOLE_LOG });
        stepAndCheck(sim, RUN_MS, 6_000);
        checkAttemptCounts(sim);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps its books with requesters, timeouts, remedies and triggers', () => {
    fc.assert(
      fc.property(arbitraryTrouble, (input) => {
        const sim = createSimulation(valid(input), { eventCapacity: WHOLE_LOG });
        stepAndCheck(sim, RUN_MS, 4_000);
        expect(conservationGap(sim.summary())).toBe(0);
        checkAttemptCounts(sim);
      }),
      { numRuns: 80 },
    );
  }, 90_000);

  it('keeps its books when a crash fails everything in flight at once (an outage that resets)', () => {
    const withReset = fc
      .tuple(arbitraryTrouble, fc.integer({ min: 0, max: 3500 }), fc.integer({ min: 1, max: 2000 }))
      .map(([input, atMs, durationMs]) => ({
        ...input,
        triggers: [
          ...(input.triggers ?? []),
          { kind: 'outage' as const, atMs, durationMs, mode: 'reset' as const },
        ],
      }));
    fc.assert(
      fc.property(withReset, (input) => {
        const sim = createSimulation(valid(input), { eventCapacity: WHOLE_LOG });
        stepAndCheck(sim, RUN_MS, 4_000);
        expect(conservationGap(sim.summary())).toBe(0);
        checkAttemptCounts(sim);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('with requesters and triggers, reports only finite, non-negative numbers, the same however stepped', () => {
    fc.assert(
      fc.property(
        arbitraryTrouble,
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 12 }),
        (input, steps) => {
          const scenario = valid(input);
          const whole = createSimulation(scenario, { eventCapacity: 0 });
          whole.run(RUN_MS);
          everyNumber(whole.summary(), (n) => {
            expect(Number.isFinite(n)).toBe(true);
            expect(n).toBeGreaterThanOrEqual(0);
          });
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

  it('accounts for every credit of the window at every event', () => {
    fc.assert(
      fc.property(arbitraryCreditScenario, (input) => {
        const sim = createSimulation(valid(input), { eventCapacity: WHOLE_LOG });
        stepAndCheck(sim, RUN_MS, 4_000);
      }),
      { numRuns: 40 },
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
