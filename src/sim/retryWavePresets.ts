/**
 * Correlated retries: a crash fails every request in flight at the same instant (an outage that
 * resets, resetOutage.ts), so their requesters all retry at the same instants too. A hundred workers
 * each take about a second per request and the clients send 70/s, so about 70 are in flight when the
 * server goes down at 5 s for 5 s. The clients back off exponentially (1 s, then 2 s, then 4 s at
 * most, up to 8 attempts). Without jitter the crowd comes back together at 6, 8 and 12 s: three
 * spikes on the retry-rate chart, several times its level around them. With full jitter each wait is
 * drawn between 0 and its backoff, and the spikes melt into one low hump. retryWaves.test.ts holds
 * both over several seeds.
 */
import type { FailurePreset } from './metastablePresets.ts';
import type { ScenarioInput } from './scenario.ts';

export const RETRY_WAVE_BASE = {
  workload: { pattern: { kind: 'steady', ratePerSec: 70 }, spacing: 'even' },
  queue: { capacity: 200, whenFull: 'reject' },
  consumers: { count: 100, service: { kind: 'exponential', meanMs: 1000 } },
  retry: {
    kind: 'exponential',
    baseDelayMs: 1000,
    multiplier: 2,
    maxDelayMs: 4000,
    jitter: false,
    maxAttempts: 8,
  },
  triggers: [{ kind: 'outage', atMs: 5000, durationMs: 5000, mode: 'reset' }],
} as const satisfies ScenarioInput;

const base = RETRY_WAVE_BASE;

export const RETRY_WAVE_PRESETS: readonly FailurePreset[] = [
  {
    id: 'retry-waves-no-jitter',
    title: 'Crash, retries in waves',
    scenario: base,
  },
  {
    id: 'retry-waves-full-jitter',
    title: 'Crash, retries with full jitter',
    scenario: { ...base, retry: { ...base.retry, jitter: true } },
  },
];
