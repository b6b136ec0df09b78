/**
 * Every control on a scenario field, as data. A knob is shown only when its field exists in the
 * current scenario (a pattern's rates appear with that pattern), and a strategy lists which knobs
 * it shows. Slider ranges are the useful span; the schema's bounds still apply to typed input.
 */
import { REJECT_THE_NEWCOMER } from './strategyName.ts';

export type Scale = 'linear' | 'log';

export interface NumberKnob {
  kind: 'number';
  path: string;
  label: string;
  /** Unit shown after the number; `bytes` and `ms` values are shown in friendlier units. */
  unit: string;
  min: number;
  max: number;
  scale: Scale;
  /** Rounds values to whole numbers. */
  integer?: boolean;
  /** For a field that may be null: the checkbox text, and the value it takes when ticked off. */
  nullable?: { label: string; fallback: number };
  /** The one-line help, when the schema's line does not fit (an exercise's shared budget). */
  description?: string;
}

export interface ChoiceKnob {
  kind: 'choice';
  path: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** The field is a `kind`-tagged object: choosing replaces the object with `{ kind }` and its defaults. */
  variant?: boolean;
  description?: string;
}

export interface ToggleKnob {
  kind: 'toggle';
  path: string;
  label: string;
  /** For an optional object (rate limit, autoscaler): the value to set when switched on; off is null. */
  objectWhenOn?: Record<string, unknown>;
  description?: string;
}

export type Knob = NumberKnob | ChoiceKnob | ToggleKnob;

const rate = (path: string, label: string, min = 1, max = 10_000): NumberKnob => ({
  kind: 'number',
  path,
  label,
  unit: 'messages/s',
  min,
  max,
  scale: min > 0 ? 'log' : 'linear',
});

const ms = (
  path: string,
  label: string,
  min: number,
  max: number,
  scale: Scale = 'log',
): NumberKnob => ({
  kind: 'number',
  path,
  label,
  unit: 'ms',
  min,
  max,
  scale,
});

const count = (
  path: string,
  label: string,
  unit: string,
  min: number,
  max: number,
  scale: Scale = 'log',
): NumberKnob => ({
  kind: 'number',
  path,
  label,
  unit,
  min,
  max,
  scale,
  integer: true,
});

const SERVICE_KINDS = [
  { value: 'constant', label: 'Always the same' },
  { value: 'exponential', label: 'Random (exponential)' },
  { value: 'uniform', label: 'Between two bounds' },
  { value: 'lognormal', label: 'Long tail (lognormal)' },
] as const;

const tailSpread = (path: string): NumberKnob => ({
  kind: 'number',
  path,
  label: 'Tail spread',
  unit: '',
  min: 0.01,
  max: 3,
  scale: 'linear',
});

