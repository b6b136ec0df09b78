/**
 * The scenario: a plain, versioned, JSON-serialisable description of one system under load.
 * The schema is the single source of truth for the TypeScript types, validation, defaults,
 * the generated JSON Schema and docs/scenario.md; each field's description doubles as the one-line
 * explanation the UI shows beside its control.
 */
import * as v from 'valibot';
import { HOST_MESSAGE_LIMIT, RETRY_WAIT_LIMIT } from './limits.ts';

export const SCENARIO_VERSION = 1;

interface Bounds {
  min: number;
  max: number;
  unit?: string;
}

function rangeText({ min, max, unit }: Bounds, integer: boolean): string {
  const kind = integer ? 'a whole number' : 'a number';
  return `must be ${kind} from ${min} to ${max}${unit ? ` (${unit})` : ''}`;
}

/** A finite number within [min, max]; every failure gets the same plain sentence. */
function num(bounds: Bounds, description: string) {
  const message = rangeText(bounds, false);
  return v.pipe(
    v.number(message),
    v.minValue(bounds.min, message),
    v.maxValue(bounds.max, message),
    v.description(description),
  );
}

/** A whole number within [min, max]. */
function int(bounds: Bounds, description: string) {
  const message = rangeText(bounds, true);
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(bounds.min, message),
    v.maxValue(bounds.max, message),
    v.description(description),
  );
}

function choice<const T extends readonly [string, ...string[]]>(options: T, description: string) {
  return v.pipe(
    v.picklist(options, `must be one of: ${options.join(', ')}`),
    v.description(description),
  );
}

