/**
 * fast-check generators of pipelines: any scenario arbitraryScenario or arbitraryTrouble makes, with
 * one or two later stages of every kind of link, queue and consumers. Small queues and slow consumers
 * are likely, so blocking after service, drops and credits all happen within a short run.
 */
import fc from 'fast-check';
import type { ScenarioInput } from '../scenario.ts';
import { arbitraryScenario } from './arbitraryScenario.ts';
import { arbitraryTrouble } from './arbitraryTrouble.ts';

const link = fc.oneof(
  fc.constant({ kind: 'blocking' as const }),
  fc.record({
    kind: fc.constant('credit' as const),
    window: fc.integer({ min: 1, max: 30 }),
    delayMs: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 300 })),
  }),
  fc.constant({ kind: 'fire-and-forget' as const }),
);

const service = fc.oneof(
  fc.record({ kind: fc.constant('constant' as const), meanMs: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('exponential' as const),
    meanMs: fc.integer({ min: 1, max: 200 }),
  }),
);

const stage = fc.record({
  link,
  queue: fc.record({
    capacity: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 5 }),
    whenFull: fc.constantFrom(
      'reject' as const,
      'drop-oldest' as const,
      'drop-youngest' as const,
      'drop-all' as const,
    ),
    maxAgeMs: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
    conflateByKey: fc.boolean(),
    discipline: fc.constantFrom(
      { kind: 'fifo' as const },
      { kind: 'lifo' as const },
      { kind: 'adaptive-lifo' as const, lifoAboveDepth: 3 },
    ),
  }),
  consumers: fc.record({
    count: fc.integer({ min: 1, max: 4 }),
    service,
    slowUnderLoad: fc.option(
      fc.record({
        basis: fc.constantFrom('queue-depth' as const, 'concurrency' as const),
        above: fc.integer({ min: 0, max: 10 }),
        perUnit: fc.double({ min: 0, max: 1, noNaN: true }),
        maxFactor: fc.double({ min: 1, max: 5, noNaN: true }),
      }),
      { nil: null, freq: 4 },
    ),
    autoscale: fc.option(
      fc
        .record({
          min: fc.integer({ min: 1, max: 2 }),
          extra: fc.integer({ min: 0, max: 3 }),
          intervalMs: fc.integer({ min: 1, max: 500 }),
          coldStartMs: fc.integer({ min: 0, max: 500 }),
        })
        .map(({ extra, ...a }) => ({
          ...a,
          max: a.min + extra,
          scaleUpDepth: 5,
          scaleDownDepth: 1,
          cooldownMs: 0,
        })),
      { nil: null, freq: 4 },
    ),
  }),
});

export const arbitraryPipeline: fc.Arbitrary<ScenarioInput> = fc
  .tuple(
    fc.oneof(arbitraryScenario, arbitraryTrouble),
    fc.array(stage, { minLength: 1, maxLength: 2 }),
  )
  .map(([scenario, downstream]) => ({ ...scenario, downstream }));
