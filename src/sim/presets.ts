/**
 * Named starting points: one scenario per backpressure strategy, and a few real systems.
 *
 * Each preset is a scenario *input*, so it names only what makes it what it is and the schema's
 * defaults fill in the rest. Numbers are chosen so that each preset shows its signature within
 * 30 simulated seconds. Unless a preset says otherwise, one consumer with a mean service time of
 * 20 ms can process about 50 messages/s, and the strategy presets offer 120–150% of that.
 */
import { formatProblems, parseScenario } from './parseScenario.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';

export interface Preset {
  /** Stable kebab-case name, used in links and by `npm run sim -- --preset`. */
  id: string;
  title: string;
  /** One or two sentences: what happens, and what it costs. */
  summary: string;
  category: 'strategy' | 'system';
  scenario: ScenarioInput;
}

const DURATION_SEC = 30;

/** Builds a preset whose scenario carries the title as its name and a 30 s run. */
function preset(
  id: string,
  category: Preset['category'],
  title: string,
  summary: string,
  scenario: ScenarioInput,
): Preset {
  return {
    id,
    title,
    summary,
    category,
    scenario: { name: title, durationSec: DURATION_SEC, ...scenario },
  };
}

/** Shorthand for the usual overload: a steady producer at `ratePerSec`. */
const steady = (ratePerSec: number) => ({ pattern: { kind: 'steady' as const, ratePerSec } });

const STRATEGIES: Preset[] = [
  preset(
    'no-backpressure',
    'strategy',
    'No backpressure',
    'The queue takes everything, so it and the latency grow without limit until the buffered bytes pass the memory budget after about 10 s; the process dies, every buffered message is lost, and after a 3 s restart the same thing happens again.',
    {
      workload: { ...steady(70), sizeBytes: { min: 2048, max: 8192 } },
      queue: { capacity: null, memoryBudgetBytes: 1_000_000, restartDelayMs: 3000 },
    },
  ),
  preset(
    'block',
    'strategy',
    'Block the producer',
    'When the 20 waiting slots are full the producer stops and waits, so nothing is lost and latency stays bounded; the cost is a producer that is stalled about a fifth of the time, pushing the wait upstream.',
    { workload: steady(65), queue: { capacity: 20, whenFull: 'block' } },
  ),
  preset(
    'slow-down-signal',
    'strategy',
    'Slow-down signal (watermarks)',
    'Above 30 waiting the consumer tells the producer to slow down, below 10 to speed up, and the producer’s rate saws up and down. Almost nothing is lost, but each signal arrives 200 ms late, so the queue overshoots the watermark, and after each cut the consumer sits idle for a while (busy only about 85% of the time).',
    {
      workload: steady(75),
      queue: { capacity: 50, whenFull: 'reject' },
      feedback: {
        kind: 'watermark',
        highWatermark: 30,
        lowWatermark: 10,
        delayMs: 200,
        decreaseFactor: 0.7,
        increasePerSec: 20,
      },
    },
  ),
  preset(
    'credit-window',
    'strategy',
    'Credit window',
    'The producer may have at most 10 messages outstanding and gets a credit back 50 ms after each is processed, so the queue can never fill and nothing is lost; the producer simply waits for credit whenever it would go faster.',
    {
      workload: steady(75),
      queue: { capacity: 50 },
      feedback: { kind: 'credit', window: 10, delayMs: 50 },
    },
  ),
  preset(
    'drop-oldest',
    'strategy',
    'Drop the oldest',
    'When the queue is full the message that has waited longest is thrown away to make room, so what gets processed is fresh and latency stays short; the cost is a steady loss of old messages that had already used memory and time.',
    { workload: steady(70), queue: { capacity: 20, whenFull: 'drop-oldest' } },
  ),
  preset(
    'drop-youngest',
    'strategy',
    'Drop the youngest (tail)',
    'When the queue is full the most recently queued message is evicted and the newcomer takes its place, as Akka’s dropTail does. The front of the line keeps its place, so the queue stays full and every message waits as long as the capacity allows, while the back keeps being replaced.',
    { workload: steady(70), queue: { capacity: 20, whenFull: 'drop-youngest' } },
  ),
  preset(
    'drop-all',
    'strategy',
    'Drop the whole buffer',
    'Each time the queue fills, everything waiting is flushed at once and it starts again from empty: the depth draws a sawtooth. Simple and cheap, but losses come in large bursts.',
    { workload: steady(70), queue: { capacity: 20, whenFull: 'drop-all' } },
  ),
  preset(
    'drop-lowest-priority',
    'strategy',
    'Drop the lowest priority',
    'Messages come in three priorities, mostly low; a full queue evicts the lowest-priority one waiting. High-priority messages almost always get through while the low ones absorb nearly all of the loss.',
    {
      workload: { ...steady(70), priorityWeights: [6, 3, 1] },
      queue: { capacity: 20, whenFull: 'drop-lowest-priority' },
    },
  ),
  preset(
    'latest-per-key',
    'strategy',
    'Keep the latest per key (conflation)',
    'A leaderboard of 20 players: a new score replaces the one still waiting for the same player, so at most 20 messages ever wait and each delivered score is recent. Superseded scores are dropped on purpose, which is only right when old values are worthless.',
    {
      workload: { ...steady(70), keyCount: 20 },
      queue: { capacity: 50, conflateByKey: true },
    },
  ),
  preset(
    'reject-with-retries',
    'strategy',
    'Reject, retry with backoff',
    'A full queue rejects the newcomer and the producer retries with exponential backoff and full jitter, up to 4 attempts. Retries add to a load that was already too high, so offers exceed production and some messages give up anyway, late.',
    {
      workload: steady(70),
      queue: { capacity: 20, whenFull: 'reject' },
      retry: {
        kind: 'exponential',
        baseDelayMs: 100,
        multiplier: 2,
        maxDelayMs: 2000,
        jitter: true,
        maxAttempts: 4,
      },
    },
  ),
  preset(
    'add-consumers',
    'strategy',
    'Add consumers (autoscale)',
    'One worker faces 130 messages/s; whenever 20 or more wait, the autoscaler adds a worker, at most one every 2 s and each taking 1 s to warm up. Catching up takes several seconds, during which messages pile up or are rejected, and the extra workers are the bill.',
    {
      workload: steady(130),
      queue: { capacity: 100, whenFull: 'reject' },
      consumers: {
        count: 1,
        autoscale: {
          min: 1,
          max: 6,
          scaleUpDepth: 20,
          scaleDownDepth: 2,
          intervalMs: 500,
          cooldownMs: 2000,
          coldStartMs: 1000,
        },
      },
    },
  ),
];

