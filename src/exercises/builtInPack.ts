/**
 * The exercises that come with the playground: eleven short stories, each a system in trouble, a
 * few knobs to turn, and goals checked over five seeds. Every number was chosen so the start fails
 * every seed by a wide margin, the reference solution passes every seed with at least 10% to spare
 * on every goal, and each tempting wrong answer fails every seed; builtInPack.test.ts and
 * `npm run check-exercises` prove it. Hints and notes name knobs by their labels on the page.
 *
 * Unless an exercise says otherwise, one consumer takes 20 ms on average per message (exponential),
 * so it can process about 50 messages/s.
 */
import type { ScenarioInput } from '../sim/scenario.ts';
import type { ScenarioPatch } from './knobs.ts';
import { PACK_FORMAT, PACK_VERSION, type Goal, type Measure } from './packSchema.ts';
import { METASTABLE_BASE } from '../sim/metastablePresets.ts';

/** One exercise as written in a pack file, with the scenario types to catch typos here. */
export interface ExerciseFile {
  id: string;
  title: string;
  story: string;
  start: ScenarioInput;
  knobs: string[];
  goals: Goal[];
  durationSec: number;
  seeds?: number[];
  hints: string[];
  solution: ScenarioPatch;
  /** A total several knobs share, such as the places of a chain's queues. */
  budget?: { total: number; unit: string; parts: { knob: string; label: string }[] };
  /** What to predict before checking: a number (with a unit) or one of the choices. */
  prediction?: {
    question: string;
    choices?: string[];
    unit?: string;
    /** What the check measures to compare the prediction with, and for choices their bounds. */
    measure?: Measure;
    upTo?: number[];
  };
  /** Tempting wrong answers, each with the note shown when a learner's failed check used it. */
  wrongAnswers?: { settings: ScenarioPatch; note: string }[];
  explanation: string;
}

/** A pack file (see docs/workshop.md), typed. */
export interface PackFile {
  $schema?: string;
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  id: string;
  title: string;
  description?: string;
  exercises: ExerciseFile[];
}

const tippingPoint: ExerciseFile = {
  id: 'tipping-point',
  title: 'The tipping point',
  story:
    'A support inbox receives 50 tickets a second, and one agent process answers them, each in 20 ms on average. On paper the agent keeps up exactly: it can answer 50 a second.\n\nRun it. The queue has no limit, so nothing is ever lost, but watch the depth and the latency wander upwards and never settle. Make the inbox answer quickly again: the producer is not yours to change.',
  start: {
    name: 'The tipping point',
    workload: { pattern: { kind: 'steady', ratePerSec: 50 } },
    queue: { capacity: null },
  },
  knobs: ['consumers.count', 'consumers.service.meanMs'],
  goals: [
    { metric: 'latencyP99', compare: 'below', value: 500 },
    { metric: 'queueDepthMax', compare: 'at-most', value: 40 },
  ],
  durationSec: 120,
  hints: [
    'Utilisation is the arrival rate divided by what the consumers can do. Here it is exactly 1. What happens to a queue that has no spare capacity at all to recover from a random clump of arrivals?',
    'You need headroom: consumers that can do noticeably more than 50 a second. There are two ways to get it.',
    'Either add a second consumer (“Consumers” to 2), or make each message faster to handle: at a “Processing time” of 15 ms one consumer manages about 67 a second.',
  ],
  solution: { consumers: { count: 2 } },
  prediction: {
    question:
      'Before you check: with your settings, how long will the slowest 1% of tickets wait, at most?',
    unit: 'ms',
    measure: { metric: 'latencyP99' },
  },
  wrongAnswers: [
    {
      settings: { consumers: { count: 1, service: { meanMs: 19 } } },
      note: 'At 19 ms one consumer manages about 53 a second, just over the 50 that arrive: it is 95% busy. At 95% a message waits about 19 service times on average, with long unlucky stretches on top, so the queue still wanders deep. Headroom has to be real, not a rounding error: aim for 75% busy or less.',
    },
  ],
  explanation:
    'With arrivals at random, a queue needs spare capacity to drain after every unlucky clump. Waiting time grows like ρ / (1 − ρ), where ρ is the utilisation: at 50% the average message waits one service time, at 90% nine, and at 100% there is no steady state at all. The queue does a random walk with nothing pulling it back to empty, so the longer you run, the deeper it wanders. That is why a system "exactly at capacity" is already broken, and why capacity plans aim for 70–80% at peak. A second consumer brings ρ down to 0.5 (and costs a second worker); a faster handler at 15 ms brings it to 0.75, which also passes but with less room.',
};

