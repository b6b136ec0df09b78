/** The explanation panel's words for each strategy: what it does, when it fits, what it costs, who uses it. */
import type { StrategyId } from './strategies.ts';

export interface Explanation {
  what: string;
  fits: string;
  costs: string;
  usedBy: string;
}

export const EXPLANATIONS: Record<StrategyId, Explanation> = {
  none: {
    what: 'Every message is accepted and waits in a queue with no limit. Nothing tells the producer that the consumers are behind.',
    fits: 'Short, rare bursts that the consumers are sure to work off before memory gets tight, or a buffer on disk large enough to wait out a slow spell.',
    costs:
      'Under sustained overload the queue and the waiting time grow without end. Each new message waits behind all the others, so latency climbs steadily, and when the process runs out of memory it crashes and loses everything it held.',
    usedBy:
      'Java’s Executors.newFixedThreadPool (its LinkedBlockingQueue has no practical bound), Akka’s default unbounded mailbox, a Node.js stream whose write() return value is ignored, and any list that a loop appends to faster than it drains it.',
  },
  block: {
    what: 'The queue has a fixed size. When it is full, the producer stops at the door holding its next message until a consumer takes one out.',
    fits: 'Producer and consumer in the same program or pipeline, where the producer can afford to wait and no message may be lost: file processing, batch jobs, stages of a stream.',
    costs:
      'Nothing that enters the queue is lost and the wait in it stays bounded, but the delay moves upstream: the producer runs only as fast as the slowest consumer, and whatever feeds the producer now waits too. What it wanted to send meanwhile (counted as held back) waits there, or is lost there, out of sight. A blocked thread or connection is a resource held while doing nothing.',
    usedBy:
      'Go’s buffered channels, Java’s ArrayBlockingQueue.put, Python’s queue.Queue(maxsize).put, Unix pipes (a write waits when the pipe buffer is full), and actor mailboxes configured to block.',
  },
  'slow-down': {
    what: 'The consumers watch the queue. Above the high-water mark they send “slow down” and the producer cuts its rate by a factor; below the low-water mark they send “speed up” and the rate climbs back step by step. In pause mode the producer instead stops at the high-water mark and goes on at full speed at the low one.',
    fits: 'Producers that can change their pace, such as readers of a file or a socket, and links where a little overshoot is harmless.',
    costs:
      'The signal takes time to arrive, so the queue overshoots the mark; the producer’s rate saws up and down and the consumers sit idle after each cut. Tuning the marks, the delay and the factors matters.',
    usedBy:
      'Pausing: Node.js streams (write() returns false past highWaterMark, then “drain”), Netty’s channel writability water marks and XON/XOFF on serial lines, as in the Node.js stream preset. Cutting the rate: TCP’s congestion control, which cuts by a factor and climbs back in steps.',
  },
  credit: {
    what: 'The producer holds a number of credits. Sending a message spends one; each processed message gives one back after a short delay. With no credit left, the producer waits.',
    fits: 'Links between services or machines where the receiver must never be flooded: network protocols, streaming between services, consumers of a message broker.',
    costs:
      'Nothing sent is lost and the queue can never hold more than the window; what the producer could not send for want of credit is held back upstream (the held-back count), where it waits or is lost. A window that is too small leaves consumers idle while credits travel back; one that is too large brings the long queue back.',
    usedBy:
      'TCP’s receive window, HTTP/2 and gRPC flow control, Reactive Streams’ request(n) (RxJava, Project Reactor, Akka Streams), and RabbitMQ’s consumer prefetch.',
  },
  'drop-oldest': {
    what: 'The queue has a fixed size. When a new message arrives to a full queue, the one at the front (the oldest) is thrown away to make room.',
    fits: 'Data whose value fades with age: sensor readings, positions, video frames, log tails, where the newest value matters most.',
    costs:
      'The producer never waits and latency stays bounded, but messages are lost steadily under overload, and they are the ones that had already waited and used memory.',
    usedBy:
      'Ring buffers such as the kernel log, Akka Streams’ OverflowStrategy.dropHead, RxJava’s onBackpressureBuffer with DROP_OLDEST, and Kotlin channels with BufferOverflow.DROP_OLDEST.',
  },
  'drop-youngest': {
    what: 'When a new message arrives to a full queue, the message at the back (the one that arrived last) is thrown away and the newcomer takes its place.',
    fits: 'Cases where the messages at the front must be kept in order and what happens at the back matters less.',
    costs:
      'The queue stays full, so every delivered message waits as long as the capacity allows, while the back of the line keeps being replaced.',
    usedBy: 'Akka Streams’ OverflowStrategy.dropTail.',
  },
  'drop-all': {
    what: 'When a new message arrives to a full queue, every waiting message is thrown away and the newcomer starts a fresh queue.',
    fits: 'Systems that are better off restarting from now than catching up on a backlog, such as live dashboards or games resynchronising state.',
    costs:
      'It is simple and cheap, but losses come in large bursts, and the depth draws a sawtooth.',
    usedBy:
      'Akka Streams’ OverflowStrategy.dropBuffer, and many hand-written buffers that clear themselves when full.',
  },
  'drop-lowest-priority': {
    what: 'Messages carry a priority. When the queue is full, the lowest-priority message waiting is thrown away; a newcomer less important than everything waiting is the one dropped.',
    fits: 'Mixed traffic where some work matters much more than the rest: paid users over free, user requests over background jobs, alerts over metrics.',
    costs:
      'High-priority messages almost always get through, but low-priority ones can starve entirely under sustained overload, and someone has to decide what matters.',
    usedBy:
      'Load shedding by request criticality, as described in Google’s SRE book, network queues that drop lower traffic classes first (DiffServ), and priority-aware job queues.',
  },
  'latest-per-key': {
    what: 'Each message carries a key (a player, a stock symbol, a sensor). A new message replaces the one still waiting with the same key, in its place in the line, so at most one message per key ever waits.',
    fits: 'State updates where only the latest value matters: prices, scores, positions, UI state.',
    costs:
      'The queue is bounded by the number of keys and every delivered value is fresh, but the superseded values are gone, which is only right when old values are worthless.',
    usedBy:
      'Market data feeds that conflate quotes, Kotlin’s conflate() and StateFlow, RxJava’s onBackpressureLatest (for a single key), and UI frameworks that render only the latest state.',
  },
  'drop-incoming': {
    what: 'The queue has a fixed size and a full queue refuses the newcomer. The producer is told and may try again after a wait that grows with each attempt, with some randomness (jitter) so retries do not arrive together.',
    fits: 'Services answering clients over a network: refusing fast keeps the server healthy, and the client decides whether the request is worth another try.',
    costs:
      'The server stays healthy and latency bounded, but retries add to a load that was already too high, so offers exceed production. Retries that come back together, without jitter or a cap on attempts, can keep a system down after the overload has passed: the metastable-retry-storm preset shows it, and after a crash the retry-waves presets show retries without jitter arriving in waves that full jitter flattens.',
    usedBy:
      'HTTP 429 and 503 with Retry-After, the AWS SDKs’ exponential backoff with full jitter, thread pools with an abort policy (RejectedExecutionException), and actor mailboxes that send overflow to dead letters.',
  },
  'add-consumers': {
    what: 'An autoscaler looks at the queue now and then. When it is deep it adds a worker, which needs a while to start; when it is nearly empty it removes one.',
    fits: 'Work that can be spread over more machines and overload that lasts longer than a worker takes to start.',
    costs:
      'Scaling takes time (the look interval, the pause between changes, the cold start), so a sudden surge still piles up or is turned away first. The extra workers cost money, and there is always a maximum: past it, another strategy has to take over.',
    usedBy:
      'Kubernetes’ Horizontal Pod Autoscaler and KEDA scaling on queue length, AWS Lambda reading from SQS, and cloud autoscaling groups driven by queue depth.',
  },
};
