/**
 * The one-line description of every scenario field: the explanation beside each control on the page,
 * and the text of the generated JSON Schema and docs/scenario.md.
 *
 * They live here rather than in the schema (scenario.ts) because the page needs the schema for its
 * first paint, to read the scenario in its link, and the descriptions only later, when the settings
 * open: kept apart, they stay out of the first download. A test in src/docs checks that this list
 * and the schema name the same fields, so the two cannot drift apart.
 *
 * Keys are dotted paths through the schema. A field inside one kind of a choice of kinds carries
 * that kind after the choice, so the same name can say different things for different kinds:
 * `feedback:watermark.delayMs`, `feedback:credit.delayMs`. The items of a list add `[]`.
 */
import { HOST_MESSAGE_LIMIT, RETRY_WAIT_LIMIT } from './limits.ts';

/** The key of the field `name` of the object at `parent` ('' for the top level). */
export const fieldKey = (parent: string, name: string): string =>
  parent === '' ? name : `${parent}.${name}`;

/** The key of one kind of the choice at `choice`: 'feedback' and 'credit' → 'feedback:credit'. */
export const kindKey = (choice: string, kind: string): string => `${choice}:${kind}`;

/** The key of each item of the list at `list`. */
export const itemKey = (list: string): string => `${list}[]`;

