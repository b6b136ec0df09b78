/**
 * One sentence for each part of a scenario that src/sim/scenarioDescriptions.ts does not describe:
 * the sections and the kinds to choose from. They end up in the JSON Schema (editors show them) and
 * so in docs/scenario.md. A path that no longer exists in the schema makes the generator fail.
 */

/** Keyed by dotted path. */
export const SECTION_NOTES: Readonly<Record<string, string>> = {
  version:
    'Version of the scenario format. A file written for another version is refused rather than misread.',
  workload:
    'How the producer makes messages: how many per second over time, and what each one carries.',
  'workload.pattern': 'How the arrival rate changes over time; choose one kind.',
  queue: 'Where messages wait for a free consumer, and what happens when there is no room.',
  feedback: 'How, if at all, the consumer side tells the producer to slow down; choose one kind.',
  retry: 'What the producer does with a message the system refused; choose one kind.',
  rateLimit:
    'An admission limit in front of the queue that works as Nginx limit_req does: requests beyond the rate wait their turn at the rate, up to `burst` of them (or go on at once with `nodelay`), and any more are refused at once. null for no limit.',
  consumers: 'The workers that take messages from the queue and process them.',
  'consumers.service': 'How long one message takes to process; choose one kind.',
  'consumers.autoscale':
    'Adds and removes workers by looking at the queue depth; null for a fixed number of workers.',
  metrics: 'What is recorded while the simulation runs.',
  'queue.discipline':
    'Which waiting message a free consumer takes next, and whether the queue sheds by time waited; choose one kind.',
  'consumers.slowUnderLoad':
    'Consumers that slow down as load grows, the classic driver of congestive collapse; null for a steady pace.',
  requester:
    'Who waits for each message: how long, and what limits their retries. Retries follow the retry policy.',
  'requester.retryBudget':
    'A token bucket of retries, as in gRPC retry throttling and Finagle’s retry budget: retries may be only a share of requests. null for no budget.',
  'requester.circuitBreaker':
    'Stops sending after many failures in a short time, then tries a few requests before sending again. null for no breaker.',
  triggers:
    'Trouble at set times: a spike in the producer’s rate, slower consumers, or an outage (consumers that stall, or a server that crashes).',
  stageName:
    'In a pipeline, the first stage’s name, shown over its queue (each stage in `downstream` has its own `name`). Left out: the first stage is called “Stage 1”.',
  downstream:
    'A pipeline: one or two more stages after the first (the queue and consumers above), in order. A consumer that finishes a message hands it to the next stage, and waits holding it while that stage cannot take it. Left out for a single stage.',
  'downstream[].link':
    'How the consumers of the stage above hand this stage a finished message; choose one kind.',
  'downstream[].queue': 'Where messages wait in this stage for a free consumer.',
  'downstream[].queue.discipline':
    'Which waiting message a free consumer takes next; choose one kind.',
  'downstream[].consumers': 'The workers of this stage.',
  'downstream[].consumers.service': 'How long one message takes to process here; choose one kind.',
  'downstream[].consumers.autoscale':
    'Adds and removes workers of this stage by looking at its queue depth; null for a fixed number.',
  'downstream[].consumers.slowUnderLoad':
    'Consumers of this stage that slow down as load grows (a database under contention); null for a steady pace.',
};

/** The first stage's choices (and those of the sections a pipeline does not repeat). */
const FIRST_STAGE_KIND_NOTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'workload.pattern': {
    steady: 'The same rate the whole time.',
    bursty: 'Bursts of a high rate alternate with quiet spells.',
    ramp: 'The rate keeps rising until it reaches a ceiling.',
    step: 'A base rate with one step up that either lasts or ends (a spike).',
    sine: 'The rate swings smoothly above and below an average.',
  },
  feedback: {
    none: 'The producer never hears from the consumers and keeps its rate.',
    watermark:
      'The consumers signal “slow down” above a high watermark and “speed up” below a low one; the producer cuts its rate by a factor and raises it back gradually.',
    credit:
      'The producer may have only so many messages outstanding, and each processed message returns a credit, as in TCP windows, HTTP/2 and gRPC flow control, and Reactive Streams request(n).',
  },
  retry: {
    none: 'A refused message is lost at once.',
    fixed: 'Retry after the same wait every time.',
    exponential:
      'Each wait is longer than the last by a factor, up to a ceiling, and can be randomised.',
  },
  'queue.discipline': {
    fifo: 'First in, first out.',
    lifo: 'The newest first: under a backlog, fresh requests are served while old ones wait.',
    'adaptive-lifo':
      'First in, first out while the queue is short, the newest first once it is long, as Facebook’s servers do.',
    codel:
      'First in, first out; once the queue has not been empty for a whole interval, whatever waited longer than the target is shed from the front (CoDel as Facebook’s servers use it).',
  },
  'triggers[]': {
    spike: 'The producer’s rate is multiplied for a while.',
    slowdown: 'Processing takes longer for a while.',
    outage:
      'For a while the consumers stall (a hang) or the server is down (a crash that fails everything in flight at once).',
  },
  'consumers.service': {
    constant: 'Every message takes exactly the mean.',
    exponential: 'Most messages are quick and a few are slow; the classic “M” of queueing theory.',
    uniform: 'Any time between the shortest and the longest, all equally likely.',
    lognormal:
      'Most messages take about the typical time, with a long tail of slow ones, as real services often do.',
  },
  'downstream[].link': {
    blocking:
      'The consumer above waits, holding its finished message, until this stage has room (a free consumer or a place in its queue).',
    credit:
      'The stage above may have only so many messages in this stage; each that leaves sends a credit back after a delay, as TCP windows and Reactive Streams request(n) do. Without a credit, or without room, the consumer above waits.',
    'fire-and-forget':
      'The consumer above hands the message over and moves on; a full queue here rejects it or evicts a waiting one, as its whenFull says.',
  },
};

const sameAs = (path: string): Readonly<Record<string, string>> =>
  FIRST_STAGE_KIND_NOTES[path] ?? {};

/** Keyed by the dotted path of the field that chooses, then by kind. */
export const KIND_NOTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ...FIRST_STAGE_KIND_NOTES,
  // A later stage's kinds say the same as the first stage's (it has no CoDel).
  'downstream[].queue.discipline': Object.fromEntries(
    Object.entries(sameAs('queue.discipline')).filter(([kind]) => kind !== 'codel'),
  ),
  'downstream[].consumers.service': sameAs('consumers.service'),
};
