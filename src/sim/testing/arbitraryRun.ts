/**
 * fast-check generators of harder runs than arbitraryScenario alone: retry storms that use up large
 * budgets of attempts, runs under credit, hostile runs that press on the memory limits, and
 * sequences of changes made to a running simulation.
 */
import fc from 'fast-check';
import type { EngineLimits } from '../limits.ts';
import type { ScenarioInput } from '../scenario.ts';
import { arbitraryFeedback, arbitraryScenario } from './arbitraryScenario.ts';

/** A full queue refusing a fast producer that retries almost at once, up to 100 times. */
export const arbitraryRetryStorm: fc.Arbitrary<ScenarioInput> = fc
  .tuple(
    arbitraryScenario,
    fc.integer({ min: 300, max: 1500 }),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('reject' as const, 'drop-youngest' as const, 'block' as const),
    fc.oneof(
      fc.record({
        kind: fc.constant('fixed' as const),
        delayMs: fc.integer({ min: 0, max: 5 }),
        maxAttempts: fc.integer({ min: 40, max: 100 }),
      }),
      fc.record({
        kind: fc.constant('exponential' as const),
        baseDelayMs: fc.integer({ min: 0, max: 3 }),
        multiplier: fc.double({ min: 1, max: 1.2, noNaN: true }),
        maxDelayMs: fc.integer({ min: 0, max: 10 }),
        jitter: fc.boolean(),
        maxAttempts: fc.integer({ min: 40, max: 100 }),
      }),
    ),
  )
  .map(([s, ratePerSec, capacity, whenFull, retry]) => ({
    ...s,
    workload: { ...s.workload, pattern: { kind: 'steady' as const, ratePerSec } },
    queue: { ...s.queue, capacity, whenFull },
    retry,
  }));

/** Any scenario, under a credit window. */
export const arbitraryCreditScenario: fc.Arbitrary<ScenarioInput> = fc
  .tuple(
    arbitraryScenario,
    fc.record({
      kind: fc.constant('credit' as const),
      window: fc.integer({ min: 1, max: 60 }),
      delayMs: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 300 })),
    }),
  )
  .map(([s, feedback]) => ({ ...s, feedback }));

/** Small memory limits, so a short hostile run reaches them. */
export const arbitraryLimits: fc.Arbitrary<EngineLimits & { eventCompactionThreshold: number }> =
  fc.record({
    hostMessages: fc.integer({ min: 1, max: 300 }),
    retryWaiting: fc.integer({ min: 1, max: 200 }),
    spareMessages: fc.integer({ min: 0, max: 50 }),
    signalsInFlight: fc.integer({ min: 1, max: 50 }),
    eventCompactionThreshold: fc.integer({ min: 64, max: 512 }),
  });

/**
 * A fast producer into a queue with no limit and slow (or stuck) consumers, retries that wait long,
 * signals that take long to arrive: everything that used to grow without bound.
 */
export const arbitraryHostile: fc.Arbitrary<ScenarioInput> = fc
  .tuple(
    arbitraryScenario,
    fc.integer({ min: 2000, max: 20_000 }),
    fc.option(fc.integer({ min: 1000, max: 2_000_000 }), { nil: null }),
    fc.constantFrom(1000, 86_400_000),
    fc.constantFrom(0, 5, 1000),
    fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({
        kind: fc.constant('fixed' as const),
        delayMs: fc.constantFrom(0, 1000, 86_400_000),
        maxAttempts: fc.integer({ min: 2, max: 100 }),
      }),
    ),
    fc.oneof(
      arbitraryFeedback,
      fc.constant({
        kind: 'watermark' as const,
        highWatermark: 2,
        lowWatermark: 1,
        delayMs: 86_400_000,
        intervalMs: 1,
      }),
    ),
  )
  .map(([s, ratePerSec, memoryBudgetBytes, meanMs, restartDelayMs, retry, feedback]) => ({
    ...s,
    workload: { ...s.workload, pattern: { kind: 'steady' as const, ratePerSec } },
    queue: { ...s.queue, capacity: null, memoryBudgetBytes, restartDelayMs, maxAgeMs: null },
    consumers: { ...s.consumers, service: { kind: 'constant' as const, meanMs } },
    retry,
    feedback,
  }));

/** One change to a running simulation: a whole new scenario, or new settings for one section. */
export type Change = { afterMs: number; patch: Partial<ScenarioInput> };

const section = (s: ScenarioInput): fc.Arbitrary<Partial<ScenarioInput>> =>
  fc.constantFrom<Partial<ScenarioInput>>(
    s,
    { workload: s.workload },
    { queue: s.queue },
    { feedback: s.feedback },
    { retry: s.retry },
    { rateLimit: s.rateLimit },
    { consumers: s.consumers },
  );

/** A sequence of changes at random times; credit windows are changed often, on their own. */
export const arbitraryChanges: fc.Arbitrary<Change[]> = fc.array(
  fc.record({
    afterMs: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1500 })),
    patch: fc.oneof(
      arbitraryScenario.chain(section),
      fc.record({
        feedback: fc.record({
          kind: fc.constant('credit' as const),
          window: fc.integer({ min: 1, max: 60 }),
          delayMs: fc.integer({ min: 0, max: 300 }),
        }),
      }),
    ),
  }),
  { minLength: 1, maxLength: 6 },
);