const KNOB_LIST: readonly Knob[] = [
  // Workload
  {
    kind: 'choice',
    path: 'workload.pattern',
    label: 'Producer pattern',
    variant: true,
    description: 'How the producer’s rate changes over time.',
    options: [
      { value: 'steady', label: 'Steady' },
      { value: 'bursty', label: 'Bursts' },
      { value: 'ramp', label: 'Ramp up' },
      { value: 'step', label: 'Step or spike' },
      { value: 'sine', label: 'Waves (sine)' },
    ],
  },
  rate('workload.pattern.ratePerSec', 'Producer rate'),
  rate('workload.pattern.onRatePerSec', 'Burst rate'),
  rate('workload.pattern.offRatePerSec', 'Rate between bursts', 0, 1000),
  ms('workload.pattern.onMs', 'Burst length', 100, 30_000),
  ms('workload.pattern.offMs', 'Quiet spell', 100, 30_000),
  rate('workload.pattern.startRatePerSec', 'Starting rate', 0, 1000),
  { ...rate('workload.pattern.risePerSec', 'Rate rise', 0, 500), unit: 'messages/s per second' },
  rate('workload.pattern.maxRatePerSec', 'Top rate'),
  rate('workload.pattern.baseRatePerSec', 'Base rate', 0, 1000),
  rate('workload.pattern.stepRatePerSec', 'Step rate'),
  ms('workload.pattern.atMs', 'Step starts at', 0, 60_000, 'linear'),
  {
    ...ms('workload.pattern.durationMs', 'Step length', 100, 60_000),
    nullable: { label: 'Never ends', fallback: 3000 },
  },
  rate('workload.pattern.meanRatePerSec', 'Average rate'),
  rate('workload.pattern.amplitudePerSec', 'Swing', 0, 1000),
  ms('workload.pattern.periodMs', 'Wave period', 1000, 60_000),
  {
    kind: 'choice',
    path: 'workload.spacing',
    label: 'Gaps between messages',
    options: [
      { value: 'poisson', label: 'Random (Poisson)' },
      { value: 'even', label: 'Even' },
    ],
  },
  count('workload.keyCount', 'Distinct keys', 'keys', 1, 10_000),

  // Consumers
  {
    kind: 'choice',
    path: 'consumers.service',
    label: 'Processing time',
    variant: true,
    description: 'How long one message takes: always the same, or varying around the average.',
    options: SERVICE_KINDS,
  },
  ms('consumers.service.meanMs', 'Processing time', 0.1, 1000),
  ms('consumers.service.minMs', 'Shortest processing', 0, 1000, 'linear'),
  ms('consumers.service.maxMs', 'Longest processing', 0, 1000, 'linear'),
  tailSpread('consumers.service.sigma'),
  count('consumers.count', 'Consumers', 'workers', 1, 100),
  {
    kind: 'choice',
    path: 'consumers.ordering',
    label: 'Ordering',
    options: [
      { value: 'none', label: 'Any free worker' },
      { value: 'per-key', label: 'One worker per key' },
    ],
  },

  // Queue
  {
    ...count('queue.capacity', 'Queue capacity', 'messages', 1, 10_000),
    nullable: { label: 'No limit', fallback: 50 },
  },
  // A pipeline's later stages: each queue's own bound, so the same buffer can sit at any stage.
  ...[2, 3].map((stage): NumberKnob => ({
    ...count(
      `downstream.${stage - 2}.queue.capacity`,
      `Stage ${stage} queue capacity`,
      'messages',
      1,
      10_000,
    ),
    nullable: { label: 'No limit', fallback: 50 },
  })),
  // …and each stage's consumers: how many, and how long one message takes there.
  ...[2, 3].flatMap((stage): Knob[] => {
    const at = `downstream.${stage - 2}.consumers`;
    return [
      count(`${at}.count`, `Stage ${stage} consumers`, 'workers', 1, 100),
      {
        kind: 'choice',
        path: `${at}.service`,
        label: `Stage ${stage} processing time`,
        variant: true,
        description: `How long one message takes at stage ${stage}: always the same, or varying around the average.`,
        options: SERVICE_KINDS,
      },
      ms(`${at}.service.meanMs`, `Stage ${stage} processing time`, 0.1, 1000),
      ms(`${at}.service.minMs`, `Stage ${stage} shortest processing`, 0, 1000, 'linear'),
      ms(`${at}.service.maxMs`, `Stage ${stage} longest processing`, 0, 1000, 'linear'),
      { ...tailSpread(`${at}.service.sigma`), label: `Stage ${stage} tail spread` },
    ];
  }),
  {
    kind: 'choice',
    path: 'queue.whenFull',
    label: 'When the queue is full',
    options: [
      { value: 'block', label: 'Block the producer' },
      { value: 'reject', label: REJECT_THE_NEWCOMER },
      { value: 'drop-oldest', label: 'Drop the oldest' },
      { value: 'drop-youngest', label: 'Drop the newest waiting' },
      { value: 'drop-all', label: 'Drop everything waiting' },
      { value: 'drop-lowest-priority', label: 'Drop the lowest priority' },
    ],
  },
  { kind: 'toggle', path: 'queue.conflateByKey', label: 'Keep only the latest per key' },
  {
    ...count('queue.memoryBudgetBytes', 'Memory budget', 'bytes', 10_000, 100_000_000),
    nullable: { label: 'No limit', fallback: 1_000_000 },
  },
  ms('queue.restartDelayMs', 'Restart after a crash', 0, 30_000, 'linear'),
  {
    ...ms('queue.maxAgeMs', 'Expire after', 10, 60_000),
    nullable: { label: 'Never', fallback: 5000 },
  },

  // Feedback
  {
    kind: 'choice',
    path: 'feedback',
    label: 'Feedback to the producer',
    variant: true,
    description: 'Whether the consumers tell the producer to slow down, or hand out credit.',
    options: [
      { value: 'none', label: 'None' },
      { value: 'watermark', label: 'Slow-down signal' },
      { value: 'credit', label: 'Credit window' },
    ],
  },
  {
    kind: 'choice',
    path: 'feedback.mode',
    label: 'On the signal',
    options: [
      { value: 'rate', label: 'Cut the rate by a factor' },
      { value: 'pause', label: 'Pause, then resume' },
    ],
  },
  count('feedback.highWatermark', 'Slow down above', 'messages', 1, 1000),
  count('feedback.lowWatermark', 'Speed up below', 'messages', 0, 500, 'linear'),
  ms('feedback.delayMs', 'Signal delay', 0, 2000, 'linear'),
  ms('feedback.intervalMs', 'Check every', 10, 2000),
  {
    kind: 'number',
    path: 'feedback.decreaseFactor',
    label: 'Slow-down factor',
    unit: '×',
    min: 0.05,
    max: 0.99,
    scale: 'linear',
  },
  { ...rate('feedback.increasePerSec', 'Speed-up step', 0, 500), unit: 'messages/s per second' },
  rate('feedback.minRatePerSec', 'Slowest rate', 0, 500),
  count('feedback.window', 'Credit window', 'messages', 1, 1000),

  // Retries
  {
    kind: 'choice',
    path: 'retry',
    label: 'Retries',
    variant: true,
    description: 'Whether the producer tries a refused message again, and how long it waits first.',
    options: [
      { value: 'none', label: 'Never retry' },
      { value: 'fixed', label: 'Fixed wait' },
      { value: 'exponential', label: 'Exponential backoff' },
    ],
  },
  ms('retry.delayMs', 'Retry wait', 0, 5000, 'linear'),
  ms('retry.baseDelayMs', 'First retry wait', 0, 5000, 'linear'),
  {
    kind: 'number',
    path: 'retry.multiplier',
    label: 'Backoff multiplier',
    unit: '×',
    min: 1,
    max: 10,
    scale: 'linear',
  },
  ms('retry.maxDelayMs', 'Longest wait', 1, 60_000),
  { kind: 'toggle', path: 'retry.jitter', label: 'Jitter' },
  count('retry.maxAttempts', 'Attempts', 'attempts', 1, 100),

  // How the queue serves, and consumers under strain
  {
    kind: 'choice',
    path: 'queue.discipline',
    label: 'Serving order',
    variant: true,
    description: 'Which waiting message a free consumer takes next.',
    options: [
      { value: 'fifo', label: 'Oldest first' },
      { value: 'lifo', label: 'Newest first' },
      { value: 'adaptive-lifo', label: 'Newest first under a backlog' },
      { value: 'codel', label: 'Oldest first, shedding a standing queue (CoDel)' },
    ],
  },
  count('queue.discipline.lifoAboveDepth', 'Newest first above', 'messages', 0, 1000, 'linear'),
  ms('queue.discipline.targetMs', 'Longest wait in a standing queue', 1, 1000),
  ms('queue.discipline.intervalMs', 'Standing after', 10, 5000),
  { kind: 'toggle', path: 'consumers.skipAbandoned', label: 'Check the deadline before working' },
  ms('consumers.refusalCostMs', 'Cost of refusing', 0, 100, 'linear'),
  {
    kind: 'toggle',
    path: 'consumers.slowUnderLoad',
    label: 'Slower under load',
    objectWhenOn: {},
    description: 'Processing takes longer as the queue or the number busy grows.',
  },
  {
    kind: 'choice',
    path: 'consumers.slowUnderLoad.basis',
    label: 'Slowed by',
    options: [
      { value: 'queue-depth', label: 'Messages waiting' },
      { value: 'concurrency', label: 'Messages in work' },
    ],
  },
  count('consumers.slowUnderLoad.above', 'From', 'messages', 0, 1000, 'linear'),
  {
    kind: 'number',
    path: 'consumers.slowUnderLoad.perUnit',
    label: 'Slower per message',
    unit: '×',
    min: 0,
    max: 1,
    scale: 'linear',
  },
  {
    kind: 'number',
    path: 'consumers.slowUnderLoad.maxFactor',
    label: 'At most',
    unit: '× as long',
    min: 1,
    max: 20,
    scale: 'linear',
  },

  // Rate limit
  {
    kind: 'toggle',
    path: 'rateLimit',
    label: 'Rate limit at the door',
    objectWhenOn: {},
    description:
      'Nginx limit_req in front of the queue: what comes faster than its rate waits its turn, up to the burst, and the rest is refused at once.',
  },
  // Named as nginx names them: limit_req … rate=… burst=… nodelay.
  rate('rateLimit.ratePerSec', 'Rate'),
  count('rateLimit.burst', 'Burst', 'messages', 0, 200, 'linear'),
  { kind: 'toggle', path: 'rateLimit.nodelay', label: 'nodelay' },

  // Autoscaling
  {
    kind: 'toggle',
    path: 'consumers.autoscale',
    label: 'Autoscale consumers',
    objectWhenOn: {},
    description: 'Adds workers when the queue is deep and removes them when it is shallow.',
  },
  count('consumers.autoscale.min', 'Fewest workers', 'workers', 1, 100),
  count('consumers.autoscale.max', 'Most workers', 'workers', 1, 100),
  count('consumers.autoscale.scaleUpDepth', 'Add a worker at depth', 'messages', 1, 1000),
  count(
    'consumers.autoscale.scaleDownDepth',
    'Remove a worker at depth',
    'messages',
    0,
    500,
    'linear',
  ),
  ms('consumers.autoscale.intervalMs', 'Check every', 50, 5000),
  ms('consumers.autoscale.cooldownMs', 'Pause between changes', 0, 20_000, 'linear'),
  ms('consumers.autoscale.coldStartMs', 'Cold start', 0, 10_000, 'linear'),

  // Requesters: how long they wait, and the remedies that limit their retries
  {
    ...ms('requester.timeoutMs', 'Requester timeout', 10, 10_000),
    nullable: { label: 'Wait for ever', fallback: 300 },
  },
  {
    kind: 'toggle',
    path: 'requester.retryBudget',
    label: 'Retry budget',
    objectWhenOn: {},
    description: 'Retries may be only a share of the requests: a token bucket, as in gRPC.',
  },
  {
    kind: 'number',
    path: 'requester.retryBudget.tokensPerRequest',
    label: 'Tokens per request',
    unit: 'tokens',
    min: 0,
    max: 1,
    scale: 'linear',
  },
  count('requester.retryBudget.maxTokens', 'Most tokens', 'tokens', 1, 1000),
  {
    kind: 'toggle',
    path: 'requester.circuitBreaker',
    label: 'Circuit breaker',
    objectWhenOn: {},
    description: 'After many failures, stops sending for a while, then tries a few requests.',
  },
  count('requester.circuitBreaker.failures', 'Failures that open it', 'failures', 1, 1000),
  ms('requester.circuitBreaker.windowMs', 'Within', 10, 10_000),
  ms('requester.circuitBreaker.openMs', 'Stays open', 10, 30_000),
  count('requester.circuitBreaker.probes', 'Probe requests', 'requests', 1, 20, 'linear'),
  {
    kind: 'toggle',
    path: 'requester.propagateDeadline',
    label: 'Deadline travels with the request',
  },

  // Measuring
  {
    ...ms('metrics.deadlineMs', 'Deadline', 1, 10_000),
    nullable: { label: 'None', fallback: 500 },
  },
];

