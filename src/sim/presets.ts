/**
 * Named starting points: one scenario per backpressure strategy, and a few real systems.
 *
 * Each preset is a scenario *input*, so it names only what makes it what it is and the schema's
 * defaults fill in the rest. Numbers are chosen so that each preset shows its signature within
 * 30 simulated seconds. Unless a preset says otherwise, one consumer with a mean service time of
 * 20 ms can process about 50 messages/s, and the strategy presets offer 120–150% of that.
 * What each preset shows, in words, is in presetSummaries.ts, which the page loads only when needed.
 */
import { formatProblems, parseScenario } from './parseScenario.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { FAILURE_PRESETS } from './metastablePresets.ts';
import { RETRY_WAVE_PRESETS } from './retryWavePresets.ts';

export interface Preset {
  /** Stable kebab-case name, used in links and by `npm run sim -- --preset`. */
  id: string;
  title: string;
  category: 'strategy' | 'system' | 'failure' | 'pipeline';
  /** What the system is, in a sentence, for presets that carry their own (the pipelines'). */
  description?: string;
  /** What it shows, for presets that carry their own (see presetSummaries.ts for the others'). */
  summary?: string;
  /** What to watch on the page, for presets that say (the pipelines'). */
  watch?: string;
  scenario: ScenarioInput;
}

const DURATION_SEC = 30;

/** Builds a preset whose scenario carries the title as its name and a 30 s run. */
function preset(
  id: string,
  category: Preset['category'],
  title: string,
  scenario: ScenarioInput,
): Preset {
  return {
    id,
    title,
    category,
    scenario: { name: title, durationSec: DURATION_SEC, ...scenario },
  };
}

/** Shorthand for the usual overload: a steady producer at `ratePerSec`. */
const steady = (ratePerSec: number) => ({ pattern: { kind: 'steady' as const, ratePerSec } });

const STRATEGIES: Preset[] = [
  preset('no-backpressure', 'strategy', 'No backpressure', {
    workload: { ...steady(70), sizeBytes: { min: 2048, max: 8192 } },
    queue: { capacity: null, memoryBudgetBytes: 1_000_000, restartDelayMs: 3000 },
  }),
  preset('block', 'strategy', 'Block the producer', {
    workload: steady(65),
    queue: { capacity: 20, whenFull: 'block' },
  }),
  preset('slow-down-signal', 'strategy', 'Slow-down signal', {
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
  }),
  preset('credit-window', 'strategy', 'Credit window', {
    workload: steady(75),
    queue: { capacity: 50 },
    feedback: { kind: 'credit', window: 10, delayMs: 50 },
  }),
  preset('drop-oldest', 'strategy', 'Drop the oldest', {
    workload: steady(70),
    queue: { capacity: 20, whenFull: 'drop-oldest' },
  }),
  preset('drop-youngest', 'strategy', 'Drop the newest waiting', {
    workload: steady(70),
    queue: { capacity: 20, whenFull: 'drop-youngest' },
  }),
  preset('drop-all', 'strategy', 'Drop everything waiting', {
    workload: steady(70),
    queue: { capacity: 20, whenFull: 'drop-all' },
  }),
  preset('drop-lowest-priority', 'strategy', 'Drop the lowest priority', {
    workload: { ...steady(70), priorityWeights: [6, 3, 1] },
    queue: { capacity: 20, whenFull: 'drop-lowest-priority' },
  }),
  preset('latest-per-key', 'strategy', 'Keep the latest per key', {
    workload: { ...steady(70), keyCount: 20 },
    queue: { capacity: 50, conflateByKey: true },
  }),
  preset('reject-with-retries', 'strategy', 'Reject with retries', {
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
  }),
  preset('add-consumers', 'strategy', 'Add consumers', {
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
  }),
];