const outOfMemory: ExerciseFile = {
  id: 'out-of-memory',
  title: 'Out of memory',
  story:
    'An image-thumbnail service receives 70 uploads a second, each 2 to 8 KB of metadata, and can process 50 a second. Its in-memory queue has no limit, and the process has 1 MB to spare for it.\n\nRun it and watch the memory gauge. Every ten seconds or so the process dies, everything it held is gone, and it takes 3 s to come back. Stop the crashes while keeping the service busy.',
  start: {
    name: 'Out of memory',
    workload: {
      pattern: { kind: 'steady', ratePerSec: 70 },
      sizeBytes: { min: 2000, max: 8000 },
    },
    queue: { capacity: null, memoryBudgetBytes: 1_000_000, restartDelayMs: 3000 },
  },
  knobs: ['queue.capacity', 'queue.whenFull'],
  goals: [
    { metric: 'crashes', compare: 'at-most', value: 0 },
    { metric: 'memoryMax', compare: 'at-most', value: 750_000 },
    { metric: 'throughput', compare: 'at-least', value: 42 },
  ],
  durationSec: 60,
  hints: [
    'An unbounded queue is a promise to buffer everything. With more arriving than leaving, that promise breaks, and when it does it takes every buffered message down with it.',
    'Give the queue a capacity (“Queue capacity”). How many uploads fit in 750 KB if each can be up to 8 KB?',
    'Set “Queue capacity” to 90: at most 90 × 8 KB = 720 KB even if every upload is the largest, about 450 KB on average. The default, “Reject the newcomer”, then turns away what does not fit; “Block the producer” and “Drop the oldest” work too.',
  ],
  solution: { queue: { capacity: 90 } },
  wrongAnswers: [
    {
      settings: { queue: { capacity: 150 } },
      note: '150 uploads at the average 5 KB is exactly 750 KB, so every run of larger-than-average uploads goes over the budget. A bound has to hold in the worst case: size it from the largest upload, 8 KB.',
    },
    {
      settings: { queue: { capacity: null, whenFull: 'block' } },
      note: 'Blocking happens only when the queue is full, and a queue with no limit is never full: the producer never waits and the memory still runs out. Give the queue a capacity first; then blocking is one of the policies that work.',
    },
  ],
  explanation:
    'An unbounded buffer does not remove overload, it postpones it, and then loses more than it saved: each crash throws away about 200 buffered messages and 3 s of work. A bound turns that into a decision you make on purpose: reject the newest (callers see an error and can retry elsewhere), drop the oldest (fresh work wins), or block the producer (the pressure moves upstream). Size the bound from the memory you have and the largest message, not from the average: 750 KB ÷ 8 KB is 93 uploads, and 90 leaves a little room for everything else the process does. Sized from the average, 5 KB, the bound would be 150, and any run of large uploads would overflow the budget. Whichever policy you pick, about 20 uploads a second still cannot be served: bounding the queue makes the loss visible and controlled, it does not make it go away.',
};

const liveLeaderboard: ExerciseFile = {
  id: 'live-leaderboard',
  title: 'The live leaderboard',
  story:
    'A game streams score updates for 20 players, 70 a second in all, to a scoreboard on a slow client that can apply only 50 a second. The updates wait in a FIFO queue of 200.\n\nRun it: the queue is always full, the scoreboard shows scores that are four seconds old, and brand-new scores are turned away at the door. The game cannot wait for the board: it keeps scoring whatever the board does. Only the latest score of each player matters. Make the board fresh.',
  start: {
    name: 'The live leaderboard',
    workload: { pattern: { kind: 'steady', ratePerSec: 70 }, keyCount: 20 },
    queue: { capacity: 200, whenFull: 'reject' },
  },
  knobs: ['queue.capacity', 'queue.whenFull', 'queue.conflateByKey'],
  goals: [
    { metric: 'stalenessMean', compare: 'below', value: 1000 },
    { metric: 'dropped', reason: 'rejected', compare: 'at-most', value: 0 },
    { metric: 'producerBlocked', compare: 'at-most', value: 0 },
  ],
  durationSec: 60,
  hints: [
    'A FIFO queue makes every update wait behind all the older ones, even those already made pointless by a newer score for the same player.',
    'Which messages are worth keeping when there is no room: the old ones or the new ones? Look at the choices under “When the queue is full”, and at “Keep only the latest per key”.',
    'Turn on “Keep only the latest per key”: a new score replaces the waiting one for the same player, so at most 20 ever wait. “Drop the oldest” with a “Queue capacity” of about 20 works too.',
  ],
  solution: { queue: { conflateByKey: true } },
  prediction: {
    question: 'Before you check: with your settings, how often will the game have to wait?',
    choices: ['Never', 'Now and then', 'Much of the time'],
    // Never: not at all; now and then: up to a tenth of the time; above that, much of the time.
    measure: { metric: 'producerBlocked' },
    upTo: [0, 0.1],
  },
  wrongAnswers: [
    {
      settings: { queue: { whenFull: 'block' } },
      note: 'Blocking loses nothing, and here it can even look fresh, because a blocked simulated producer simply makes nothing while it waits. A live game cannot wait: it keeps scoring, and the updates it cannot hand over pile up on its side instead. Let the board throw away what is stale rather than make the game wait.',
    },
    {
      settings: { queue: { capacity: 20, whenFull: 'reject' } },
      note: 'A short queue keeps the waiting short, but rejecting when full turns away the newest scores, the very ones the board needs, and keeps older ones waiting. Throw away the old instead: “Drop the oldest”, or “Keep only the latest per key”.',
    },
  ],
  explanation:
    'For state such as scores, prices or positions, an update is superseded by the next one for the same key, so old updates are not work to be done but noise. Conflation keeps only the newest value per key and in its place in line, so the queue can never hold more than one message per key and each delivered value is recent; over a thousand superseded updates are dropped on purpose. Drop-oldest with a small capacity gets close by a different route: the freshest messages survive because the stale ones are evicted first. Rejecting when full does the opposite of what a live view needs: it keeps the stale and refuses the fresh. Blocking the producer would pass in the simulation, because a blocked simulated producer makes nothing, but a real game cannot stop scoring: the updates it could not hand over would pile up on its side, or be lost out of sight. Hence the goal that the game never waits. Even “Drop everything waiting” with a small queue is defensible for a view like this: when the queue is full, everything in it is already older than the next update for its player, and each player sends a new score about three times a second, so clearing the queue costs the board a third of a second of freshness, not a wrong score.',
};