export const KNOBS: ReadonlyMap<string, Knob> = new Map(KNOB_LIST.map((k) => [k.path, k]));

/** The knob for `path`; throws on a typo, which the tests catch. */
export function knob(path: string): Knob {
  const found = KNOBS.get(path);
  if (!found) throw new Error(`No knob for ${path}`);
  return found;
}

/** Knobs every strategy shows: what the producer does and what the consumers can take. */
export const WORKLOAD_KNOBS: readonly string[] = [
  'workload.pattern',
  'workload.pattern.ratePerSec',
  'workload.pattern.onRatePerSec',
  'workload.pattern.offRatePerSec',
  'workload.pattern.onMs',
  'workload.pattern.offMs',
  'workload.pattern.startRatePerSec',
  'workload.pattern.risePerSec',
  'workload.pattern.maxRatePerSec',
  'workload.pattern.baseRatePerSec',
  'workload.pattern.stepRatePerSec',
  'workload.pattern.atMs',
  'workload.pattern.durationMs',
  'workload.pattern.meanRatePerSec',
  'workload.pattern.amplitudePerSec',
  'workload.pattern.periodMs',
  'workload.spacing',
];

export const CONSUMER_KNOBS: readonly string[] = [
  'consumers.service',
  'consumers.service.meanMs',
  'consumers.service.minMs',
  'consumers.service.maxMs',
  'consumers.service.sigma',
  'consumers.count',
];