/** 200000 → "200,000", for the limits quoted in descriptions. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const MACHINE_LIMIT = `The machine holds at most ${grouped(HOST_MESSAGE_LIMIT)} waiting messages`;

const MAX_RATE = 1_000_000;
const MAX_MS = 86_400_000; // one simulated day
const rate = (description: string) =>
  num({ min: 0, max: MAX_RATE, unit: 'messages/s' }, description);
const ms = (description: string, min = 0) => num({ min, max: MAX_MS, unit: 'ms' }, description);
const kind = <const K extends string>(k: K) => v.literal(k, `must be "${k}"`);

// ---- Workload ---------------------------------------------------------------------------------

const SteadyPattern = v.strictObject({
  kind: kind('steady'),
  ratePerSec: v.optional(rate('Messages the producer makes per second.'), 100),
});

const BurstyPattern = v.strictObject({
  kind: kind('bursty'),
  onRatePerSec: v.optional(rate('Rate during a burst.'), 300),
  offRatePerSec: v.optional(rate('Rate between bursts.'), 20),
  onMs: v.optional(ms('How long each burst lasts.', 1), 2000),
  offMs: v.optional(ms('How long the quiet spell between bursts lasts.', 1), 4000),
});

const RampPattern = v.strictObject({
  kind: kind('ramp'),
  startRatePerSec: v.optional(rate('Rate at the start.'), 20),
  risePerSec: v.optional(
    num(
      { min: 0, max: MAX_RATE, unit: 'messages/s per second' },
      'How much the rate rises each second, like Tetris speeding up.',
    ),
    10,
  ),
  maxRatePerSec: v.optional(rate('The rate stops rising here.'), 1000),
});

const StepPattern = v.strictObject({
  kind: kind('step'),
  baseRatePerSec: v.optional(rate('Rate before and after the step.'), 50),
  stepRatePerSec: v.optional(
    rate('Rate during the step (a spike when it ends, a step when it does not).'),
    300,
  ),
  atMs: v.optional(ms('When the step begins.'), 5000),
  durationMs: v.optional(
    v.nullable(ms('How long the step lasts; null for a step that never ends.', 1)),
    3000,
  ),
});

const SinePattern = v.strictObject({
  kind: kind('sine'),
  meanRatePerSec: v.optional(rate('The average rate.'), 100),
  amplitudePerSec: v.optional(
    rate('How far the rate swings above and below the average (the rate never goes below 0).'),
    80,
  ),
  periodMs: v.optional(ms('How long one full swing takes.', 10), 10_000),
});

const Pattern = v.variant(
  'kind',
  [SteadyPattern, BurstyPattern, RampPattern, StepPattern, SinePattern],
  'must be an object whose kind is steady, bursty, ramp, step or sine',
);

const Workload = v.strictObject({
  pattern: v.optional(Pattern, { kind: 'steady' }),
  spacing: v.optional(
    choice(
      ['poisson', 'even'],
      'Random gaps between messages, a Poisson process at the pattern’s rate (poisson), or even spacing (even).',
    ),
    'poisson',
  ),
  priorityWeights: v.optional(
    v.pipe(
      v.array(
        num({ min: 0, max: 1000 }, 'Relative share of this priority level.'),
        'must be a list of numbers',
      ),
      v.minLength(1, 'must list between 1 and 5 weights'),
      v.maxLength(5, 'must list between 1 and 5 weights'),
      v.check((ws) => ws.some((w) => w > 0), 'must have at least one weight above 0'),
      v.description('Share of messages at each priority level, lowest priority first.'),
    ),
    [1],
  ),
  keyCount: v.optional(
    int(
      { min: 1, max: 10_000 },
      'How many distinct keys messages carry (users, symbols, partitions).',
    ),
    8,
  ),
  sizeBytes: v.optional(
    v.pipe(
      v.strictObject({
        min: int({ min: 1, max: 100_000_000, unit: 'bytes' }, 'Smallest message.'),
        max: int({ min: 1, max: 100_000_000, unit: 'bytes' }, 'Largest message.'),
      }),
      v.forward(
        v.partialCheck([['min'], ['max']], (s) => s.min <= s.max, 'must not be below min'),
        ['max'],
      ),
      v.description('Message size, drawn uniformly between min and max.'),
    ),
    { min: 1024, max: 1024 },
  ),
});

// ---- Queue ------------------------------------------------------------------------------------

export const WHEN_FULL = [
  'block',
  'reject',
  'drop-oldest',
  'drop-youngest',
  'drop-all',
  'drop-lowest-priority',
] as const;

const Queue = v.strictObject({
  capacity: v.optional(
    v.nullable(
      int(
        { min: 0, max: 1_000_000, unit: 'messages' },
        `How many messages may wait, not counting those being processed; null for no limit. ${MACHINE_LIMIT}: one more, and the consumer process runs out of memory.`,
      ),
    ),
    50,
  ),
  whenFull: v.optional(
    choice(
      WHEN_FULL,
      'What happens to a new message when the queue is full: block the producer, reject the new message, or evict waiting ones.',
    ),
    'reject',
  ),
  memoryBudgetBytes: v.optional(
    v.nullable(
      int(
        { min: 1, max: 1e12, unit: 'bytes' },
        `Past this many buffered bytes the consumer process dies out of memory and loses everything it holds; null for no budget. ${MACHINE_LIMIT}, with a budget or without.`,
      ),
    ),
    null,
  ),
  restartDelayMs: v.optional(ms('How long a crashed consumer process takes to restart.'), 3000),
  maxAgeMs: v.optional(
    v.nullable(
      ms(
        'Messages that wait longer than this expire (load shedding, retention); null to keep them.',
        1,
      ),
    ),
    null,
  ),
  conflateByKey: v.optional(
    v.pipe(
      v.boolean('must be true or false'),
      v.description(
        'A newer message for a key replaces the one still waiting, in its place: only the latest value matters.',
      ),
    ),
    false,
  ),
});

// ---- Producer feedback ------------------------------------------------------------------------

const NoFeedback = v.strictObject({ kind: kind('none') });

const WatermarkFeedback = v.pipe(
  v.strictObject({
    kind: kind('watermark'),
    highWatermark: v.optional(
      int(
        { min: 1, max: 1_000_000, unit: 'messages' },
        'Above this depth the consumers signal “slow down”.',
      ),
      30,
    ),
    lowWatermark: v.optional(
      int(
        { min: 0, max: 1_000_000, unit: 'messages' },
        'Below this depth the consumers signal “speed up”.',
      ),
      10,
    ),
    delayMs: v.optional(ms('How long a signal takes to reach the producer.'), 200),
    intervalMs: v.optional(ms('How often the consumers look at the depth and signal.', 1), 100),
    decreaseFactor: v.optional(
      num({ min: 0.05, max: 0.99 }, 'On “slow down” the producer multiplies its rate by this.'),
      0.7,
    ),
    increasePerSec: v.optional(
      num(
        { min: 0, max: MAX_RATE, unit: 'messages/s per second' },
        'After “speed up” the rate climbs back by this much each second.',
      ),
      20,
    ),
    minRatePerSec: v.optional(rate('The producer never slows below this.'), 1),
  }),
  v.forward(
    v.partialCheck(
      [['lowWatermark'], ['highWatermark']],
      (f) => f.lowWatermark < f.highWatermark,
      'must be below highWatermark',
    ),
    ['lowWatermark'],
  ),
);

const CreditFeedback = v.strictObject({
  kind: kind('credit'),
  window: v.optional(
    int(
      { min: 1, max: 1_000_000, unit: 'messages' },
      'How many messages may be outstanding (sent, not yet processed and credited back).',
    ),
    20,
  ),
  delayMs: v.optional(ms('How long a returned credit takes to reach the producer.'), 50),
});

const Feedback = v.variant(
  'kind',
  [NoFeedback, WatermarkFeedback, CreditFeedback],
  'must be an object whose kind is none, watermark or credit',
);

// ---- Retries ----------------------------------------------------------------------------------

const attempts = () =>
  v.optional(
    int(
      { min: 1, max: 100, unit: 'attempts' },
      `Attempts in all, the first included; after the last, the message is lost. The producer keeps at most ${grouped(RETRY_WAIT_LIMIT)} messages waiting to retry: past that, a refused message is given up at once.`,
    ),
    5,
  );

const NoRetry = v.strictObject({ kind: kind('none') });
const FixedRetry = v.strictObject({
  kind: kind('fixed'),
  delayMs: v.optional(ms('Wait before each retry.'), 100),
  maxAttempts: attempts(),
});
const ExponentialRetry = v.strictObject({
  kind: kind('exponential'),
  baseDelayMs: v.optional(ms('Wait before the first retry.'), 100),
  multiplier: v.optional(
    num({ min: 1, max: 10 }, 'Each retry waits this many times longer than the last.'),
    2,
  ),
  maxDelayMs: v.optional(ms('No wait grows longer than this.'), 10_000),
  jitter: v.optional(
    v.pipe(
      v.boolean('must be true or false'),
      v.description(
        'Full jitter: wait a random time between 0 and the backoff, so retries do not arrive together.',
      ),
    ),
    true,
  ),
  maxAttempts: attempts(),
});
const Retry = v.variant(
  'kind',
  [NoRetry, FixedRetry, ExponentialRetry],
  'must be an object whose kind is none, fixed or exponential',
);

// ---- Admission rate limit ---------------------------------------------------------------------

const RateLimit = v.strictObject({
  ratePerSec: v.optional(rate('Sustained rate admitted (tokens added per second).'), 100),
  burst: v.optional(
    int(
      { min: 1, max: 1_000_000, unit: 'messages' },
      'How many messages may pass at once above the rate (bucket size).',
    ),
    20,
  ),
});

// ---- Consumers --------------------------------------------------------------------------------

const serviceMean = () => v.optional(ms('Average time to process one message.', 0.001), 20);
const Service = v.variant(
  'kind',
  [
    v.strictObject({ kind: kind('constant'), meanMs: serviceMean() }),
    v.strictObject({ kind: kind('exponential'), meanMs: serviceMean() }),
    v.pipe(
      v.strictObject({
        kind: kind('uniform'),
        minMs: v.optional(ms('Shortest processing time.'), 10),
        maxMs: v.optional(ms('Longest processing time.'), 30),
      }),
      v.forward(
        v.partialCheck(
          [['minMs'], ['maxMs']],
          (s) => s.minMs <= s.maxMs,
          'must not be below minMs',
        ),
        ['maxMs'],
      ),
    ),
    v.strictObject({
      kind: kind('lognormal'),
      meanMs: serviceMean(),
      sigma: v.optional(
        num(
          { min: 0.01, max: 3 },
          'Spread of the log of the time: larger means a longer tail of slow messages.',
        ),
        0.8,
      ),
    }),
  ],
  'must be an object whose kind is constant, exponential, uniform or lognormal',
);

export const MAX_WORKERS = 100;

const Autoscale = v.pipe(
  v.strictObject({
    min: v.optional(
      int({ min: 1, max: MAX_WORKERS, unit: 'workers' }, 'Never fewer workers than this.'),
      1,
    ),
    max: v.optional(
      int({ min: 1, max: MAX_WORKERS, unit: 'workers' }, 'Never more workers than this.'),
      8,
    ),
    scaleUpDepth: v.optional(
      int(
        { min: 1, max: 1_000_000, unit: 'messages' },
        'Add a worker when the queue is at least this deep.',
      ),
      20,
    ),
    scaleDownDepth: v.optional(
      int(
        { min: 0, max: 1_000_000, unit: 'messages' },
        'Remove a worker when the queue is at most this deep.',
      ),
      2,
    ),
    intervalMs: v.optional(ms('How often the autoscaler looks at the queue.', 1), 500),
    cooldownMs: v.optional(ms('Minimum time between two scaling actions.'), 2000),
    coldStartMs: v.optional(
      ms('How long a new worker takes before it can process messages.'),
      1000,
    ),
  }),
  v.forward(
    v.partialCheck([['min'], ['max']], (a) => a.min <= a.max, 'must not be below min'),
    ['max'],
  ),
  v.forward(
    v.partialCheck(
      [['scaleDownDepth'], ['scaleUpDepth']],
      (a) => a.scaleDownDepth < a.scaleUpDepth,
      'must be below scaleUpDepth',
    ),
    ['scaleDownDepth'],
  ),
);

const Consumers = v.strictObject({
  count: v.optional(
    int(
      { min: 1, max: MAX_WORKERS, unit: 'workers' },
      'Workers processing messages in parallel (the starting number when autoscaling).',
    ),
    1,
  ),
  service: v.optional(Service, { kind: 'exponential' }),
  ordering: v.optional(
    choice(
      ['none', 'per-key'],
      'Any free worker takes the next message (none), or a key always goes to the same worker, as Kafka partitions do (per-key).',
    ),
    'none',
  ),
  autoscale: v.optional(v.nullable(Autoscale), null),
});

// ---- Metrics ----------------------------------------------------------------------------------

const Metrics = v.strictObject({
  sampleIntervalMs: v.optional(ms('Time between two points of the time series.', 1), 100),
  seriesLength: v.optional(
    int(
      { min: 10, max: 100_000, unit: 'points' },
      'How many points of history the time series keep.',
    ),
    600,
  ),
  deadlineMs: v.optional(
    v.nullable(
      ms('Deliveries slower than this count as wasted work (no goodput); null for no deadline.', 1),
    ),
    null,
  ),
});

// ---- The scenario -----------------------------------------------------------------------------

export const ScenarioSchema = v.strictObject({
  version: v.optional(v.literal(SCENARIO_VERSION, `must be ${SCENARIO_VERSION}`), SCENARIO_VERSION),
  name: v.optional(
    v.pipe(
      v.string('must be text'),
      v.maxLength(120, 'must be at most 120 characters'),
      v.description('A title for people.'),
    ),
    'Untitled scenario',
  ),
  seed: v.optional(
    int(
      { min: 0, max: 4_294_967_295 },
      'Seed of the random numbers: the same seed gives the same run.',
    ),
    1,
  ),
  durationSec: v.optional(
    num(
      { min: 0.001, max: 86_400, unit: 's' },
      'How long a headless run lasts, in simulated seconds.',
    ),
    60,
  ),
  workload: v.optional(Workload, {}),
  queue: v.optional(Queue, {}),
  feedback: v.optional(Feedback, { kind: 'none' }),
  retry: v.optional(Retry, { kind: 'none' }),
  rateLimit: v.optional(v.nullable(RateLimit), null),
  consumers: v.optional(Consumers, {}),
  metrics: v.optional(Metrics, {}),
});

/** A complete, validated scenario: every field present. */
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
/** What a person may write: any field may be left out and takes its default. */
export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;

export type Pattern = Scenario['workload']['pattern'];
export type WhenFull = Scenario['queue']['whenFull'];
export type FeedbackPolicy = Scenario['feedback'];
export type RetryPolicy = Scenario['retry'];
export type ServiceTime = Scenario['consumers']['service'];
export type AutoscalePolicy = NonNullable<Scenario['consumers']['autoscale']>;