const payments: ExerciseFile = {
  id: 'payments',
  title: 'Payments: lose nothing',
  story:
    'A payment processor receives 65 card payments a second from the shop’s checkout, and one worker settles about 50 a second. The queue holds 20 and rejects the rest, so about a fifth of all payments fail.\n\nNot one payment may be lost: not refused at the queue, and not held back at the checkout either, because a payment the checkout cannot hand over is a customer staring at a spinner while more customers arrive behind them. Customers will wait a little, but not long: the slowest 1% must still be settled within a second.',
  start: {
    name: 'Payments',
    workload: { pattern: { kind: 'steady', ratePerSec: 65 } },
    queue: { capacity: 20, whenFull: 'reject' },
  },
  knobs: ['queue.capacity', 'queue.whenFull', 'consumers.count', 'feedback'],
  goals: [
    { metric: 'dropped', compare: 'at-most', value: 0 },
    { metric: 'heldBack', compare: 'at-most', value: 0 },
    { metric: 'latencyP99', compare: 'below', value: 1000 },
  ],
  durationSec: 60,
  hints: [
    'When the queue is full there are three ways not to refuse a payment: make the checkout wait, tell it to slow down, or settle faster. Try each, and read what the check says was held back.',
    'Making the checkout wait loses nothing inside the processor, but 65 payments arrive each second and one worker settles 50: the other 15 pile up at the checkout, every second, for as long as the rush lasts. A bigger queue only makes each payment wait longer.',
    'Set “Consumers” to 2: two workers settle about 100 a second, so the queue rarely fills, nothing is refused and the checkout never waits.',
  ],
  solution: { consumers: { count: 2 } },
  prediction: {
    question:
      'Before you check: with your settings, how many payments will the checkout be held back from in the minute?',
    unit: 'payments',
    measure: { metric: 'heldBack' },
  },
  wrongAnswers: [
    {
      settings: { queue: { capacity: 20 }, feedback: { kind: 'watermark', highWatermark: 30 } },
      note: 'The slow-down signal is sent only when more payments wait than its “Slow down above” mark, 30 unless you change it, and this queue holds only 20: the signal never fires and payments are still turned away. And when it does fire, slowing the checkout holds payments back just as blocking does.',
    },
    {
      settings: { queue: { capacity: 200, whenFull: 'reject' } },
      note: 'A bigger queue only postpones the refusals: 65 payments arrive and 50 leave each second, so 200 slots fill in about 13 s, and then payments are turned away again, after waiting longer. A buffer cannot make up for missing capacity.',
    },
    {
      settings: { queue: { capacity: 100, whenFull: 'block' }, consumers: { count: 1 } },
      note: 'Nothing is refused, but a payment that gets in now waits behind up to 100 others, about two seconds at 50 a second, so the slowest 1% miss the one-second limit; and the checkout is still held back, as with any blocking queue here. A buffer trades loss for delay; it does not settle payments faster.',
    },
    {
      settings: { queue: { whenFull: 'block' }, consumers: { count: 1 } },
      note: 'Blocking loses nothing inside the processor and keeps the queue short, so it looks free: but over the minute the checkout is stalled 21% to 28% of the time, depending on the seed, and the payments it could not hand over, 820 to 1,076 of them, are held back. They are customers waiting at the checkout, more every second, because one worker settles 50 a second and 65 keep coming. Blocking is right for a short surge; for a rush that lasts, only more capacity helps.',
    },
    {
      settings: { feedback: { kind: 'credit' }, consumers: { count: 1 } },
      note: 'A credit window never lets more than a few payments be outstanding, so nothing is refused and the queue stays short; but when the credit runs out the checkout waits, just as with blocking, and 830 to 1,077 payments are held back in the minute, depending on the seed. Pushing back cannot settle more than one worker can: 15 payments a second still have nowhere to go.',
    },
  ],
  explanation:
    'Blocking pushes the wait back to the producer, and for a short surge that is the right answer: the checkout pauses for a moment and catches up once the surge has passed. Here the rush does not pass: 65 payments arrive and one worker settles 50 each second, so a blocked checkout holds back about 15 a second: 800 to 1,100 in the minute on the seeds the check runs, roughly a quarter of the customers. The simulation simply does not send them, so they are not counted as lost, and the payments that did get in are settled quickly; in a real shop they are customers at a spinner, waiting longer every second, or giving up. That is why the check counts what was held back. A credit window and a slow-down signal hold back in the same way, more gently, and a bigger queue with blocking also makes each payment that gets in wait longer. Only a second worker removes the overload, because it adds capacity: it costs a server, but the queue rarely fills, the checkout never waits, and the p99 latency drops to about 150 ms. Backpressure decides where the waiting happens; it never creates capacity, so under an overload that lasts it only moves the pile upstream.',
};

