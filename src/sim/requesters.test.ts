import { describe, expect, it } from 'vitest';
import { Random } from './random.ts';
import { Admit, BreakerState, CircuitBreaker, retryDelay, RetryBudget } from './requesters.ts';

describe('retryDelay', () => {
  it('waits the fixed delay, or base × multiplier^(attempt − 1) up to the cap', () => {
    const rng = new Random(1, 0);
    expect(retryDelay({ kind: 'fixed', delayMs: 70, maxAttempts: 3 }, 2, rng)).toBe(70);
    const exp = {
      kind: 'exponential',
      baseDelayMs: 100,
      multiplier: 2,
      maxDelayMs: 1000,
      jitter: false,
      maxAttempts: 9,
    } as const;
    expect([1, 2, 3, 4, 5, 6].map((a) => retryDelay(exp, a, rng))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('with full jitter, draws uniformly between 0 and the backoff', () => {
    const rng = new Random(7, 0);
    const exp = {
      kind: 'exponential',
      baseDelayMs: 100,
      multiplier: 2,
      maxDelayMs: 1000,
      jitter: true,
      maxAttempts: 9,
    } as const;
    const draws = Array.from({ length: 2000 }, () => retryDelay(exp, 4, rng));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(800);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(370);
    expect(mean).toBeLessThan(430);
  });
});

describe('RetryBudget', () => {
  it('starts full, spends a token per retry, and refills a share per request up to the top', () => {
    const budget = new RetryBudget({ tokensPerRequest: 0.25, maxTokens: 2 });
    expect(budget.trySpend()).toBe(true);
    expect(budget.trySpend()).toBe(true);
    expect(budget.trySpend()).toBe(false);
    for (let i = 0; i < 3; i++) budget.deposit();
    expect(budget.trySpend()).toBe(false); // 0.75 tokens
    budget.deposit();
    expect(budget.trySpend()).toBe(true);
    for (let i = 0; i < 100; i++) budget.deposit();
    expect(budget.tokens).toBe(2);
  });
});

describe('CircuitBreaker', () => {
  const policy = { failures: 3, windowMs: 1000, openMs: 500, probes: 2 };

  it('opens after N failures within the window, not when they are spread out', () => {
    const spread = new CircuitBreaker(policy);
    for (const t of [0, 600, 1200, 1800]) spread.failure(t, false);
    expect(spread.state).toBe(BreakerState.closed);
    const close = new CircuitBreaker(policy);
    for (const t of [0, 600, 900]) close.failure(t, false);
    expect(close.state).toBe(BreakerState.open);
    expect(close.opened).toBe(1);
    expect(close.admit(1399)).toBe(Admit.no);
  });

  it('lets probes through once half-open, closes when they all succeed', () => {
    const b = new CircuitBreaker(policy);
    for (const t of [0, 1, 2]) b.failure(t, false);
    expect(b.admit(502)).toBe(Admit.probe);
    expect(b.admit(503)).toBe(Admit.probe);
    expect(b.admit(504)).toBe(Admit.no);
    b.success(true);
    expect(b.state).toBe(BreakerState.halfOpen);
    b.success(false); // an old request's success does not count as a probe's
    expect(b.state).toBe(BreakerState.halfOpen);
    b.success(true);
    expect(b.state).toBe(BreakerState.closed);
    expect(b.admit(600)).toBe(Admit.yes);
    // It starts counting afresh: two failures are not enough.
    b.failure(601, false);
    b.failure(602, false);
    expect(b.state).toBe(BreakerState.closed);
  });

  it('opens again when a probe fails, and ignores other failures while half-open', () => {
    const b = new CircuitBreaker(policy);
    for (const t of [0, 1, 2]) b.failure(t, false);
    expect(b.admit(600)).toBe(Admit.probe);
    b.failure(601, false);
    expect(b.state).toBe(BreakerState.halfOpen);
    b.failure(602, true);
    expect(b.state).toBe(BreakerState.open);
    expect(b.opened).toBe(2);
    expect(b.admit(1101)).toBe(Admit.no);
    expect(b.admit(1102)).toBe(Admit.probe);
  });
});
