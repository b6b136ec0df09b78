/**
 * The glossary: every term the page's cards, explanations and controls use, in plain words. Pure
 * data, shown by the lazily loaded glossary panel (src/ui/glossary). Each entry lists the forms it
 * goes by in the page's texts (`forms`), so a use of a term can be found and linked to its entry,
 * and the entries it is close to (`seeAlso`, by id).
 */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** How the texts say it, matched whole and regardless of case ("p99", "Little’s law", "ρ"). */
  forms: readonly string[];
  definition: string;
  seeAlso?: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'backpressure',
    term: 'Backpressure',
    forms: ['backpressure'],
    definition:
      'What a system does when work arrives faster than it can be done. Something has to give: the queue grows (memory), work is thrown away (data), everyone waits longer (time), or the producer is slowed or stopped. Each strategy on this page chooses which.',
    seeAlso: ['producer', 'consumer', 'offered-load'],
  },
  {
    id: 'producer',
    term: 'Producer',
    forms: ['producer', 'producers'],
    definition:
      'Whatever makes the messages: a web server taking requests, a sensor, a job scheduler. On the stage it is the box on the left, with a light that says whether it is sending.',
    seeAlso: ['consumer', 'arrival-rate'],
  },
  {
    id: 'consumer',
    term: 'Consumer (worker)',
    forms: ['consumer', 'consumers', 'worker', 'workers'],
    definition:
      'What processes the messages. Each consumer takes one message at a time from the queue; with several, they work side by side.',
    seeAlso: ['service-rate', 'utilisation', 'autoscaling'],
  },
  {
    id: 'queue-depth',
    term: 'Queue depth',
    forms: ['queue depth', 'waiting in the queue', 'depth'],
    definition:
      'How many messages are waiting for a consumer right now, not counting those being processed. A depth that keeps climbing means the consumers are falling behind.',
    seeAlso: ['capacity', 'littles-law'],
  },
  {
    id: 'capacity',
    term: 'Capacity',
    forms: ['capacity', 'fixed size', 'full queue'],
    definition:
      'The most messages the queue may hold. A queue without one grows until memory runs out; a full one must block, drop or refuse.',
    seeAlso: ['queue-depth', 'out-of-memory'],
  },
  {
    id: 'throughput',
    term: 'Throughput',
    forms: ['throughput'],
    definition:
      'How many messages are fully processed per second. It can never be more than the consumers can do, however fast the producer sends.',
    seeAlso: ['goodput', 'service-rate'],
  },
  {
    id: 'goodput',
    term: 'Goodput',
    forms: ['goodput'],
    definition:
      'The part of the throughput that was still useful when it was done: delivered to a requester who was still waiting. Work finished after its requester gave up counts as throughput but not as goodput.',
    seeAlso: ['throughput', 'wasted-work', 'timeout'],
  },
  {
    id: 'latency',
    term: 'Latency',
    forms: ['latency', 'latencies', 'waiting time'],
    definition:
      'How long a message takes from being made to being delivered: its wait in the queue plus its processing. A long queue means long latency, because each message waits behind all the others.',
    seeAlso: ['percentiles', 'littles-law'],
  },
  {
    id: 'percentiles',
    term: 'p50, p95, p99 (percentiles)',
    forms: ['p50', 'p95', 'p99', 'percentile', 'percentiles', 'slowest 1%'],
    definition:
      'Ways to describe many latencies with one number. p99 is the time that 99% of messages beat: only the slowest 1% took longer. p50 is the middle (half were faster), p95 the slowest 5%. Averages hide the slow few; p99 shows them. It times only messages that were delivered: when nothing has been delivered for a while, the “Slowest 1% of deliveries” card leads with how long, and gives the earlier deliveries’ time under it.',
    seeAlso: ['latency'],
  },
  {
    id: 'arrival-rate',
    term: 'Arrival rate (λ)',
    forms: ['λ', 'arrival rate', 'rate taken in'],
    definition:
      'How many messages arrive per second, written λ (lambda). With random (Poisson) arrivals, the gaps between messages vary although the average rate is fixed.',
    seeAlso: ['service-rate', 'offered-load'],
  },
  {
    id: 'service-rate',
    term: 'Service rate (μ)',
    forms: ['μ', 'service rate', 'processing time'],
    definition:
      'How many messages one consumer can process per second, written μ (mu): one divided by the average processing time. A consumer taking 20 ms per message has μ = 50 per second.',
    seeAlso: ['arrival-rate', 'offered-load'],
  },
  {
    id: 'offered-load',
    term: 'Load asked (λ/cμ)',
    forms: ['λ/cμ', 'load asked', 'offered load', 'overload'],
    definition:
      'The arrival rate divided by what all c consumers together can do. Below 1 the consumers can keep up on average; above 1 no queue, however large, can: it only delays the moment something gives.',
    seeAlso: ['utilisation', 'arrival-rate', 'service-rate'],
  },
  {
    id: 'utilisation',
    term: 'Utilisation (ρ)',
    forms: ['utilisation', 'utilization', 'ρ', 'how busy'],
    definition:
      'The share of time the consumers are busy, written ρ (rho). Near 100% sounds efficient, but waiting time grows steeply as ρ approaches 1: a consumer that is never idle is one that always has a queue.',
    seeAlso: ['offered-load', 'latency'],
  },
  {
    id: 'littles-law',
    term: 'Little’s law',
    forms: ['Little’s law', "Little's law", 'L = λW'],
    definition:
      'How many messages are inside a system at once, on average, is how fast they arrive times how long each stays: 70 a second, each staying 0.4 s, makes about 28 inside. In symbols, L = λW (L the number inside, λ the rate in, W the time each spends inside). It holds for any queue that is not growing without end, whatever the strategy. Measured over part of a run the two sides part a little, since the time inside is known only for the messages that have left: the card “In the system, on average” shows the number measured, and under it the law’s three numbers.',
    seeAlso: ['queue-depth', 'latency', 'arrival-rate'],
  },
  {
    id: 'staleness',
    term: 'Staleness',
    forms: ['staleness', 'stale'],
    definition:
      'How old a message’s information is by the time it is used. A price or a position that waited two seconds in a queue is two seconds out of date, even if it was delivered.',
    seeAlso: ['conflation', 'drop-oldest'],
  },
  {
    id: 'block',
    term: 'Blocking the producer',
    forms: ['block the producer', 'blocked', 'blocking'],
    definition:
      'When the queue is full the producer waits, holding its next message, until there is room. Nothing in the queue is lost; the delay moves to whoever feeds the producer.',
    seeAlso: ['held-back', 'credits'],
  },
  {
    id: 'held-back',
    term: 'Held back',
    forms: ['held back', 'held-back'],
    definition:
      'What a blocked or slowed producer would have sent but could not. It has not vanished: it waits, or is lost, upstream where this page cannot see it, so the page counts it.',
    seeAlso: ['block', 'credits', 'watermarks'],
  },
  {
    id: 'drop-oldest',
    term: 'Drop the oldest',
    forms: ['drop the oldest', 'drop oldest', 'oldest out', 'dropHead', 'DROP_OLDEST'],
    definition:
      'A full queue throws out the message that has waited longest to make room for the newcomer. Good for data whose value fades with age.',
    seeAlso: ['drop-newest', 'staleness'],
  },
  {
    id: 'drop-newest',
    term: 'Drop the newest',
    forms: ['drop the newest', 'drop newest', 'drop the newest waiting', 'dropTail'],
    definition:
      'A full queue throws out the message that arrived last and the newcomer takes its place. The front of the line is kept in order.',
    seeAlso: ['drop-oldest'],
  },
  {
    id: 'drop-everything',
    term: 'Drop everything waiting',
    forms: ['drop everything', 'drop everything waiting', 'flushed', 'dropBuffer'],
    definition:
      'A full queue empties itself and the newcomer starts a fresh one: losses come in large bursts, and the queue depth draws a sawtooth.',
    seeAlso: ['drop-oldest'],
  },
  {
    id: 'lost',
    term: 'Lost messages',
    forms: ['lost', 'lost so far'],
    definition:
      'Messages made that will never be delivered: dropped from a full queue, turned away, expired while waiting, lost in a crash, or given up after the last retry. “Lost so far” counts them against every message made since the start, or since your last change of a setting. Messages a blocked or slowed producer never sent are not counted here: they wait upstream.',
    seeAlso: ['reject', 'load-shedding', 'out-of-memory'],
  },
  {
    id: 'load-shedding',
    term: 'Load shedding and priorities',
    forms: ['load shedding', 'shedding', 'shed', 'priority', 'priorities', 'lowest priority'],
    definition:
      'Turning some work away on purpose so the rest can be done well. With priorities, the least important waiting message is the one dropped, so important work gets through and the least important may never do.',
    seeAlso: ['reject', 'serving-order'],
  },
  {
    id: 'conflation',
    term: 'Conflation (latest per key)',
    forms: ['conflation', 'conflate', 'conflates', 'latest per key', 'keep the latest per key'],
    definition:
      'A new message replaces the one still waiting with the same key (the same stock, player or sensor), so at most one message per key waits and every delivered value is the newest. Right when old values are worthless.',
    seeAlso: ['staleness', 'partitions'],
  },
  {
    id: 'credits',
    term: 'Credits (credit window)',
    forms: ['credit', 'credits', 'credit window', 'request(n)', 'prefetch'],
    definition:
      'The consumer hands the producer permission in advance: one credit per message it can take. Sending spends a credit; each processed message returns one after a delay. With no credit left, the producer waits, so the queue never holds more than the window.',
    seeAlso: ['block', 'held-back', 'watermarks'],
  },
  {
    id: 'watermarks',
    term: 'Watermarks (slow-down signal)',
    forms: [
      'watermark',
      'watermarks',
      'water mark',
      'water marks',
      'high-water mark',
      'low-water mark',
      'highWaterMark',
      'slow-down signal',
    ],
    definition:
      'Two marks on the queue. Past the high one the consumers tell the producer to slow down (or pause); below the low one, to speed up again. The signal takes time to arrive, so the queue overshoots the mark.',
    seeAlso: ['credits', 'held-back'],
  },
  {
    id: 'reject',
    term: 'Rejecting (refusing) newcomers',
    forms: ['reject', 'rejected', 'rejects', 'refuse', 'refused', 'refuses', 'refusing'],
    definition:
      'A full queue says no to the newcomer straight away, and the producer is told. Refusing fast keeps the service healthy; the sender decides whether to try again.',
    seeAlso: ['retry', 'load-shedding'],
  },
  {
    id: 'timeout',
    term: 'Timeout',
    forms: ['timeout', 'timeouts', 'timed out', 'gives up'],
    definition:
      'How long a requester waits for an answer before giving up. Past it, the requester may retry, but the first copy is often still in the queue and will be processed for nobody.',
    seeAlso: ['wasted-work', 'retry', 'deadline'],
  },
  {
    id: 'retry',
    term: 'Retry',
    forms: ['retry', 'retries', 'retried', 'retrying'],
    definition:
      'Sending a refused or timed-out request again. Retries help with brief trouble, but under overload each one adds to a load that was already too high.',
    seeAlso: ['backoff', 'jitter', 'retry-budget', 'metastable'],
  },
  {
    id: 'backoff',
    term: 'Backoff',
    forms: ['backoff', 'exponential backoff', 'backoff multiplier'],
    definition:
      'Waiting before a retry, longer after each failure (exponential backoff doubles it, say), so that a struggling service gets room to recover.',
    seeAlso: ['retry', 'jitter'],
  },
  {
    id: 'jitter',
    term: 'Jitter',
    forms: ['jitter'],
    definition:
      'Randomness added to the wait before a retry, so that clients refused at the same moment do not all come back at the same moment. Full jitter picks the wait anywhere between zero and the backoff.',
    seeAlso: ['backoff', 'retry'],
  },
  {
    id: 'retry-budget',
    term: 'Retry budget',
    forms: ['retry budget', 'token bucket', 'tokens per request'],
    definition:
      'A cap on retries as a share of ordinary requests, kept as a token bucket: each request adds a little to the bucket and each retry takes a token. When it is empty, failures are not retried, so retries cannot multiply the load.',
    seeAlso: ['retry', 'circuit-breaker'],
  },
  {
    id: 'circuit-breaker',
    term: 'Circuit breaker',
    forms: ['circuit breaker', 'circuit breakers'],
    definition:
      'A switch in the client that stops sending for a while after too many failures, then lets a few requests through to test whether the service has recovered.',
    seeAlso: ['retry-budget', 'metastable'],
  },
  {
    id: 'metastable',
    term: 'Metastable failure (retry storm)',
    forms: ['metastable', 'retry storm', 'retry-storm'],
    definition:
      'A system that stays down after the trouble that pushed it over has passed: the retries caused by the overload are themselves enough to keep it overloaded. Backoff with jitter, retry budgets and circuit breakers break the loop.',
    seeAlso: ['retry', 'wasted-work'],
  },
  {
    id: 'wasted-work',
    term: 'Wasted work',
    forms: ['wasted work', 'wasted', 'abandoned'],
    definition:
      'Processing a message whose requester has already given up. It takes a consumer’s time like any other message and helps nobody, which is how a timeout with retries can make overload worse.',
    seeAlso: ['timeout', 'goodput', 'deadline'],
  },
  {
    id: 'deadline',
    term: 'Deadline',
    forms: ['deadline', 'deadlines'],
    definition:
      'The moment after which an answer is no use. A consumer that checks the deadline before working skips requests nobody waits for any more, and saves the wasted work.',
    seeAlso: ['timeout', 'wasted-work'],
  },
  {
    id: 'rate-limit',
    term: 'Rate limit and burst',
    forms: ['rate limit', 'rate limiter', 'limiter', 'limit_req', 'burst', 'nodelay'],
    definition:
      'A door that lets requests in only at a set pace. The burst is how many may come early and wait their turn (or, with nodelay, go straight in) before the rest are refused.',
    seeAlso: ['reject', 'load-shedding'],
  },
  {
    id: 'autoscaling',
    term: 'Autoscaling and cold start',
    forms: ['autoscaler', 'autoscale', 'autoscaling', 'autoscaled', 'cold start'],
    definition:
      'Adding consumers when the queue is deep and removing them when it is shallow. A new consumer takes a while to start (its cold start), so a sudden surge still piles up first.',
    seeAlso: ['consumer', 'offered-load'],
  },
  {
    id: 'serving-order',
    term: 'Serving order (FIFO, LIFO, CoDel)',
    forms: ['FIFO', 'LIFO', 'adaptive LIFO', 'CoDel', 'standing queue', 'serving order'],
    definition:
      'Which waiting message a free consumer takes next. FIFO takes the oldest first; LIFO the newest, which keeps fresh requests fast under a backlog; CoDel takes the oldest but drops messages once a queue has stood too long.',
    seeAlso: ['latency', 'load-shedding'],
  },
  {
    id: 'partitions',
    term: 'Partitions (per-key ordering)',
    forms: ['partition', 'partitions', 'per-key', 'one worker per key'],
    definition:
      'Messages with the same key always go to the same consumer, in order, as in a Kafka topic. The busiest key’s consumer sets the pace, however idle the others are.',
    seeAlso: ['conflation', 'consumer'],
  },
  {
    id: 'expiry',
    term: 'Expiry',
    forms: ['expiry', 'expired', 'expires', 'retention'],
    definition:
      'A message that has waited longer than its time to live is thrown away unprocessed, as a broker’s retention period would.',
    seeAlso: ['staleness', 'deadline'],
  },
  {
    id: 'out-of-memory',
    term: 'Out of memory',
    forms: ['out of memory', 'memory budget', 'runs out of memory', 'crash', 'crashes', 'crashed'],
    definition:
      'A queue without a limit keeps every message in memory. When memory runs out, the consumer crashes and everything it held is lost at once.',
    seeAlso: ['capacity', 'backpressure'],
  },
  {
    id: 'seed',
    term: 'Seed',
    forms: ['seed', 'seeds'],
    definition:
      'The number that fixes the simulation’s randomness. The same scenario with the same seed gives exactly the same run, here or in the command line; another seed gives another, equally likely run.',
    seeAlso: ['simulated-time'],
  },
  {
    id: 'simulated-time',
    term: 'Simulated time',
    forms: ['simulated time', 'simulated second'],
    definition:
      'The clock of the simulation, not of the wall. At speed 4× a simulated second passes in a quarter of a real one; every rate on the page is per simulated second.',
    seeAlso: ['seed'],
  },
];