const retryStorm: ExerciseFile = {
  id: 'retry-storm',
  title: 'The retry storm',
  story:
    'Clients send 30 requests a second to a service that handles 50, with a queue of 30. At 10 s a marketing email goes out and for one second the rate jumps to 300. The clients were written to retry a refused request after 50 ms, up to 10 times.\n\nRun it: right after the spike the service is hammered by over 2,000 retries in five seconds, more attempts than there were requests, and still about 200 requests are given up, half a second after they were first refused. Make the clients retry politely, and lose nothing.',
  start: {
    name: 'The retry storm',
    workload: {
      pattern: {
        kind: 'step',
        baseRatePerSec: 30,
        stepRatePerSec: 300,
        atMs: 10_000,
        durationMs: 1000,
      },
    },
    queue: { capacity: 30, whenFull: 'reject' },
    retry: { kind: 'fixed', delayMs: 50, maxAttempts: 10 },
  },
  knobs: ['retry'],
  goals: [
    { metric: 'dropped', compare: 'at-most', value: 0 },
    {
      metric: 'retries',
      compare: 'at-most',
      value: 1500,
      window: { fromSec: 10, toSec: 15, label: 'in the five seconds from the spike' },
    },
    { metric: 'latencyMax', compare: 'at-most', value: 30_000 },
  ],
  durationSec: 60,
  hints: [
    'After the spike the queue needs about 15 s to drain. A client that tries twenty times a second, and gives up after half a second, is both too pushy and too impatient.',
    'Wait longer between attempts, and longer again after each failure, and allow enough attempts to outlast the backlog. Add randomness so refused clients do not all come back at the same instant.',
    'Choose exponential retries: 500 ms base, multiplier 2, at most 4 s between attempts, 25 attempts, with jitter.',
  ],
  solution: {
    retry: {
      kind: 'exponential',
      baseDelayMs: 500,
      multiplier: 2,
      maxDelayMs: 4000,
      jitter: true,
      maxAttempts: 25,
    },
  },
  explanation:
    'Fast retries turn one spike into a storm: every refused request comes back many times a second, so the service sees several times the real load at exactly the moment it has no room, and clients still give up long before the backlog clears. Exponential backoff makes each client wait longer after each failure, so the retry load fades as the backlog drains; the cap on the delay keeps a client from sleeping through the recovery, and enough attempts let everyone outlast it. Jitter spreads the retries of requests refused together, so they do not return together as a second spike (turn it off and watch the latency of the retried requests grow). A fixed delay of a second passes too, but only with many more attempts (25 do, the ten you start with do not), enough to wait out the whole spike one slow try at a time; exponential backoff is what works when you do not know in advance how long the trouble lasts.',
};

const feedbackDelay: ExerciseFile = {
  id: 'feedback-delay',
  title: 'A signal that arrives too late',
  story:
    'A fleet of sensors sends readings at up to 60 a second to an ingest service that handles 50. When more than 60 readings wait, the service tells the sensors to halve their rate, and when fewer than 30 wait, to speed up again. It checks ten times a second. But the signal takes a full second to reach the sensors.\n\nRun it and watch the producer rate and the depth. The queue swings between nearly full and empty, the service sits idle a quarter of the time, and on some runs readings are lost as well. Tune the controller, not the network: the delay stays.',
  start: {
    name: 'A signal that arrives too late',
    workload: { pattern: { kind: 'steady', ratePerSec: 60 } },
    queue: { capacity: 100, whenFull: 'reject' },
    feedback: {
      kind: 'watermark',
      highWatermark: 60,
      lowWatermark: 30,
      delayMs: 1000,
      intervalMs: 100,
      decreaseFactor: 0.5,
      increasePerSec: 5,
      minRatePerSec: 5,
    },
  },
  knobs: [
    'feedback.highWatermark',
    'feedback.lowWatermark',
    'feedback.intervalMs',
    'feedback.decreaseFactor',
    'feedback.increasePerSec',
  ],
  goals: [
    { metric: 'dropped', compare: 'at-most', value: 0 },
    { metric: 'utilization', compare: 'at-least', value: 0.85 },
    { metric: 'latencyP99', compare: 'below', value: 2500 },
  ],
  durationSec: 90,
  hints: [
    'Count the signals in flight: the service says "halve your rate" ten times a second, and each takes a second to land. By the time the first one arrives, nine more are on their way.',
    'Do not signal faster than the signal travels, react more gently to each one, and start slowing down earlier, so that what arrives during the delay still fits in the queue.',
    'Check once a second (“Check every” 1,000 ms), cut by 10% (“Slow-down factor” 0.9×), speed up by 20 a second (“Speed-up step”), slow down above 20 and speed up below 10.',
  ],
  solution: {
    feedback: {
      kind: 'watermark',
      intervalMs: 1000,
      decreaseFactor: 0.9,
      increasePerSec: 20,
      highWatermark: 20,
      lowWatermark: 10,
    },
  },
  wrongAnswers: [
    {
      settings: { feedback: { intervalMs: 100, decreaseFactor: 0.9 } },
      note: 'A gentler cut helps, but the service still says “slow down” ten times a second while each signal takes a second to arrive: ten gentle cuts in flight still add up to a deep one, and the service idles. Signal about once per delay too.',
    },
    {
      settings: { feedback: { intervalMs: 100, highWatermark: 20, lowWatermark: 10 } },
      note: 'Lower marks leave more room in the queue, but a signal ten times a second that halves the rate each time still collapses it after every warning, so the service sits idle. Slow the controller down before you move the marks.',
    },
  ],
  explanation:
    'A controller that acts faster than its feedback can reach it over-reacts. Ten "slow down" signals in flight compound into a rate cut to a thousandth, the queue empties and the service idles; then the cautious speed-ups take seconds to restore the rate, the queue overflows before the next cut lands, and the cycle repeats. This is the classic delayed-feedback oscillation. Signalling about once per delay lets each correction take effect before the next is decided, a gentle cut avoids overshooting the other way, and a low high-watermark leaves room in the queue for everything that arrives while the signal is still travelling. TCP’s congestion control follows the same rule: adjust about once per round trip.',
};