/**
 * A pipeline's later stage `stage` (2 or 3), shown as a group of its own outside exercises: its
 * queue's bound, its consumers and how long they take, as the first stage's knobs are.
 */
export function laterStageKnobs(stage: number): readonly string[] {
  const at = `downstream.${stage - 2}`;
  return [
    `${at}.queue.capacity`,
    `${at}.consumers.count`,
    `${at}.consumers.service`,
    `${at}.consumers.service.meanMs`,
    `${at}.consumers.service.minMs`,
    `${at}.consumers.service.maxMs`,
    `${at}.consumers.service.sigma`,
  ];
}

/** A pipeline's later stages, a group of knobs each (none for a single stage), titled by stage and name. */
export function laterStageGroups(scenario: {
  downstream?: readonly { name: string }[] | undefined;
}): { title: string; paths: readonly string[] }[] {
  return (scenario.downstream ?? []).map((stage, i) => ({
    title: stage.name === '' ? `Stage ${i + 2}` : `Stage ${i + 2} · ${stage.name}`,
    paths: laterStageKnobs(i + 2),
  }));
}

/** In advanced mode: every policy knob, grouped. */
export const POLICY_KNOB_GROUPS: readonly { title: string; paths: readonly string[] }[] = [
  {
    title: 'Queue',
    paths: [
      'queue.capacity',
      'queue.whenFull',
      'queue.conflateByKey',
      'workload.keyCount',
      'queue.maxAgeMs',
      'queue.memoryBudgetBytes',
      'queue.restartDelayMs',
      'queue.discipline',
      'queue.discipline.lifoAboveDepth',
      'queue.discipline.targetMs',
      'queue.discipline.intervalMs',
    ],
  },
  {
    title: 'Feedback',
    paths: [
      'feedback',
      'feedback.mode',
      'feedback.highWatermark',
      'feedback.lowWatermark',
      'feedback.delayMs',
      'feedback.intervalMs',
      'feedback.decreaseFactor',
      'feedback.increasePerSec',
      'feedback.minRatePerSec',
      'feedback.window',
    ],
  },
  {
    title: 'Retries',
    paths: [
      'retry',
      'retry.delayMs',
      'retry.baseDelayMs',
      'retry.multiplier',
      'retry.maxDelayMs',
      'retry.jitter',
      'retry.maxAttempts',
    ],
  },
  {
    title: 'Rate limit',
    paths: ['rateLimit', 'rateLimit.ratePerSec', 'rateLimit.burst', 'rateLimit.nodelay'],
  },
  {
    title: 'Consumers',
    paths: [
      'consumers.ordering',
      'consumers.autoscale',
      'consumers.autoscale.min',
      'consumers.autoscale.max',
      'consumers.autoscale.scaleUpDepth',
      'consumers.autoscale.scaleDownDepth',
      'consumers.autoscale.intervalMs',
      'consumers.autoscale.cooldownMs',
      'consumers.autoscale.coldStartMs',
      'consumers.skipAbandoned',
      'consumers.refusalCostMs',
      'consumers.slowUnderLoad',
      'consumers.slowUnderLoad.basis',
      'consumers.slowUnderLoad.above',
      'consumers.slowUnderLoad.perUnit',
      'consumers.slowUnderLoad.maxFactor',
    ],
  },
  {
    title: 'Requesters',
    paths: [
      'requester.timeoutMs',
      'requester.retryBudget',
      'requester.retryBudget.tokensPerRequest',
      'requester.retryBudget.maxTokens',
      'requester.circuitBreaker',
      'requester.circuitBreaker.failures',
      'requester.circuitBreaker.windowMs',
      'requester.circuitBreaker.openMs',
      'requester.circuitBreaker.probes',
      'requester.propagateDeadline',
    ],
  },
  { title: 'Measuring', paths: ['metrics.deadlineMs'] },
];