/** 200000 → "200,000", for the limits quoted in descriptions. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const MACHINE_LIMIT = `The machine holds at most ${grouped(HOST_MESSAGE_LIMIT)} waiting messages`;

const ATTEMPTS = `Attempts in all, the first included; after the last, the message is lost. The producer keeps at most ${grouped(RETRY_WAIT_LIMIT)} messages waiting to retry: past that, a refused message is given up at once.`;
const SERVICE_MEAN = 'Average time to process one message.';

const FIRST_STAGE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  name: 'A title for people.',
  seed: 'Seed of the random numbers: the same seed gives the same run.',
  durationSec: 'How long a headless run lasts, in simulated seconds.',

  // ---- Workload
  'workload.pattern:steady.ratePerSec': 'Messages the producer makes per second.',
  'workload.pattern:bursty.onRatePerSec': 'Rate during a burst.',
  'workload.pattern:bursty.offRatePerSec': 'Rate between bursts.',
  'workload.pattern:bursty.onMs': 'How long each burst lasts.',
  'workload.pattern:bursty.offMs': 'How long the quiet spell between bursts lasts.',
  'workload.pattern:ramp.startRatePerSec': 'Rate at the start.',
  'workload.pattern:ramp.risePerSec':
    'How much the rate rises each second, like Tetris speeding up.',
  'workload.pattern:ramp.maxRatePerSec': 'The rate stops rising here.',
  'workload.pattern:step.baseRatePerSec': 'Rate before and after the step.',
  'workload.pattern:step.stepRatePerSec':
    'Rate during the step (a spike when it ends, a step when it does not).',
  'workload.pattern:step.atMs': 'When the step begins.',
  'workload.pattern:step.durationMs': 'How long the step lasts; null for a step that never ends.',
  'workload.pattern:sine.meanRatePerSec': 'The average rate.',
  'workload.pattern:sine.amplitudePerSec':
    'How far the rate swings above and below the average (the rate never goes below 0).',
  'workload.pattern:sine.periodMs': 'How long one full swing takes.',
  'workload.spacing':
    'Random gaps between messages, a Poisson process at the pattern’s rate (poisson), or even spacing (even).',
  'workload.priorityWeights': 'Share of messages at each priority level, lowest priority first.',
  'workload.priorityWeights[]': 'Relative share of this priority level.',
  'workload.keyCount': 'How many distinct keys messages carry (users, symbols, partitions).',
  'workload.sizeBytes': 'Message size, drawn uniformly between min and max.',
  'workload.sizeBytes.min': 'Smallest message.',
  'workload.sizeBytes.max': 'Largest message.',

  // ---- Queue
  'queue.capacity': `How many messages may wait, not counting those being processed; null for no limit. ${MACHINE_LIMIT}: one more, and the consumer process runs out of memory.`,
  'queue.whenFull':
    'What happens to a new message when the queue is full: block the producer, reject the new message, or evict waiting ones.',
  'queue.memoryBudgetBytes': `Past this many buffered bytes the consumer process dies out of memory and loses everything it holds; null for no budget. ${MACHINE_LIMIT}, with a budget or without.`,
  'queue.restartDelayMs': 'How long a crashed consumer process takes to restart.',
  'queue.maxAgeMs':
    'Messages that wait longer than this expire (load shedding, retention); null to keep them.',
  'queue.conflateByKey':
    'A newer message for a key replaces the one still waiting, in its place: only the latest value matters.',
  'queue.discipline:adaptive-lifo.lifoAboveDepth':
    'First in, first out while at most this many wait; beyond it, the newest first.',
  'queue.discipline:codel.targetMs':
    'The wait tolerated in a standing queue: once the queue has not been empty for a whole interval, a message that waited longer is shed as it reaches the front.',
  'queue.discipline:codel.intervalMs':
    'While the queue has been empty within this time, a message may wait this long; it is also how long the queue must stand before the target applies.',

  // ---- Producer feedback
  'feedback:watermark.mode':
    'rate: “slow down” cuts the producer’s rate by a factor and “speed up” raises it in steps. pause: the producer stops when the queue reaches the high watermark and resumes when it is back at the low one, as Node streams, Netty and XON/XOFF do.',
  'feedback:watermark.highWatermark':
    'Above this depth the consumers signal “slow down” (in pause mode, at this depth: “stop”).',
  'feedback:watermark.lowWatermark':
    'Below this depth the consumers signal “speed up” (in pause mode, at this depth: “resume”).',
  'feedback:watermark.delayMs': 'How long a signal takes to reach the producer.',
  'feedback:watermark.intervalMs':
    'How often the consumers look at the depth and signal (rate mode; in pause mode they signal the moment a watermark is reached).',
  'feedback:watermark.decreaseFactor': 'On “slow down” the producer multiplies its rate by this.',
  'feedback:watermark.increasePerSec':
    'After “speed up” the rate climbs back by this much each second.',
  'feedback:watermark.minRatePerSec': 'The producer never slows below this.',
  'feedback:credit.window':
    'How many messages may be outstanding (sent, not yet processed and credited back); at most the queue’s capacity, since credit is only given for room there is.',
  'feedback:credit.delayMs': 'How long a returned credit takes to reach the producer.',

  // ---- Retries
  'retry:fixed.delayMs': 'Wait before each retry.',
  'retry:fixed.maxAttempts': ATTEMPTS,
  'retry:exponential.baseDelayMs': 'Wait before the first retry.',
  'retry:exponential.multiplier': 'Each retry waits this many times longer than the last.',
  'retry:exponential.maxDelayMs': 'No wait grows longer than this.',
  'retry:exponential.jitter':
    'Full jitter: wait a random time between 0 and the backoff, so retries do not arrive together.',
  'retry:exponential.maxAttempts': ATTEMPTS,

  // ---- Admission rate limit
  'rateLimit.ratePerSec': 'nginx rate: requests admitted per second, on average.',
  'rateLimit.burst':
    'nginx burst: requests let in ahead of the rate, each waiting its turn at the rate (unless nodelay); beyond them, refused at once.',
  'rateLimit.delay':
    'nginx delay: how many of the burst go on at once; the rest wait their turn. 0 delays all of them.',
  'rateLimit.nodelay':
    'nginx nodelay: the burst goes on at once instead of waiting its turn (as delay equal to burst).',

  // ---- Consumers
  'consumers.count':
    'Workers processing messages in parallel (the starting number when autoscaling).',
  'consumers.service:constant.meanMs': SERVICE_MEAN,
  'consumers.service:exponential.meanMs': SERVICE_MEAN,
  'consumers.service:uniform.minMs': 'Shortest processing time.',
  'consumers.service:uniform.maxMs': 'Longest processing time.',
  'consumers.service:lognormal.meanMs': SERVICE_MEAN,
  'consumers.service:lognormal.sigma':
    'Spread of the log of the time: larger means a longer tail of slow messages.',
  'consumers.ordering':
    'Any free worker takes the next message (none), or a key always goes to the same worker, as Kafka partitions do (per-key).',
  'consumers.autoscale.min': 'Never fewer workers than this.',
  'consumers.autoscale.max': 'Never more workers than this.',
  'consumers.autoscale.scaleUpDepth': 'Add a worker when the queue is at least this deep.',
  'consumers.autoscale.scaleDownDepth': 'Remove a worker when the queue is at most this deep.',
  'consumers.autoscale.intervalMs': 'How often the autoscaler looks at the queue.',
  'consumers.autoscale.cooldownMs': 'Minimum time between two scaling actions.',
  'consumers.autoscale.coldStartMs': 'How long a new worker takes before it can process messages.',
  'consumers.skipAbandoned':
    'Check the deadline before working: a worker throws away, unprocessed, a message whose requester has already given up.',
  'consumers.refusalCostMs':
    'Consumer time spent on each message refused, evicted, shed or skipped, paid before the next message; 0 makes refusing free.',
  'consumers.slowUnderLoad.basis':
    'What slows the consumers: the number of messages waiting (queue-depth), or the number being processed at once (concurrency).',
  'consumers.slowUnderLoad.above': 'No slowdown up to this depth or concurrency.',
  'consumers.slowUnderLoad.perUnit':
    'For each message beyond it, processing takes this much longer (0.01 is 1% each), as GC pressure, cache misses or lock contention make it.',
  'consumers.slowUnderLoad.maxFactor': 'Processing never takes more than this many times as long.',

  // ---- Metrics
  'metrics.sampleIntervalMs': 'Time between two points of the time series.',
  'metrics.seriesLength': 'How many points of history the time series keep.',
  'metrics.deadlineMs':
    'Deliveries slower than this count as wasted work (no goodput); null for no deadline.',

  // ---- Requesters
  'requester.timeoutMs':
    'How long a requester waits for each attempt to be processed. Past it the attempt is timed out and retried as the retry policy says, while the message stays in the queue: processing it then is wasted work. null: requesters wait for ever.',
  'requester.retryBudget.tokensPerRequest':
    'Tokens each new request adds to the budget; a retry spends one, and with less than one left the request fails instead (0.1 allows retries for about one request in ten).',
  'requester.retryBudget.maxTokens': 'The most tokens the budget holds, and where it starts.',
  'requester.circuitBreaker.failures':
    'Failures (timeouts, refusals, sheds) within the window that open the breaker: while open, requests fail at once without being sent.',
  'requester.circuitBreaker.windowMs': 'The window in which failures are counted.',
  'requester.circuitBreaker.openMs':
    'How long the breaker stays open before it lets a few probe requests through (half-open).',
  'requester.circuitBreaker.probes':
    'Probe requests let through when half-open; if all succeed it closes, if one fails it opens again.',
  'requester.propagateDeadline':
    'The requester’s deadline travels with the message: when it passes, the consumers stop working on it and take it out of the queue.',

  // ---- Triggers
  'triggers[]': 'One trouble at a set time; choose one kind.',
  'triggers[]:spike.atMs': 'When the spike begins.',
  'triggers[]:spike.durationMs': 'How long it lasts.',
  'triggers[]:spike.factor': 'The producer’s rate is multiplied by this while it lasts.',
  'triggers[]:slowdown.atMs': 'When the slowdown begins.',
  'triggers[]:slowdown.durationMs': 'How long it lasts.',
  'triggers[]:slowdown.factor':
    'Messages whose processing starts while it lasts take this many times as long.',
  'triggers[]:outage.atMs': 'When the outage begins.',
  'triggers[]:outage.durationMs':
    'How long the outage lasts: the consumers stall (stall), or the server is down (reset).',
  'triggers[]:outage.mode':
    'stall: the consumers hang; what they hold waits, nothing new starts, and the queue keeps taking messages (a long GC pause, a stuck dependency). reset: the server crashes and its connections reset; every request waiting or in service fails at once, its requester sees the failure at once and may retry, and every attempt until the end is refused at once.',
};

/** The fields a later stage of a pipeline shares with the first, saying the same for it. */
const SHARED_WITH_LATER_STAGES =
  /^(queue\.maxAgeMs|queue\.conflateByKey|queue\.discipline:adaptive-lifo\.|consumers\.(count|service|autoscale|slowUnderLoad))/;