const orderedScaleOut: ExerciseFile = {
  id: 'ordered-scale-out',
  title: 'Scale out, keep the order',
  story:
    'An order service processes events for 12 customers: created, paid, shipped. 90 events arrive a second and one worker handles 50, so the queue overflows and events are lost.\n\nThe obvious fix is more workers. But the events of one customer must be handled in the order they happened: shipping an order before it is paid is a bug. Add capacity without breaking that.',
  start: {
    name: 'Scale out, keep the order',
    workload: { pattern: { kind: 'steady', ratePerSec: 90 }, keyCount: 12 },
    queue: { capacity: 100, whenFull: 'reject' },
    consumers: { count: 1, ordering: 'none' },
  },
  knobs: ['consumers.count', 'consumers.ordering'],
  goals: [
    { metric: 'dropped', compare: 'at-most', value: 0 },
    { metric: 'outOfOrder', compare: 'at-most', value: 0 },
    { metric: 'latencyP99', compare: 'below', value: 500 },
  ],
  durationSec: 60,
  hints: [
    'Try three workers first and look at the out-of-order count. Two workers can each take an event of the same customer, and the later one may finish first.',
    'Keep each customer on one worker, the way Kafka keeps each key on one partition: ordering per key.',
    'Set “Ordering” to “One worker per key” and “Consumers” to 3. With only two workers each handles 45 a second of its 50, and the latency goal shows what running that close to the limit costs.',
  ],
  solution: { consumers: { count: 3, ordering: 'per-key' } },
  wrongAnswers: [
    {
      settings: { consumers: { count: 3, ordering: 'none' } },
      note: 'Three workers keep up, but two events of one customer can now be handled at once, and the later one sometimes finishes first: shipped before paid. Keep each customer on one worker: “One worker per key”.',
    },
    {
      settings: { consumers: { count: 2, ordering: 'per-key' } },
      note: 'Order holds, but each worker owns six customers, 45 events a second of the 50 it can handle. At 90% busy the queue runs deep in every unlucky stretch and the slowest 1% wait too long. One more worker gives the headroom.',
    },
  ],
  explanation:
    'Parallel workers break order whenever two events of one key are in flight at once. Routing by key (hash the key to a worker, as Kafka does with partitions) keeps each key sequential while different keys run in parallel, so order holds where it matters and capacity grows with the workers. The price is balance: a worker owns a fixed share of the keys, so a busy key cannot borrow an idle worker, and capacity only helps up to the number of keys. With 12 customers on 3 workers each worker sees about 30 events a second; a thirteenth worker would own no customer at all and sit idle.',
};