const SYSTEMS: Preset[] = [
  preset('go-channel', 'system', 'Go buffered channel', {
    workload: { pattern: { kind: 'steady', ratePerSec: 120 }, spacing: 'even' },
    queue: { capacity: 100, whenFull: 'block' },
    consumers: { count: 1, service: { kind: 'uniform', minMs: 8, maxMs: 12 } },
  }),
  preset('go-unbuffered-channel', 'system', 'Go unbuffered channel', {
    workload: { pattern: { kind: 'steady', ratePerSec: 120 }, spacing: 'even' },
    queue: { capacity: 0, whenFull: 'block' },
    consumers: { count: 1, service: { kind: 'uniform', minMs: 8, maxMs: 12 } },
  }),
  preset('tcp-window', 'system', 'TCP window', {
    workload: steady(300),
    queue: { capacity: 16 },
    feedback: { kind: 'credit', window: 16, delayMs: 80 },
    consumers: { count: 1, service: { kind: 'constant', meanMs: 4 } },
  }),
  preset('grpc-stream', 'system', 'gRPC stream', {
    workload: steady(130),
    queue: { capacity: 64 },
    feedback: { kind: 'credit', window: 64, delayMs: 20 },
    consumers: { count: 1, service: { kind: 'exponential', meanMs: 10 } },
  }),
  preset('kafka', 'system', 'Kafka topic', {
    workload: { ...steady(160), keyCount: 12 },
    queue: { capacity: null, memoryBudgetBytes: null, maxAgeMs: 5000 },
    consumers: { count: 3, ordering: 'per-key', service: { kind: 'exponential', meanMs: 25 } },
  }),
  preset('actor-mailbox-block', 'system', 'Actor mailbox, blocking', {
    workload: steady(130),
    queue: { capacity: 32, whenFull: 'block' },
    consumers: { count: 1, service: { kind: 'exponential', meanMs: 10 } },
  }),
  preset('actor-mailbox-dead-letters', 'system', 'Actor mailbox, dead letters', {
    workload: steady(130),
    queue: { capacity: 32, whenFull: 'reject' },
    retry: { kind: 'none' },
    consumers: { count: 1, service: { kind: 'exponential', meanMs: 10 } },
  }),
  preset('nginx-limit-req', 'system', 'Nginx limit_req', {
    workload: {
      pattern: { kind: 'bursty', onRatePerSec: 200, offRatePerSec: 10, onMs: 1000, offMs: 3000 },
    },
    rateLimit: { ratePerSec: 50, burst: 20 },
    queue: { capacity: 50, whenFull: 'reject' },
    consumers: { count: 2, service: { kind: 'exponential', meanMs: 20 } },
  }),
  preset('nginx-limit-req-nodelay', 'system', 'Nginx limit_req, nodelay', {
    workload: {
      pattern: { kind: 'bursty', onRatePerSec: 200, offRatePerSec: 10, onMs: 1000, offMs: 3000 },
    },
    rateLimit: { ratePerSec: 50, burst: 20, nodelay: true },
    queue: { capacity: 50, whenFull: 'reject' },
    consumers: { count: 2, service: { kind: 'exponential', meanMs: 20 } },
  }),
  preset('node-stream', 'system', 'Node.js stream', {
    workload: steady(150),
    queue: { capacity: null, memoryBudgetBytes: null },
    feedback: {
      kind: 'watermark',
      mode: 'pause',
      highWatermark: 16,
      lowWatermark: 0,
      delayMs: 0,
    },
    consumers: { count: 1, service: { kind: 'exponential', meanMs: 8 } },
  }),
];

/**
 * Failures that do not heal, and their remedies (metastablePresets.ts); retries that come back in
 * waves after a crash, and the same with jitter (retryWavePresets.ts).
 */
const FAILURES: Preset[] = [...FAILURE_PRESETS, ...RETRY_WAVE_PRESETS].map((p) =>
  preset(p.id, 'failure', p.title, p.scenario),
);

export const PRESETS: readonly Preset[] = [...STRATEGIES, ...SYSTEMS, ...FAILURES];

/**
 * Presets that load after the page's first download (the pipelines, see joinPipelinePresets): once
 * added, lookups by id find them too, while PRESETS stays the same list everywhere.
 */
export const LATER_PRESETS: Preset[] = [];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id) ?? LATER_PRESETS.find((p) => p.id === id);
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
