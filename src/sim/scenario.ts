/**
 * The scenario: a plain, versioned, JSON-serialisable description of one system under load.
 * The schema is the single source of truth for the TypeScript types, validation, defaults and
 * ranges, and through them of the generated JSON Schema and docs/scenario.md.
 *
 * The one-line description of each field lives in scenarioDescriptions.ts, not here: the page
 * parses its link with this schema before its first paint, and the descriptions (the explanation
 * beside each control, and the docs' text) are needed only later. Kept here they would make the
 * first download about 3 KB (gzipped) larger. A test in src/docs keeps the two files naming the
 * same fields.
 */
import * as v from 'valibot';

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
function num(bounds: Bounds) {
  const message = rangeText(bounds, false);
  return v.pipe(
    v.number(message),
    v.minValue(bounds.min, message),
    v.maxValue(bounds.max, message),
  );
}

/** A whole number within [min, max]. */
function int(bounds: Bounds) {
  const message = rangeText(bounds, true);
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(bounds.min, message),
    v.maxValue(bounds.max, message),
  );
}

function choice<const T extends readonly [string, ...string[]]>(options: T) {
  return v.picklist(options, `must be one of: ${options.join(', ')}`);
}

const MAX_RATE = 1_000_000;
const MAX_MS = 86_400_000; // one simulated day
const rate = () => num({ min: 0, max: MAX_RATE, unit: 'messages/s' });
const ms = (min = 0) => num({ min, max: MAX_MS, unit: 'ms' });
const kind = <const K extends string>(k: K) => v.literal(k, `must be "${k}"`);

// ---- Workload ---------------------------------------------------------------------------------

const SteadyPattern = v.strictObject({
  kind: kind('steady'),
  ratePerSec: v.optional(rate(), 100),
});

const BurstyPattern = v.strictObject({
  kind: kind('bursty'),
  onRatePerSec: v.optional(rate(), 300),
  offRatePerSec: v.optional(rate(), 20),
  onMs: v.optional(ms(1), 2000),
  offMs: v.optional(ms(1), 4000),
});

const RampPattern = v.strictObject({
  kind: kind('ramp'),
  startRatePerSec: v.optional(rate(), 20),
  risePerSec: v.optional(num({ min: 0, max: MAX_RATE, unit: 'messages/s per second' }), 10),
  maxRatePerSec: v.optional(rate(), 1000),
});

const StepPattern = v.strictObject({
  kind: kind('step'),
  baseRatePerSec: v.optional(rate(), 50),
  stepRatePerSec: v.optional(rate(), 300),
  atMs: v.optional(ms(), 5000),
  durationMs: v.optional(v.nullable(ms(1)), 3000),
});

const SinePattern = v.strictObject({
  kind: kind('sine'),
  meanRatePerSec: v.optional(rate(), 100),
  amplitudePerSec: v.optional(rate(), 80),
  periodMs: v.optional(ms(10), 10_000),
});

const Pattern = v.variant(
  'kind',
  [SteadyPattern, BurstyPattern, RampPattern, StepPattern, SinePattern],
  'must be an object whose kind is steady, bursty, ramp, step or sine',
);

