import type { Engine } from '../engine.ts';
import type { SimEvent } from '../eventLog.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import { DROP_REASONS } from '../types.ts';

const GAVE_UP = DROP_REASONS.indexOf('gave-up');

/**
 * Follows every message's attempts through the event log, on its own, and checks each step against
 * the retry policy in force: attempts count up one by one, no message is offered more often than
 * `maxAttempts` allows, and a message gives up only when it has used its last attempt (or the
 * producer has no room left to keep it for later). At the end its totals must match the summary's.
 *
 * Read it after every step of a run (`read`), with an event log large enough that no event is lost
 * between two reads; `problems` lists what went wrong.
 */
export class AttemptLedger {
  /** Attempts made so far, for messages that were refused at least once and are still around. */
  private readonly attempts = new Map<number, number>();
  private cursor = 0;
  retries = 0;
  retryWaits = 0;
  readonly problems: string[] = [];
  private readonly retryLimit: number;

  /** @param retryLimit the engine's limit on messages waiting to retry, if a test set one. */
  constructor(retryLimit: number = DEFAULT_LIMITS.retryWaiting) {
    this.retryLimit = retryLimit;
  }

  read(sim: Engine): void {
    const log = sim.events;
    if (log === null) throw new Error('the ledger needs the event log');
    const retry = sim.scenario.retry;
    const maxAttempts = retry.kind === 'none' ? 1 : retry.maxAttempts;
    const { cursor, missed } = log.readSince(this.cursor, (e) => this.see(e, maxAttempts));
    if (missed > 0)
      this.problems.push(`${missed} events were overwritten before the ledger read them`);
    this.cursor = cursor;
  }

  private see(e: SimEvent, maxAttempts: number): void {
    if (this.problems.length > 0) return;
    const made = this.attempts.get(e.id) ?? 1;
    const at = `at ${e.time} ms, message ${e.id}`;
    switch (e.kind) {
      case 'refuse':
        if (e.b !== made) this.problems.push(`${at}: refused on attempt ${e.b}, but made ${made}`);
        this.attempts.set(e.id, made);
        break;
      case 'retry-wait':
        if (e.b !== made + 1)
          this.problems.push(`${at}: waits for attempt ${e.b} after ${made} attempts`);
        if (e.b > maxAttempts)
          this.problems.push(`${at}: waits for attempt ${e.b}, but maxAttempts is ${maxAttempts}`);
        this.retryWaits++;
        break;
      case 'retry':
        if (e.b !== made + 1) this.problems.push(`${at}: attempt ${e.b} follows attempt ${made}`);
        this.attempts.set(e.id, e.b);
        this.retries++;
        break;
      case 'drop':
        if (e.a === GAVE_UP) {
          const waiting = this.retryWaits - this.retries;
          if (made < maxAttempts && waiting < this.retryLimit)
            this.problems.push(
              `${at}: gave up after ${made} of ${maxAttempts} attempts, with room to retry`,
            );
        }
        this.attempts.delete(e.id);
        break;
      case 'finish':
        this.attempts.delete(e.id);
        break;
      case 'timeout':
        // The abandoned copy makes no more attempts; its retry copy goes on from its count.
        this.attempts.delete(e.id);
        if (e.a >= 0) {
          if (e.b >= maxAttempts)
            this.problems.push(`${at}: timed out on attempt ${e.b} of ${maxAttempts}, yet retried`);
          this.attempts.set(e.a, e.b);
        }
        break;
    }
  }

  /** Checks the engine's totals against what the ledger counted (only if it read every event). */
  checkTotals(sim: Engine): void {
    const s = sim.summary();
    if (s.retries !== this.retries)
      this.problems.push(`summary says ${s.retries} retries, the log shows ${this.retries}`);
    if (s.retryWaiting !== this.retryWaits - this.retries)
      this.problems.push(
        `summary says ${s.retryWaiting} waiting to retry, the log shows ${this.retryWaits - this.retries}`,
      );
  }
}

/**
 * Every offer is a message's first (made by the producer) or a retry, and every message made has
 * been offered once, except one the producer holds for want of a credit (it has not been offered
 * yet) and attempts, first or retried, an open circuit breaker failed before they were sent.
 */
export function offerGap(sim: Engine): number {
  const m = sim.meter;
  const unoffered = sim.held !== null && sim.held.attempts === 0 ? 1 : 0;
  return m.offered - (m.produced - unoffered - m.neverSent + m.retries);
}