/** The id an entry's place in the glossary panel has, for links and for opening it at a term. */
export function glossaryAnchor(id: string): string {
  return `glossary-${id}`;
}

/** Each live card's term, by the card's id. */
export const CARD_TERMS: Readonly<Record<string, string>> = {
  delivered: 'throughput',
  dropped: 'lost',
  p99: 'percentiles',
  depth: 'queue-depth',
  utilisation: 'utilisation',
  little: 'littles-law',
};

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}

export interface TermUse {
  id: string;
  /** Where in the text, and the words as they appear there. */
  start: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let finder: { re: RegExp; byForm: Map<string, string> } | null = null;

/** One pattern for every form, longest first so "drop the oldest" wins over "oldest". */
function termFinder(): { re: RegExp; byForm: Map<string, string> } {
  if (finder !== null) return finder;
  const byForm = new Map<string, string>();
  for (const e of GLOSSARY) for (const f of e.forms) byForm.set(f.toLowerCase(), e.id);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  // Whole words only, letters of any alphabet counted (ρ and λ are words here).
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  finder = { re, byForm };
  return finder;
}

/** Every use of a glossary term in `text`, in order. */
export function findTerms(text: string): TermUse[] {
  const { re, byForm } = termFinder();
  const uses: TermUse[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const id = byForm.get(m[0].toLowerCase());
    if (id !== undefined) uses.push({ id, start: m.index, text: m[0] });
  }
  return uses;
}