const SYSTEMS: Preset[] = [
  preset(
    'go-channel',
    'system',
    'Go buffered channel',
    'A goroutine sends 120 values/s into a channel of 100 read by one goroutine that needs about 10 ms each. The send blocks whenever the channel is full, so nothing is lost, but values sit about a second in the buffer and the sender is idle about a sixth of the time.',
    {
      workload: { pattern: { kind: 'steady', ratePerSec: 120 }, spacing: 'even' },
      queue: { capacity: 100, whenFull: 'block' },
      consumers: { count: 1, service: { kind: 'uniform', minMs: 8, maxMs: 12 } },
    },
  ),
  preset(
    'tcp-window',
    'system',
    'TCP window',
    'The sender may have 16 segments unacknowledged and each acknowledgement takes 80 ms to come back, so throughput stops near 16 ÷ round trip (about 180/s) although the receiver could take 250/s; a larger window or a shorter round trip would raise it.',
    {
      workload: steady(300),
      queue: { capacity: 16 },
      feedback: { kind: 'credit', window: 16, delayMs: 80 },
      consumers: { count: 1, service: { kind: 'constant', meanMs: 4 } },
    },
  ),
  preset(
    'grpc-stream',
    'system',
    'gRPC stream (HTTP/2 flow control)',
    'The client may have 64 messages unprocessed on the stream; the server handles 100/s and the client wants 130/s. The server’s memory is safe and nothing is lost, but the client is held back about a fifth of the time and each message waits behind a full window, over half a second.',
    {
      workload: steady(130),
      queue: { capacity: 64 },
      feedback: { kind: 'credit', window: 64, delayMs: 20 },
      consumers: { count: 1, service: { kind: 'exponential', meanMs: 10 } },
    },
  ),
  preset(
    'kafka',
    'system',
    'Kafka topic (pull consumers, retention)',
    'The log accepts everything and three consumers pull at their own pace, each key staying with one consumer; they fall behind, and once the oldest unread records are 5 s old retention deletes them unread. Producers never notice; the lag and the lost records are the price.',
    {
      workload: { ...steady(160), keyCount: 12 },
      queue: { capacity: null, memoryBudgetBytes: null, maxAgeMs: 5000 },
      consumers: { count: 3, ordering: 'per-key', service: { kind: 'exponential', meanMs: 25 } },
    },
  ),
  preset(
    'actor-mailbox-block',
    'system',
    'Actor mailbox, bounded, blocking',
    'An actor works through its mailbox of 32 one message at a time; when it is full the sender is blocked until there is room. Nothing is lost, but the slowness of one actor spreads to whoever sends to it.',
    {
      workload: steady(130),
      queue: { capacity: 32, whenFull: 'block' },
      consumers: { count: 1, service: { kind: 'exponential', meanMs: 10 } },
    },
  ),
  preset(
    'actor-mailbox-dead-letters',
    'system',
    'Actor mailbox, bounded, dead letters',
    'The same actor and mailbox, but a message sent to a full mailbox goes to dead letters and is never retried. The sender never waits; about one message in five is silently lost.',
    {
      workload: steady(130),
      queue: { capacity: 32, whenFull: 'reject' },
      retry: { kind: 'none' },
      consumers: { count: 1, service: { kind: 'exponential', meanMs: 10 } },
    },
  ),
  preset(
    'nginx-limit-req',
    'system',
    'Nginx limit_req',
    'Clients arrive in bursts of 200 requests/s; the limiter lets 20 through at once and then 50/s, and turns the rest away before they reach the upstream. The two upstream workers stay comfortable, while about two thirds of each burst gets an error.',
    {
      workload: {
        pattern: { kind: 'bursty', onRatePerSec: 200, offRatePerSec: 10, onMs: 1000, offMs: 3000 },
      },
      rateLimit: { ratePerSec: 50, burst: 20 },
      queue: { capacity: 50, whenFull: 'reject' },
      consumers: { count: 2, service: { kind: 'exponential', meanMs: 20 } },
    },
  ),
];

export const PRESETS: readonly Preset[] = [...STRATEGIES, ...SYSTEMS];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The complete scenario of a preset, defaults filled in; throws if there is no such preset. */
export function presetScenario(id: string): Scenario {
  const found = findPreset(id);
  if (!found) {
    const known = PRESETS.map((p) => p.id).join(', ');
    throw new Error(`There is no preset called "${id}". Known presets: ${known}.`);
  }
  const result = parseScenario(found.scenario);
  // Presets are tested to parse, so this only fires if someone breaks one.
  if (!result.ok)
    throw new Error(`Preset "${id}" is not a valid scenario:\n${formatProblems(result.problems)}`);
  return result.value;
}