const rateLimit: ExerciseFile = {
  id: 'rate-limit',
  title: 'A rate limit that lets people through',
  story:
    'A public API answers about 40 requests a second from its users, who click in clumps, as people do. One server handles 100 a second, with a queue of 1,000. At 20 s a misconfigured script starts sending 600 requests a second, for 10 seconds.\n\nSomeone has already put a rate limit at the door: 150 requests a second, with no allowance for bursts. Run it: ordinary users are turned away long before the flood, and when it comes the queue backs up and everyone waits seconds. Tune the limit so that it stops the flood but never turns away the ordinary users before it.',
  start: {
    name: 'A rate limit that lets people through',
    workload: {
      pattern: {
        kind: 'step',
        baseRatePerSec: 40,
        stepRatePerSec: 600,
        atMs: 20_000,
        durationMs: 10_000,
      },
    },
    queue: { capacity: 1000, whenFull: 'reject' },
    consumers: { count: 1, service: { kind: 'exponential', meanMs: 10 } },
    rateLimit: { ratePerSec: 150, burst: 1 },
  },
  knobs: ['rateLimit'],
  goals: [
    {
      metric: 'dropped',
      compare: 'at-most',
      value: 0,
      window: { fromSec: 0, toSec: 20, label: 'before the flood' },
    },
    { metric: 'latencyP99', compare: 'below', value: 500 },
    {
      metric: 'throughput',
      compare: 'at-least',
      value: 50,
      window: { fromSec: 20, toSec: 30, label: 'during the flood' },
    },
  ],
  durationSec: 45,
  hints: [
    'A limit like nginx’s limit_req has two numbers: the rate it lets through on average, and the burst, how many it lets in ahead of that rate (each waiting its turn) before it refuses any. The flood is a matter of rate; the users’ clumps are a matter of burst.',
    'Pick a “Rate” comfortably above the users’ 40 a second but well below the server’s 100, and a “Burst” big enough for a clump of clicks.',
    'Set the “Rate” to 70 a second and the “Burst” to 20. Either change alone is not enough: the rate stops the flood, the burst lets the clumps of clicks through.',
  ],
  solution: { rateLimit: { ratePerSec: 70, burst: 20 } },
  prediction: {
    question:
      'Before you check: during the flood, what share of the ordinary users’ requests will your limit turn away?',
    unit: '%',
    // One bucket for everyone: the share it turns away of all requests is the users' share too.
    measure: {
      metric: 'droppedFraction',
      reason: 'rate-limited',
      window: { fromSec: 20, toSec: 30, label: 'during the flood' },
    },
  },
  wrongAnswers: [
    {
      settings: { rateLimit: { ratePerSec: 70, burst: 1 } },
      note: 'The rate is right and the flood is stopped, but a burst of one refuses every request that comes within a seventieth of a second of the one before, and people clicking at random do that all the time: hundreds of ordinary requests are turned away. Raise the “Burst” too.',
    },
    {
      settings: { rateLimit: { ratePerSec: 150, burst: 20 } },
      note: 'The burst now lets the clumps of clicks through, but 150 a second is more than the server’s 100: during the flood the limit lets in more than can be served, the queue backs up, and everyone waits seconds. Bring the “Rate” below what the server can do.',
    },
    {
      settings: { rateLimit: null },
      note: 'With no limit the flood goes straight into the queue of 1,000, which fills, and for the rest of the run everyone waits about ten seconds. Refusing the excess at the door is cheaper for everyone; tune the limit instead of removing it.',
    },
  ],
  explanation:
    'Rate limiting at the door protects everything behind it: refusing the excess at once is cheap, while queueing it makes every user wait for the flood to be served. The bucket’s rate must sit between the legitimate load and what the service can handle, so there is room for normal traffic and the queue still drains during an attack; at 150 a second the limit let in more than the server can do. Its burst absorbs the natural clumping of real traffic: requests arriving at random come in clusters far above their average rate for a moment, and a burst of one refuses every request that arrives too soon after the one before. A request let in on the burst waits its turn at the rate, a fraction of a second here, unless nodelay passes it on at once.\n\nBe honest about what one shared bucket buys. It cannot tell the script from the people, so during the flood it admits 70 requests a second out of 640, and about nine in ten of the people’s requests are refused along with the script’s. What it protects is the service: the queue never backs up, whoever gets in is answered quickly, and everyone is served normally the moment the flood stops. A limit per client (one bucket per API key or address, as public APIs usually have) would refuse only the script, with 429 Too Many Requests, and let the people’s 40 a second through untouched. This playground models one bucket for everyone.',
};

