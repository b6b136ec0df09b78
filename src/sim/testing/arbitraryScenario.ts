/** fast-check generators of valid scenarios, kept small enough that a run takes milliseconds. */
import fc from 'fast-check';
import type { ScenarioInput } from '../scenario.ts';

const rate = fc.integer({ min: 0, max: 1500 });

const pattern = fc.oneof(
  fc.record({ kind: fc.constant('steady' as const), ratePerSec: rate }),
  fc.record({
    kind: fc.constant('bursty' as const),
    onRatePerSec: rate,
    offRatePerSec: rate,
    onMs: fc.integer({ min: 1, max: 2000 }),
    offMs: fc.integer({ min: 1, max: 2000 }),
  }),
  fc.record({
    kind: fc.constant('ramp' as const),
    startRatePerSec: rate,
    risePerSec: fc.integer({ min: 0, max: 500 }),
    maxRatePerSec: rate,
  }),
  fc.record({
    kind: fc.constant('step' as const),
    baseRatePerSec: rate,
    stepRatePerSec: rate,
    atMs: fc.integer({ min: 0, max: 3000 }),
    durationMs: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('sine' as const),
    meanRatePerSec: rate,
    amplitudePerSec: rate,
    periodMs: fc.integer({ min: 10, max: 5000 }),
  }),
);

/**
 * A delay, short as often as long: short retry waits let some messages use up a large budget of
 * attempts within a run, short credit delays keep credits moving.
 */
const shortOrLong = (max: number) =>
  fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max }));

export const arbitraryFeedback = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc
    .record({
      kind: fc.constant('watermark' as const),
      mode: fc.constantFrom('rate' as const, 'pause' as const),
      lowWatermark: fc.integer({ min: 0, max: 20 }),
      gap: fc.integer({ min: 1, max: 30 }),
      delayMs: fc.integer({ min: 0, max: 500 }),
      intervalMs: fc.integer({ min: 1, max: 300 }),
      decreaseFactor: fc.double({ min: 0.05, max: 0.99, noNaN: true }),
      increasePerSec: fc.integer({ min: 0, max: 500 }),
      minRatePerSec: fc.integer({ min: 0, max: 50 }),
    })
    .map(({ gap, ...f }) => ({ ...f, highWatermark: f.lowWatermark + gap })),
  fc.record({
    kind: fc.constant('credit' as const),
    window: fc.integer({ min: 1, max: 60 }),
    delayMs: shortOrLong(300),
  }),
);

/** Every allowed budget from 1 to 100, small ones and ones near the top likelier than the middle. */
const maxAttempts = fc.oneof(
  fc.integer({ min: 1, max: 6 }),
  fc.integer({ min: 1, max: 100 }),
  fc.integer({ min: 90, max: 100 }),
);

export const arbitraryRetry = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({
    kind: fc.constant('fixed' as const),
    delayMs: shortOrLong(500),
    maxAttempts,
  }),
  fc.record({
    kind: fc.constant('exponential' as const),
    baseDelayMs: shortOrLong(300),
    multiplier: fc.double({ min: 1, max: 4, noNaN: true }),
    maxDelayMs: shortOrLong(3000),
    jitter: fc.boolean(),
    maxAttempts,
  }),
);

const service = fc.oneof(
  fc.record({ kind: fc.constant('constant' as const), meanMs: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('exponential' as const),
    meanMs: fc.integer({ min: 1, max: 200 }),
  }),
  fc
    .record({
      kind: fc.constant('uniform' as const),
      minMs: fc.integer({ min: 0, max: 100 }),
      extra: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ extra, ...s }) => ({ ...s, maxMs: s.minMs + extra })),
  fc.record({
    kind: fc.constant('lognormal' as const),
    meanMs: fc.integer({ min: 1, max: 200 }),
    sigma: fc.double({ min: 0.01, max: 2, noNaN: true }),
  }),
);

const autoscale = fc.option(
  fc
    .record({
      min: fc.integer({ min: 1, max: 3 }),
      extra: fc.integer({ min: 0, max: 6 }),
      scaleDownDepth: fc.integer({ min: 0, max: 10 }),
      gap: fc.integer({ min: 1, max: 30 }),
      intervalMs: fc.integer({ min: 1, max: 1000 }),
      cooldownMs: fc.integer({ min: 0, max: 2000 }),
      coldStartMs: fc.integer({ min: 0, max: 1500 }),
    })
    .map(({ extra, gap, ...a }) => ({
      ...a,
      max: a.min + extra,
      scaleUpDepth: a.scaleDownDepth + gap,
    })),
  { nil: null },
);

export const arbitraryScenario: fc.Arbitrary<ScenarioInput> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  workload: fc.record({
    pattern,
    spacing: fc.constantFrom('poisson' as const, 'even' as const),
    priorityWeights: fc
      .array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 5 })
      .map((w) => (w.some((x) => x > 0) ? w : [...w.slice(1), 1])),
    keyCount: fc.integer({ min: 1, max: 40 }),
    sizeBytes: fc
      .integer({ min: 1, max: 5000 })
      .chain((min) => fc.integer({ min, max: min + 5000 }).map((max) => ({ min, max }))),
  }),
  queue: fc.record({
    capacity: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
    whenFull: fc.constantFrom(
      'block',
      'reject',
      'drop-oldest',
      'drop-youngest',
      'drop-all',
      'drop-lowest-priority',
    ),
    memoryBudgetBytes: fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: null }),
    restartDelayMs: fc.integer({ min: 0, max: 2000 }),
    maxAgeMs: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null }),
    conflateByKey: fc.boolean(),
  }),
  feedback: arbitraryFeedback,
  retry: arbitraryRetry,
  rateLimit: fc.option(
    fc.record({
      ratePerSec: fc.integer({ min: 0, max: 1000 }),
      burst: fc.integer({ min: 0, max: 50 }),
      delay: fc.integer({ min: 0, max: 20 }),
      nodelay: fc.boolean(),
    }),
    { nil: null },
  ),
  consumers: fc.record({
    count: fc.integer({ min: 1, max: 8 }),
    service,
    ordering: fc.constantFrom('none' as const, 'per-key' as const),
    autoscale,
  }),
  metrics: fc.record({
    sampleIntervalMs: fc.integer({ min: 10, max: 500 }),
    seriesLength: fc.integer({ min: 10, max: 50 }),
  }),
});
