/**
 * fast-check generators of runs with requesters and trouble: timeouts (short ones, so attempts time
 * out within a short run), retry budgets, circuit breakers, deadline checks and propagation, costly
 * refusals, consumers that slow under load, queue disciplines and triggers. On top of any scenario
 * arbitraryScenario makes, so every older knob meets every new one.
 */
import fc from 'fast-check';
import type { ScenarioInput } from '../scenario.ts';
import { arbitraryScenario } from './arbitraryScenario.ts';

const discipline = fc.oneof(
  fc.constant({ kind: 'fifo' as const }),
  fc.constant({ kind: 'lifo' as const }),
  fc.record({
    kind: fc.constant('adaptive-lifo' as const),
    lifoAboveDepth: fc.integer({ min: 0, max: 30 }),
  }),
  fc.record({
    kind: fc.constant('codel' as const),
    targetMs: fc.integer({ min: 1, max: 200 }),
    intervalMs: fc.integer({ min: 1, max: 1000 }),
  }),
);

const requester = fc.record({
  timeoutMs: fc.option(
    fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 2000 })),
    {
      nil: null,
      freq: 4,
    },
  ),
  retryBudget: fc.option(
    fc.record({
      tokensPerRequest: fc.double({ min: 0, max: 2, noNaN: true }),
      maxTokens: fc.integer({ min: 1, max: 30 }),
    }),
    { nil: null },
  ),
  circuitBreaker: fc.option(
    fc.record({
      failures: fc.integer({ min: 1, max: 30 }),
      windowMs: fc.integer({ min: 1, max: 2000 }),
      openMs: fc.integer({ min: 1, max: 2000 }),
      probes: fc.integer({ min: 1, max: 5 }),
    }),
    { nil: null },
  ),
  propagateDeadline: fc.boolean(),
});

const trigger = fc.oneof(
  fc.record({
    kind: fc.constant('spike' as const),
    atMs: fc.integer({ min: 0, max: 3500 }),
    durationMs: fc.integer({ min: 1, max: 2000 }),
    factor: fc.double({ min: 1, max: 10, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('slowdown' as const),
    atMs: fc.integer({ min: 0, max: 3500 }),
    durationMs: fc.integer({ min: 1, max: 2000 }),
    factor: fc.double({ min: 1, max: 10, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('outage' as const),
    atMs: fc.integer({ min: 0, max: 3500 }),
    durationMs: fc.integer({ min: 1, max: 2000 }),
    mode: fc.constantFrom('stall' as const, 'reset' as const),
  }),
);

const slowUnderLoad = fc.option(
  fc.record({
    basis: fc.constantFrom('queue-depth' as const, 'concurrency' as const),
    above: fc.integer({ min: 0, max: 30 }),
    perUnit: fc.double({ min: 0, max: 0.5, noNaN: true }),
    maxFactor: fc.double({ min: 1, max: 10, noNaN: true }),
  }),
  { nil: null },
);

export const arbitraryTrouble: fc.Arbitrary<ScenarioInput> = fc
  .tuple(
    arbitraryScenario,
    requester,
    fc.array(trigger, { maxLength: 4 }),
    discipline,
    fc.boolean(),
    fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })),
    slowUnderLoad,
  )
  .map(([s, req, triggers, disc, skipAbandoned, refusalCostMs, slow]) => ({
    ...s,
    requester: req,
    triggers,
    queue: { ...s.queue, discipline: disc },
    consumers: { ...s.consumers, skipAbandoned, refusalCostMs, slowUnderLoad: slow },
  }));