const kafkaRetention: ExerciseFile = {
  id: 'kafka-retention',
  title: 'Lag meets retention',
  story:
    'A Kafka topic with 12 partitions receives 160 records a second. A consumer group of 3 reads it, each consumer owning whole partitions and needing 25 ms per record, so together they manage about 120 a second. The topic keeps records for 5 seconds.\n\nRun it: the lag grows, and once the oldest unread records are 5 s old, retention deletes them before anyone reads them. The producers never notice. Stop the silent loss.',
  start: {
    name: 'Lag meets retention',
    workload: { pattern: { kind: 'steady', ratePerSec: 160 }, keyCount: 12 },
    queue: { capacity: null, memoryBudgetBytes: null, maxAgeMs: 5000 },
    consumers: {
      count: 3,
      ordering: 'per-key',
      service: { kind: 'exponential', meanMs: 25 },
    },
  },
  knobs: ['consumers.count', 'consumers.ordering', 'queue.maxAgeMs'],
  goals: [
    { metric: 'dropped', reason: 'expired', compare: 'at-most', value: 0 },
    { metric: 'latencyP99', compare: 'below', value: 1000 },
    { metric: 'outOfOrder', compare: 'at-most', value: 0 },
  ],
  durationSec: 60,
  hints: [
    'Longer retention only hides the problem: the lag keeps growing, just for longer. Try it and look at the latency.',
    'The group needs more consumers, but each consumer owns whole partitions. For each size of group, how many partitions does the busiest consumer own, and how many records a second is that?',
    'Set “Consumers” to 6: no consumer owns more than two partitions, about 27 records a second of the 40 it can handle. Four or five fail: some consumers still own three partitions, 40 a second, exactly their limit.',
  ],
  solution: { consumers: { count: 6 } },
  prediction: {
    question:
      'Before you check: with your group, how many records will retention delete unread in the minute?',
    unit: 'records',
    measure: { metric: 'dropped', reason: 'expired' },
  },
  wrongAnswers: [
    {
      settings: { consumers: { count: 5 } },
      note: 'Five consumers can handle 200 records a second between them, more than the 160 that arrive, but partitions do not split: two of the five own three partitions each, 40 records a second, exactly what one consumer can do. Those two fall behind as the whole group did. Look at the busiest consumer, not the total.',
    },
    {
      settings: { consumers: { count: 4 } },
      note: 'Four consumers own three partitions each: 40 records a second, exactly what one consumer can do. Running at 100% busy, their lag still wanders upward. Here no consumer may own three partitions.',
    },
    {
      settings: { queue: { maxAgeMs: 60_000 } },
      note: 'Longer retention stops the deletions, but the lag keeps growing: records are now read more than 15 seconds late instead of deleted. The loss is hidden as delay, not fixed.',
    },
    {
      settings: { consumers: { ordering: 'none' } },
      note: 'Without ordering by key any consumer may take any record, so the load spreads evenly, but the records of one partition are now handled out of order. A Kafka consumer group cannot do this: each partition is read by one consumer.',
    },
  ],
  explanation:
    'A log does not push back: producers write at full speed whatever the consumers do, and the only signal of trouble is the lag. When the lag outgrows retention, records are deleted unread and nobody is told. The fix is consumer capacity, and in Kafka capacity comes in partitions: a consumer owns whole partitions, so what matters is the busiest consumer’s share, not the group’s total. Each partition brings about 13 records a second and a consumer handles 40, so no consumer may own three partitions (40 a second, exactly its limit). With 4 or 5 consumers some own three; with 6 to 11 the busiest owns two (about 27 a second); with 12 each owns one, and past 12 the extra consumers own nothing and sit idle. So 6, 7, 9 or 13 all work, not only the sizes that divide 12; 6 is the smallest. Turning off per-key ordering would also spread the load, but breaks the order of each partition’s records, which is why Kafka does not allow it.',
};

const bringItBack: ExerciseFile = {
  id: 'bring-it-back',
  title: 'Bring it back',
  story:
    'Clients send 140 requests a second to four workers that handle about 200. Each client waits 300 ms for an answer and, if none comes, asks again at once, up to five times. At 5 s the workers stall for one second.\n\nRun it: the outage is long over by 6 s, the load is what it always was, and yet almost nothing gets through to the end. The queue is full of requests nobody waits for any more, the workers spend their time on them, and every new request times out behind them and adds its retries. Bring it back within seconds, without adding a worker.',
  start: { name: 'Bring it back', ...METASTABLE_BASE },
  knobs: ['requester', 'retry', 'queue.discipline'],
  goals: [
    {
      metric: 'goodput',
      compare: 'at-least',
      value: 120,
      window: { fromSec: 10, toSec: 30, label: 'from 5 s after the outage to the end' },
    },
  ],
  durationSec: 30,
  hints: [
    'The load alone is 70% of what the workers can do. What keeps them busy after the outage is work for requesters who have given up, and the retries those requesters send.',
    'Limit the retries when many fail (a retry budget or a circuit breaker), or stop the workers from serving requests nobody waits for (serve the newest first, shed what waited too long, or let the deadline travel with the request).',
    'Tick “Retry budget”, with “Tokens per request” at 0.1 and “Most tokens” at 10: retries may then be at most about one request in ten.',
  ],
  solution: { requester: { retryBudget: { tokensPerRequest: 0.1, maxTokens: 10 } } },
  wrongAnswers: [
    {
      settings: {
        retry: {
          kind: 'exponential',
          baseDelayMs: 100,
          multiplier: 2,
          maxDelayMs: 2000,
          jitter: true,
          maxAttempts: 5,
        },
      },
      note: 'Backoff with jitter spreads the retries out, but with waits this short (2 s at most) they come back into the same backlog: every request still makes all its tries and every try is still processed, so the work stays several times the load and the queue never drains. Limit how many retries there are, or stop working on requests nobody waits for.',
    },
  ],
  explanation:
    'This is a metastable failure: the trigger is gone but the system stays in its bad state, because the bad state feeds itself. Once waits pass the 300 ms timeout, every request is tried several times and every try is processed, needed or not, so the work is several times the load. Any remedy that breaks that loop brings it back. A retry budget lets retries be at most about a tenth of the requests, so the work can never grow far beyond the load; a circuit breaker stops sending for a while and lets the queue drain. Serving the newest first under a backlog (adaptive LIFO) answers requests whose clients still wait and leaves the abandoned ones for later; CoDel sheds what waited too long; deadline propagation throws away a request as soon as its client gives up. Backoff with jitter alone does not break the loop: each request still makes all its tries and each is still processed. It only delays the retries, which is enough if the waits are long (the first spread over some 15 s, so the retries return slower than the workers have room for, and the backlog drains first), and not with waits of a second or two, or after a longer outage.',
};

/** A pipeline's stage for the bound exercise: one resizer, about 16 ms an upload. */
const resizer = (capacity: number) => ({
  name: 'resizer',
  queue: { capacity },
  consumers: { service: { kind: 'exponential' as const, meanMs: 16 } },
});

