/**
 * A failure that does not heal, and its remedies. Four workers handle about 200 requests/s; the
 * requesters send 140/s, evenly spaced (70% of capacity), wait 300 ms for each attempt and retry at
 * once, up to 5 attempts. At 5 s the consumers stall for one second. Without a remedy the backlog
 * makes every request time out, the retries and the abandoned originals are more work than the
 * workers can do, and goodput stays near zero to the end. Each `metastable-with-*` preset adds one
 * remedy to the same scenario and comes back within seconds.
 *
 * Capped exponential backoff with full jitter is the odd one among them: it does not change the bad
 * state (each request still makes its attempts, and every abandoned attempt is still processed, so
 * once all time out the work is still several times the load), it only delays the retries. It comes
 * back when the delay wins the race: the few hundred attempts that time out while the backlog
 * drains must return more slowly than the 60/s the workers have to spare, so the first retry is
 * spread over 15 s (about 30/s). With a 1 s base, or a two-second outage, or the same backoff
 * without jitter (the retries come back 15 s later as one wave, and the storm starts again), it
 * stays down or falls again. metastable.test.ts pins each of these.
 */
import type { ScenarioInput } from './scenario.ts';

export interface FailurePreset {
  id: string;
  title: string;
  scenario: ScenarioInput;
}

/** The shared trouble: steady load at 70% of capacity, impatient requesters, one outage. */
export const METASTABLE_BASE = {
  workload: { pattern: { kind: 'steady', ratePerSec: 140 }, spacing: 'even' },
  queue: { capacity: 2000, whenFull: 'reject' },
  consumers: { count: 4, service: { kind: 'exponential', meanMs: 20 } },
  requester: { timeoutMs: 300 },
  retry: { kind: 'fixed', delayMs: 0, maxAttempts: 5 },
  triggers: [{ kind: 'outage', atMs: 5000, durationMs: 1000 }],
} as const satisfies ScenarioInput;

const base = METASTABLE_BASE;

/**
 * Capped exponential backoff with full jitter that brings the storm back: the first retry waits
 * anywhere up to 15 s, the second up to 30 s, at most 3 attempts. Long, because it only works by
 * keeping the returning retries under the workers' spare capacity (see the comment at the top).
 */
export const SLOW_BACKOFF = {
  kind: 'exponential',
  baseDelayMs: 15_000,
  multiplier: 2,
  maxDelayMs: 60_000,
  jitter: true,
  maxAttempts: 3,
} as const;

export const FAILURE_PRESETS: readonly FailurePreset[] = [
  {
    id: 'metastable-retry-storm',
    title: 'Retry storm that does not heal',
    scenario: base,
  },
  {
    id: 'metastable-with-retry-budget',
    title: 'Storm, with a retry budget',
    scenario: {
      ...base,
      requester: { ...base.requester, retryBudget: { tokensPerRequest: 0.1, maxTokens: 10 } },
    },
  },
  {
    id: 'metastable-with-circuit-breaker',
    title: 'Storm, with a circuit breaker',
    scenario: {
      ...base,
      requester: {
        ...base.requester,
        circuitBreaker: { failures: 20, windowMs: 1000, openMs: 2000, probes: 3 },
      },
    },
  },
  {
    id: 'metastable-with-adaptive-lifo',
    title: 'Storm, with adaptive LIFO',
    scenario: {
      ...base,
      queue: { ...base.queue, discipline: { kind: 'adaptive-lifo', lifoAboveDepth: 20 } },
    },
  },
  {
    id: 'metastable-with-codel',
    title: 'Storm, with CoDel shedding',
    scenario: {
      ...base,
      queue: { ...base.queue, discipline: { kind: 'codel', targetMs: 50, intervalMs: 500 } },
    },
  },
  {
    id: 'metastable-with-deadline-propagation',
    title: 'Storm, with deadline propagation',
    scenario: { ...base, requester: { ...base.requester, propagateDeadline: true } },
  },
  {
    id: 'metastable-with-backoff-jitter',
    title: 'Storm, with long backoff and jitter',
    scenario: { ...base, retry: SLOW_BACKOFF },
  },
];