const Workload = v.strictObject({
  pattern: v.optional(Pattern, { kind: 'steady' }),
  spacing: v.optional(choice(['poisson', 'even']), 'poisson'),
  priorityWeights: v.optional(
    v.pipe(
      v.array(num({ min: 0, max: 1000 }), 'must be a list of numbers'),
      v.minLength(1, 'must list between 1 and 5 weights'),
      v.maxLength(5, 'must list between 1 and 5 weights'),
      v.check((ws) => ws.some((w) => w > 0), 'must have at least one weight above 0'),
    ),
    [1],
  ),
  keyCount: v.optional(int({ min: 1, max: 10_000 }), 8),
  sizeBytes: v.optional(
    v.pipe(
      v.strictObject({
        min: int({ min: 1, max: 100_000_000, unit: 'bytes' }),
        max: int({ min: 1, max: 100_000_000, unit: 'bytes' }),
      }),
      v.forward(
        v.partialCheck([['min'], ['max']], (s) => s.min <= s.max, 'must not be below min'),
        ['max'],
      ),
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

/** Which waiting message a free consumer takes next, and whether the queue sheds by time waited. */
const Discipline = v.variant(
  'kind',
  [
    v.strictObject({ kind: kind('fifo') }),
    v.strictObject({ kind: kind('lifo') }),
    v.strictObject({
      kind: kind('adaptive-lifo'),
      lifoAboveDepth: v.optional(int({ min: 0, max: 1_000_000, unit: 'messages' }), 10),
    }),
    v.strictObject({
      kind: kind('codel'),
      targetMs: v.optional(ms(0.001), 50),
      intervalMs: v.optional(ms(1), 500),
    }),
  ],
  'must be an object whose kind is fifo, lifo, adaptive-lifo or codel',
);

const Queue = v.strictObject({
  capacity: v.optional(v.nullable(int({ min: 0, max: 1_000_000, unit: 'messages' })), 50),
  whenFull: v.optional(choice(WHEN_FULL), 'reject'),
  memoryBudgetBytes: v.optional(v.nullable(int({ min: 1, max: 1e12, unit: 'bytes' })), null),
  restartDelayMs: v.optional(ms(), 3000),
  maxAgeMs: v.optional(v.nullable(ms(1)), null),
  conflateByKey: v.optional(v.boolean('must be true or false'), false),
  discipline: v.optional(Discipline, { kind: 'fifo' }),
});

// ---- Producer feedback ------------------------------------------------------------------------

const NoFeedback = v.strictObject({ kind: kind('none') });

const WatermarkFeedback = v.pipe(
  v.strictObject({
    kind: kind('watermark'),
    // 'rate': cut the rate by a factor and raise it in steps (AIMD, as TCP's congestion control).
    // 'pause': stop at the high watermark and resume at the low one (Node streams, Netty, XON/XOFF).
    mode: v.optional(choice(['rate', 'pause']), 'rate'),
    highWatermark: v.optional(int({ min: 1, max: 1_000_000, unit: 'messages' }), 30),
    lowWatermark: v.optional(int({ min: 0, max: 1_000_000, unit: 'messages' }), 10),
    delayMs: v.optional(ms(), 200),
    intervalMs: v.optional(ms(1), 100),
    decreaseFactor: v.optional(num({ min: 0.05, max: 0.99 }), 0.7),
    increasePerSec: v.optional(num({ min: 0, max: MAX_RATE, unit: 'messages/s per second' }), 20),
    minRatePerSec: v.optional(rate(), 1),
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
  window: v.optional(int({ min: 1, max: 1_000_000, unit: 'messages' }), 20),
  delayMs: v.optional(ms(), 50),
});

const Feedback = v.variant(
  'kind',
  [NoFeedback, WatermarkFeedback, CreditFeedback],
  'must be an object whose kind is none, watermark or credit',
);

// ---- Retries ----------------------------------------------------------------------------------

const attempts = () => v.optional(int({ min: 1, max: 100, unit: 'attempts' }), 5);

const NoRetry = v.strictObject({ kind: kind('none') });
const FixedRetry = v.strictObject({
  kind: kind('fixed'),
  delayMs: v.optional(ms(), 100),
  maxAttempts: attempts(),
});
const ExponentialRetry = v.strictObject({
  kind: kind('exponential'),
  baseDelayMs: v.optional(ms(), 100),
  multiplier: v.optional(num({ min: 1, max: 10 }), 2),
  maxDelayMs: v.optional(ms(), 10_000),
  jitter: v.optional(v.boolean('must be true or false'), true),
  maxAttempts: attempts(),
});
const Retry = v.variant(
  'kind',
  [NoRetry, FixedRetry, ExponentialRetry],
  'must be an object whose kind is none, fixed or exponential',
);

// ---- Admission rate limit ---------------------------------------------------------------------

// Nginx's limit_req, its knobs named as nginx names them (see limitReq.ts).
const RateLimit = v.strictObject({
  ratePerSec: v.optional(rate(), 100),
  burst: v.optional(int({ min: 0, max: 1_000_000, unit: 'messages' }), 20),
  delay: v.optional(int({ min: 0, max: 1_000_000, unit: 'messages' }), 0),
  nodelay: v.optional(v.boolean('must be true or false'), false),
});

// ---- Requesters: how long they wait, and what limits their retries ------------------------------

const RetryBudget = v.strictObject({
  tokensPerRequest: v.optional(num({ min: 0, max: 100, unit: 'tokens' }), 0.1),
  maxTokens: v.optional(int({ min: 1, max: 1_000_000, unit: 'tokens' }), 10),
});

const CircuitBreaker = v.strictObject({
  failures: v.optional(int({ min: 1, max: 10_000, unit: 'failures' }), 20),
  windowMs: v.optional(ms(1), 1000),
  openMs: v.optional(ms(1), 2000),
  probes: v.optional(int({ min: 1, max: 100, unit: 'requests' }), 3),
});

const Requester = v.strictObject({
  timeoutMs: v.optional(v.nullable(ms(1)), null),
  retryBudget: v.optional(v.nullable(RetryBudget), null),
  circuitBreaker: v.optional(v.nullable(CircuitBreaker), null),
  propagateDeadline: v.optional(v.boolean('must be true or false'), false),
});

// ---- Triggers: trouble at a set time ----------------------------------------------------------

const MAX_TRIGGERS = 20;
const when = () => ({
  atMs: v.optional(ms(), 5000),
  durationMs: v.optional(ms(1), 1000),
});
const factor = () => v.optional(num({ min: 1, max: 100, unit: 'times' }), 3);
const Trigger = v.variant(
  'kind',
  [
    v.strictObject({ kind: kind('spike'), ...when(), factor: factor() }),
    v.strictObject({ kind: kind('slowdown'), ...when(), factor: factor() }),
    v.strictObject({
      kind: kind('outage'),
      ...when(),
      // stall: a hang (what the consumers hold waits); reset: a crash (everything in flight fails).
      mode: v.optional(choice(['stall', 'reset']), 'stall'),
    }),
  ],
  'must be an object whose kind is spike, slowdown or outage',
);

// ---- Consumers --------------------------------------------------------------------------------

const serviceMean = () => v.optional(ms(0.001), 20);
const Service = v.variant(
  'kind',
  [
    v.strictObject({ kind: kind('constant'), meanMs: serviceMean() }),
    v.strictObject({ kind: kind('exponential'), meanMs: serviceMean() }),
    v.pipe(
      v.strictObject({
        kind: kind('uniform'),
        minMs: v.optional(ms(), 10),
        maxMs: v.optional(ms(), 30),
      }),
      v.forward(
        v.partialCheck(
          [['minMs'], ['maxMs']],
          (s) => s.minMs <= s.maxMs,
          'must not be below the shortest processing time (minMs)',
        ),
        ['maxMs'],
      ),
    ),
    v.strictObject({
      kind: kind('lognormal'),
      meanMs: serviceMean(),
      sigma: v.optional(num({ min: 0.01, max: 3 }), 0.8),
    }),
  ],
  'must be an object whose kind is constant, exponential, uniform or lognormal',
);

export const MAX_WORKERS = 100;

const Autoscale = v.pipe(
  v.strictObject({
    min: v.optional(int({ min: 1, max: MAX_WORKERS, unit: 'workers' }), 1),
    max: v.optional(int({ min: 1, max: MAX_WORKERS, unit: 'workers' }), 8),
    scaleUpDepth: v.optional(int({ min: 1, max: 1_000_000, unit: 'messages' }), 20),
    scaleDownDepth: v.optional(int({ min: 0, max: 1_000_000, unit: 'messages' }), 2),
    intervalMs: v.optional(ms(1), 500),
    cooldownMs: v.optional(ms(), 2000),
    coldStartMs: v.optional(ms(), 1000),
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

const SlowUnderLoad = v.strictObject({
  basis: v.optional(choice(['queue-depth', 'concurrency']), 'queue-depth'),
  above: v.optional(int({ min: 0, max: 1_000_000 }), 20),
  perUnit: v.optional(num({ min: 0, max: 10 }), 0.01),
  maxFactor: v.optional(num({ min: 1, max: 100, unit: 'times' }), 3),
});

const Consumers = v.strictObject({
  count: v.optional(int({ min: 1, max: MAX_WORKERS, unit: 'workers' }), 1),
  service: v.optional(Service, { kind: 'exponential' }),
  ordering: v.optional(choice(['none', 'per-key']), 'none'),
  autoscale: v.optional(v.nullable(Autoscale), null),
  skipAbandoned: v.optional(v.boolean('must be true or false'), false),
  refusalCostMs: v.optional(ms(), 0),
  slowUnderLoad: v.optional(v.nullable(SlowUnderLoad), null),
});

// ---- Downstream stages: a pipeline ----------------------------------------------------------------

export const MAX_DOWNSTREAM = 2;

/**
 * How the consumers of the stage above hand a finished message to this stage. Blocking and credit
 * links never overfill this stage's queue: the consumer above holds the message until there is room
 * (or a credit). Fire-and-forget hands it over at once, and a full queue applies its whenFull.
 */
const Link = v.variant(
  'kind',
  [
    v.strictObject({ kind: kind('blocking') }),
    v.strictObject({
      kind: kind('credit'),
      window: v.optional(int({ min: 1, max: 1_000_000, unit: 'messages' }), 20),
      delayMs: v.optional(ms(), 50),
    }),
    v.strictObject({ kind: kind('fire-and-forget') }),
  ],
  'must be an object whose kind is blocking, credit or fire-and-forget',
);

/** What a later stage's full queue does with a message handed over fire-and-forget. */
export const STAGE_WHEN_FULL = ['reject', 'drop-oldest', 'drop-youngest', 'drop-all'] as const;

const StageDiscipline = v.variant(
  'kind',
  [
    v.strictObject({ kind: kind('fifo') }),
    v.strictObject({ kind: kind('lifo') }),
    v.strictObject({
      kind: kind('adaptive-lifo'),
      lifoAboveDepth: v.optional(int({ min: 0, max: 1_000_000, unit: 'messages' }), 10),
    }),
  ],
  'must be an object whose kind is fifo, lifo or adaptive-lifo',
);

const StageQueue = v.strictObject({
  capacity: v.optional(v.nullable(int({ min: 0, max: 1_000_000, unit: 'messages' })), 50),
  // No 'block': a blocking or credit link holds the stage above instead (see the docs).
  whenFull: v.optional(choice(STAGE_WHEN_FULL), 'reject'),
  maxAgeMs: v.optional(v.nullable(ms(1)), null),
  conflateByKey: v.optional(v.boolean('must be true or false'), false),
  discipline: v.optional(StageDiscipline, { kind: 'fifo' }),
});

const StageConsumers = v.strictObject({
  count: v.optional(int({ min: 1, max: MAX_WORKERS, unit: 'workers' }), 1),
  service: v.optional(Service, { kind: 'exponential' }),
  autoscale: v.optional(v.nullable(Autoscale), null),
  slowUnderLoad: v.optional(v.nullable(SlowUnderLoad), null),
});

const Stage = v.strictObject({
  name: v.optional(
    v.pipe(v.string('must be text'), v.maxLength(40, 'must be at most 40 characters')),
    '',
  ),
  link: v.optional(Link, { kind: 'blocking' }),
  queue: v.optional(StageQueue, {}),
  consumers: v.optional(StageConsumers, {}),
});

// ---- Metrics ----------------------------------------------------------------------------------

const Metrics = v.strictObject({
  sampleIntervalMs: v.optional(ms(1), 100),
  seriesLength: v.optional(int({ min: 10, max: 100_000, unit: 'points' }), 600),
  deadlineMs: v.optional(v.nullable(ms(1)), null),
});

// ---- The scenario -----------------------------------------------------------------------------

export const ScenarioSchema = v.strictObject({
  version: v.optional(v.literal(SCENARIO_VERSION, `must be ${SCENARIO_VERSION}`), SCENARIO_VERSION),
  name: v.optional(
    v.pipe(v.string('must be text'), v.maxLength(120, 'must be at most 120 characters')),
    'Untitled scenario',
  ),
  seed: v.optional(int({ min: 0, max: 4_294_967_295 }), 1),
  durationSec: v.optional(num({ min: 0.001, max: 86_400, unit: 's' }), 60),
  workload: v.optional(Workload, {}),
  queue: v.optional(Queue, {}),
  feedback: v.optional(Feedback, { kind: 'none' }),
  retry: v.optional(Retry, { kind: 'none' }),
  rateLimit: v.optional(v.nullable(RateLimit), null),
  consumers: v.optional(Consumers, {}),
  metrics: v.optional(Metrics, {}),
  requester: v.optional(Requester, {}),
  triggers: v.optional(
    v.pipe(
      v.array(Trigger, 'must be a list of triggers'),
      v.maxLength(MAX_TRIGGERS, `must list at most ${MAX_TRIGGERS} triggers`),
    ),
    [],
  ),
  // The first stage's name in a pipeline, over its well as each later stage's `name` is. Left out
  // (no default) like `downstream`, so every scenario without it parses exactly as before.
  stageName: v.optional(
    v.pipe(v.string('must be text'), v.maxLength(40, 'must be at most 40 characters')),
  ),
  // Left out (not defaulted to an empty list), so a one-stage scenario parses to exactly what it
  // always has: the same object, the same links and files, the same results.
  downstream: v.optional(
    v.pipe(
      v.array(Stage, 'must be a list of stages'),
      v.maxLength(MAX_DOWNSTREAM, `must list at most ${MAX_DOWNSTREAM} stages (3 in all)`),
    ),
  ),
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
export type QueueDiscipline = Scenario['queue']['discipline'];
export type RequesterPolicy = Scenario['requester'];
export type SlowUnderLoad = NonNullable<Scenario['consumers']['slowUnderLoad']>;
export type Trigger = Scenario['triggers'][number];
export type TriggerKind = Trigger['kind'];
export type DownstreamStage = NonNullable<Scenario['downstream']>[number];
export type StageLink = DownstreamStage['link'];