const LATER_STAGE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'downstream[]':
    'One more stage after the ones before it: its own queue and consumers, and the link by which the stage above hands it finished messages.',
  'downstream[].name': 'A name for the stage (a database, a worker pool), for people.',
  'downstream[].link:credit.window':
    'How many messages the stage above may have in this stage (waiting, being processed or held by its consumers) before it must wait for a credit.',
  'downstream[].link:credit.delayMs':
    'How long a credit takes to get back to the stage above once a message leaves this stage.',
  'downstream[].queue.capacity':
    'How many messages may wait in this stage, not counting those being processed; null for no limit.',
  'downstream[].queue.whenFull':
    'Under a fire-and-forget link, what a full queue does with a message handed over: reject it or evict waiting ones. Blocking and credit links never overfill it: the consumer above waits instead.',
  ...Object.fromEntries(
    Object.entries(FIRST_STAGE_DESCRIPTIONS)
      .filter(([key]) => SHARED_WITH_LATER_STAGES.test(key))
      .map(([key, text]) => [`downstream[].${key}`, text]),
  ),
};

export const SCENARIO_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...FIRST_STAGE_DESCRIPTIONS,
  ...LATER_STAGE_DESCRIPTIONS,
};

/** The description under `key`, if there is one (never one of Object's own properties). */
export function scenarioDescription(key: string): string | undefined {
  return Object.hasOwn(SCENARIO_DESCRIPTIONS, key) ? SCENARIO_DESCRIPTIONS[key] : undefined;
}
