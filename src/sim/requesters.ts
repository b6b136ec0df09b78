/**
 * What the requesters behind the producer do besides sending: how long they wait before a retry, and
 * the two remedies that limit retries when the system is in trouble (a retry budget and a circuit
 * breaker). Pure state machines over simulated time, so the engine stays a list of hooks.
 */
import { powInt } from './portableMath/index.ts';
import type { Random } from './random.ts';
import type { RetryPolicy, Scenario } from './scenario.ts';

type Budget = NonNullable<Scenario['requester']['retryBudget']>;
type Breaker = NonNullable<Scenario['requester']['circuitBreaker']>;

/**
 * The wait before attempt `attempts + 1`, per the retry policy (never 'none'). Full jitter draws the
 * wait uniformly between 0 and the computed backoff, so a crowd that failed together spreads out.
 */
export function retryDelay(
  retry: Exclude<RetryPolicy, { kind: 'none' }>,
  attempts: number,
  rng: Random,
): number {
  if (retry.kind === 'fixed') return retry.delayMs;
  let delay = Math.min(
    retry.maxDelayMs,
    retry.baseDelayMs * powInt(retry.multiplier, attempts - 1),
  );
  if (retry.jitter) delay *= rng.uniform();
  return delay;
}

/**
 * A token bucket of retries (gRPC retry throttling, Finagle's RetryBudget): every new request adds a
 * share of a token, every retry spends a whole one, so retries stay a bounded share of the requests
 * however hard the system fails.
 */
export class RetryBudget {
  tokens: number;

  constructor(private readonly policy: Budget) {
    this.tokens = policy.maxTokens;
  }

  /** A new request was made. */
  deposit(): void {
    this.tokens = Math.min(this.policy.maxTokens, this.tokens + this.policy.tokensPerRequest);
  }

  /** Spends a token for one retry if there is one; false means "fail instead of retrying". */
  trySpend(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export const BreakerState = { closed: 0, open: 1, halfOpen: 2 } as const;
export type BreakerState = (typeof BreakerState)[keyof typeof BreakerState];

/** What the breaker says to one request: stay home, go, or go as one of the half-open probes. */
export const Admit = { no: 0, yes: 1, probe: 2 } as const;
export type Admit = (typeof Admit)[keyof typeof Admit];

/**
 * A circuit breaker: closed, it counts failures; `failures` of them within `windowMs` open it, and
 * while open every request fails at once without being sent. After `openMs` it is half-open: it lets
 * `probes` requests through; if they all succeed it closes, if one fails it opens again.
 */
export class CircuitBreaker {
  state: BreakerState = BreakerState.closed;
  /** How many times it has opened. */
  opened = 0;
  private readonly recent: Float64Array;
  private head = 0;
  private count = 0;
  private openUntil = 0;
  private probesLeft = 0;
  private probesOk = 0;

  constructor(private readonly policy: Breaker) {
    this.recent = new Float64Array(policy.failures);
  }

  admit(now: number): Admit {
    if (this.state === BreakerState.open) {
      if (now < this.openUntil) return Admit.no;
      this.state = BreakerState.halfOpen;
      this.probesLeft = this.policy.probes;
      this.probesOk = 0;
    }
    if (this.state === BreakerState.halfOpen) {
      if (this.probesLeft === 0) return Admit.no;
      this.probesLeft--;
      return Admit.probe;
    }
    return Admit.yes;
  }

  /** A request failed (timed out, was refused or lost); `probe` if it was a half-open probe. */
  failure(now: number, probe: boolean): void {
    if (this.state === BreakerState.halfOpen) {
      if (probe) this.open(now);
      return;
    }
    if (this.state === BreakerState.open) return;
    const n = this.recent.length;
    this.recent[this.head] = now;
    this.head = (this.head + 1) % n;
    if (this.count < n) this.count++;
    // The oldest of the last `failures` failures is where the head now points.
    if (this.count === n && now - (this.recent[this.head] as number) <= this.policy.windowMs)
      this.open(now);
  }

  /** A request succeeded; `probe` if it was a half-open probe. */
  success(probe: boolean): void {
    if (this.state !== BreakerState.halfOpen || !probe) return;
    this.probesOk++;
    if (this.probesOk >= this.policy.probes) {
      this.state = BreakerState.closed;
      this.count = 0;
    }
  }

  private open(now: number): void {
    this.state = BreakerState.open;
    this.opened++;
    this.openUntil = now + this.policy.openMs;
    this.count = 0;
  }
}