const whereTheBound: ExerciseFile = {
  id: 'where-the-bound',
  title: 'Where do you put the bound?',
  story:
    'Photos arrive at an upload service at 80 a second. Stage 1 checks each in about 12 ms, then hands it to stage 2, a resizer that takes about 16 ms: about 62 a second, the slowest stage. There is memory for 60 waiting uploads in all, and today 59 of them wait at the door, in front of stage 1, and 1 in front of the resizer. When stage 1’s queue is full, new uploads are turned away; when the resizer’s queue is full, stage 1 holds the upload it finished and waits.\n\nRun it and watch the depth chart, one line per stage. The service turns away more than it needs to: the resizer keeps stopping for want of work. Move the same 60 places to where they do the most good.',
  start: {
    name: 'Where do you put the bound?',
    workload: { pattern: { kind: 'steady', ratePerSec: 80 } },
    queue: { capacity: 59, whenFull: 'reject' },
    consumers: { service: { kind: 'exponential', meanMs: 12 } },
    downstream: [resizer(1)],
  },
  knobs: ['queue.capacity', 'downstream.0.queue.capacity'],
  goals: [
    { metric: 'throughput', compare: 'at-least', value: 55 },
    { metric: 'latencyP99', compare: 'below', value: 1500 },
  ],
  durationSec: 60,
  hints: [
    'Look at the resizer’s line on the depth chart. With one place in front of it, every time stage 1 takes a little longer than usual, the resizer finishes its upload and has nothing to do, and that lost time never comes back.',
    'The slowest stage sets the pace of the whole chain, so it must never wait for work: give it a queue of its own. But stage 1 needs some room too, or uploads that arrive while it is busy are turned away before anyone looks at them.',
    'Keep 60 in all: “Stage 1 queue capacity” at 30 and “Stage 2 queue capacity” at 30 works, and so does 10 and 50.',
  ],
  solution: { queue: { capacity: 30 }, downstream: [resizer(30)] },
  budget: {
    total: 60,
    unit: 'places',
    parts: [
      { knob: 'queue.capacity', label: 'stage 1' },
      { knob: 'downstream.0.queue.capacity', label: 'stage 2' },
    ],
  },
  prediction: {
    question: 'Before you check: of the 80 uploads a second, how many will get through?',
    unit: 'uploads/s',
    measure: { metric: 'throughput' },
  },
  wrongAnswers: [
    {
      settings: { queue: { capacity: 1 }, downstream: [resizer(59)] },
      note: 'All 60 in front of the resizer keeps it busy only while stage 1 can feed it, and with 1 place at the door, stage 1 turns away every upload that arrives while it is busy: about a third of them, more than the resizer’s queue ever needed. The slowest stage needs most of the buffer, but not all of it: the door needs room for the arrivals’ clumps.',
    },
    {
      settings: { queue: { capacity: 60 }, downstream: [resizer(60)] },
      note: 'Giving each stage 60 makes 120 places in all, twice the memory there is, so the check refuses it unrun. More room would not help anyway: with more coming than the resizer can do, every queue in the chain fills, and a full queue is only waiting. 120 places would mean more than two seconds from upload to done for the slowest uploads, with no more uploads through than 60 well-placed places give. The size of the bound sets the latency; where it sits sets the throughput.',
    },
  ],
  explanation:
    'In a chain, the slowest stage decides how much gets through, and any moment it waits for work is lost for good. With one place in front of it, the resizer waits whenever stage 1 has a slow upload, and stage 1 in turn waits, holding a finished upload, whenever the resizer is slow: each stage’s bad luck stops the other. A queue between them takes up both: stage 1 can run ahead, and the resizer can draw from it. So the buffer belongs mostly in front of the slowest stage, with enough at the door for the arrivals’ clumps. How much buffer there is in all matters for something else: when more arrives than the chain can do, every queue is full, and each place adds about one slowest-stage service time to every upload’s wait. Placing the bound well costs nothing; making it bigger costs latency.',
};

/** The built-in pack, as a pack file; parse it with parsePack (see loadBuiltInPack). */
export const BUILT_IN_PACK: PackFile = {
  format: PACK_FORMAT,
  version: PACK_VERSION,
  id: 'backpressure-basics',
  title: 'Backpressure basics',
  description:
    'Eleven short exercises on what happens when work arrives faster than it can be done, and what to do about it: bound, block, conflate, drop, scale out, retry, limit, signal, bring back a system that does not heal, and place the bound in a chain of stages.',
  exercises: [
    // The order "Next" follows, and the guide's plans (docs/workshop.md): the three ways something
    // gives first (headroom, a bound, lose nothing), then choosing what to lose, then the harder ones.
    // Payments comes before the leaderboard: it shows blocking holding back customers who can wait
    // only a little, and the leaderboard a producer that cannot wait at all.
    tippingPoint,
    outOfMemory,
    payments,
    liveLeaderboard,
    orderedScaleOut,
    retryStorm,
    rateLimit,
    feedbackDelay,
    kafkaRetention,
    bringItBack,
    whereTheBound,
  ],
};
